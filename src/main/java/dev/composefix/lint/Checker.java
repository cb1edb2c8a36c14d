package dev.composefix.lint;

import dev.composefix.compose.ComposeFile;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Runs rules over one Compose file and returns their findings in file order. */
public final class Checker {

  // A class rather than Comparator.comparingInt(...): the JDK's comparator lambdas are spun at run
  // time, outside any class-data archive.
  private static final Comparator<Finding> FILE_ORDER =
      new Comparator<>() {
        @Override
        public int compare(Finding a, Finding b) {
          int order = Integer.compare(a.range().start(), b.range().start());
          return order != 0
              ? order
              : a.rule().metadata().name().compareTo(b.rule().metadata().name());
        }
      };

  private Checker() {}

  /**
   * Runs the document rules, drops the findings that suppression comments silence, and then runs
   * the rules that judge the suppressions themselves.
   *
   * @param known every rule a suppression comment may name
   */
  public static List<Finding> check(
      List<Rule> rules, ComposeFile compose, Surroundings surroundings, RuleSet known)
      throws RuleFailedException {
    RuleContext context = new RuleContext(compose, surroundings);
    Set<String> ran = new HashSet<>();
    for (Rule rule : rules) {
      if (rule.metadata().phase() == RuleMetadata.Phase.DOCUMENT) {
        ran.add(rule.metadata().name());
        run(rule, context);
      }
    }
    Suppressions suppressions = Suppressions.of(compose.document(), known);
    Iterator<Finding> reported = context.findings().iterator();
    while (reported.hasNext()) {
      if (suppressions.silences(reported.next(), compose.document().source())) {
        reported.remove();
      }
    }
    suppressions.judging(ran);
    context.suppressions(suppressions);
    for (Rule rule : rules) {
      if (rule.metadata().phase() == RuleMetadata.Phase.SUPPRESSIONS) {
        run(rule, context);
      }
    }
    List<Finding> findings = context.findings();
    findings.sort(FILE_ORDER);
    return List.copyOf(findings);
  }

  private static void run(Rule rule, RuleContext context) throws RuleFailedException {
    context.runAs(rule);
    try {
      rule.check(context);
    } catch (RuntimeException e) {
      throw new RuleFailedException(rule, e);
    }
  }
}
