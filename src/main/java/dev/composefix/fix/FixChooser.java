package dev.composefix.fix;

import dev.composefix.lint.Finding;
import dev.composefix.lint.Fix;
import dev.composefix.text.TextEdit;
import dev.composefix.yaml.Intent;
import dev.composefix.yaml.YNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses the fixes of one pass: in file order, each fix whose edits touch none of the edits
 * already chosen. A fix that would is left for the next pass, when it is computed afresh. Identical
 * fixes (one anchor reached from several places) are made once.
 */
final class FixChooser {

  /** The fixes chosen for a pass, with every finding each one resolves. */
  record Pass(List<Fix> fixes, List<Finding> resolved) {

    List<TextEdit> edits() {
      List<TextEdit> all = new ArrayList<>();
      for (Fix fix : fixes) {
        all.addAll(fix.change().edits());
      }
      return all;
    }
  }

  private FixChooser() {}

  static Pass choose(List<Finding> fixable) {
    Map<String, List<Finding>> byEdits = new LinkedHashMap<>();
    for (Finding finding : fixable) {
      String edits = key(finding.fix().orElseThrow().change().edits());
      List<Finding> group = byEdits.get(edits);
      if (group == null) {
        group = new ArrayList<>();
        byEdits.put(edits, group);
      }
      group.add(finding);
    }
    List<List<Finding>> groups = new ArrayList<>(byEdits.values());
    groups.sort(BY_FIRST_START);
    TreeSet<TextEdit> taken = new TreeSet<>();
    Set<YNode> replaced = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Fix> fixes = new ArrayList<>();
    List<Finding> resolved = new ArrayList<>();
    for (List<Finding> group : groups) {
      Fix fix = group.get(0).fix().orElseThrow();
      List<YNode> nodes = replacedNodes(fix);
      if (fitsWith(fix.change().edits(), taken) && replacesNoneOf(nodes, replaced)) {
        taken.addAll(fix.change().edits());
        replaced.addAll(nodes);
        fixes.add(fix);
        resolved.addAll(group);
      }
    }
    return new Pass(fixes, resolved);
  }

  /**
   * The edits packed into one string, equal exactly when the edits are: hashing the list would
   * bootstrap the records' generated {@code hashCode}, which spins classes on every cold run.
   */
  private static String key(List<TextEdit> edits) {
    StringBuilder key = new StringBuilder();
    for (TextEdit edit : edits) {
      key.append(edit.start())
          .append(',')
          .append(edit.end())
          .append(',')
          .append(edit.replacement().length())
          .append(':')
          .append(edit.replacement());
    }
    return key.toString();
  }

  /**
   * Two fixes that each rewrite a different part of one scalar do not overlap in the text, but each
   * states the whole new value of that node; only one may go per pass.
   */
  private static boolean replacesNoneOf(List<YNode> nodes, Set<YNode> replaced) {
    for (YNode node : nodes) {
      if (replaced.contains(node)) {
        return false;
      }
    }
    return true;
  }

  private static List<YNode> replacedNodes(Fix fix) {
    List<YNode> nodes = new ArrayList<>();
    for (Intent intent : fix.change().intents()) {
      if (intent instanceof Intent.NodeReplaced replacement) {
        nodes.add(replacement.target());
      }
    }
    return nodes;
  }

  private static boolean fitsWith(List<TextEdit> edits, TreeSet<TextEdit> taken) {
    for (int i = 0; i < edits.size(); i++) {
      TextEdit edit = edits.get(i);
      for (int j = i + 1; j < edits.size(); j++) {
        if (edit.conflictsWith(edits.get(j))) {
          throw new IllegalStateException(
              "a fix holds edits that conflict with each other: " + edits);
        }
      }
      TextEdit before = taken.floor(edit);
      TextEdit after = taken.ceiling(edit);
      if (before != null && before.conflictsWith(edit)
          || after != null && after.conflictsWith(edit)) {
        return false;
      }
    }
    return true;
  }

  private static int firstStart(Fix fix) {
    List<TextEdit> edits = fix.change().edits();
    if (edits.isEmpty()) {
      return 0;
    }
    int first = Integer.MAX_VALUE;
    for (TextEdit edit : edits) {
      first = Math.min(first, edit.start());
    }
    return first;
  }

  /** Groups of one fix's findings, in the order of the fix's first edit. */
  private static final Comparator<List<Finding>> BY_FIRST_START =
      new Comparator<>() {
        @Override
        public int compare(List<Finding> a, List<Finding> b) {
          return Integer.compare(
              firstStart(a.get(0).fix().orElseThrow()), firstStart(b.get(0).fix().orElseThrow()));
        }
      };
}
