package dev.composefix.lint;

import dev.composefix.text.SourceText;
import dev.composefix.yaml.YComment;
import dev.composefix.yaml.YDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppression comments: {@code # compose-fix: ignore[rule-name, ...]} on the offending line, or on
 * its own line just above it; {@code # compose-fix: ignore-file} anywhere turns the file off. Rules
 * are named by name or code, as the rule set knows them. Each suppression remembers whether it was
 * used, for the rules that judge suppressions once the others have run.
 */
public final class Suppressions {

  private static final Pattern IGNORE = Pattern.compile("compose-fix:\\s*ignore\\[([^\\]]*)\\]");
  private static final Pattern IGNORE_FILE = Pattern.compile("compose-fix:\\s*ignore-file\\b");

  /**
   * One comment and the rules it silences on one line.
   *
   * @param rules the names of the rules it silences
   * @param unknown the names in it that are no rule's
   * @param used the rules it silenced a finding of
   */
  public record Suppression(
      YComment comment, int line, Set<String> rules, List<String> unknown, Set<String> used) {

    Suppression(YComment comment, int line) {
      this(comment, line, new LinkedHashSet<>(), new ArrayList<>(), new LinkedHashSet<>());
    }
  }

  private final List<Suppression> lines = new ArrayList<>();
  private final List<YComment> fileWide = new ArrayList<>();
  private final Set<String> judged = new LinkedHashSet<>();
  private boolean fileWideUsed;

  private Suppressions() {}

  static Suppressions of(YDocument document, RuleSet known) {
    Suppressions suppressions = new Suppressions();
    SourceText source = document.source();
    for (YComment comment : document.comments()) {
      if (IGNORE_FILE.matcher(comment.text()).find()) {
        suppressions.fileWide.add(comment);
        continue;
      }
      Matcher matcher = IGNORE.matcher(comment.text());
      if (!matcher.find()) {
        continue;
      }
      int commentLine = source.lineIndexOf(comment.span().start());
      boolean ownLine =
          source.text().substring(source.lineStart(commentLine), comment.span().start()).isBlank();
      Suppression suppression = new Suppression(comment, ownLine ? commentLine + 1 : commentLine);
      for (String name : matcher.group(1).split(",")) {
        String trimmed = name.trim();
        if (trimmed.isEmpty()) {
          continue;
        }
        known
            .find(trimmed)
            .ifPresentOrElse(
                rule -> suppression.rules.add(rule.metadata().name()),
                () -> suppression.unknown.add(trimmed));
      }
      suppressions.lines.add(suppression);
    }
    return suppressions;
  }

  /** Whether a finding is silenced; a silencing suppression is marked used. */
  boolean silences(Finding finding, SourceText source) {
    if (!fileWide.isEmpty()) {
      fileWideUsed = true;
      return true;
    }
    int line = source.lineIndexOf(finding.range().start());
    String rule = finding.rule().metadata().name();
    for (Suppression suppression : lines) {
      if (suppression.line == line && suppression.rules.contains(rule)) {
        suppression.used.add(rule);
        return true;
      }
    }
    return false;
  }

  /** Remembers the rules that ran, so that only their suppressions are judged. */
  void judging(Set<String> rules) {
    judged.addAll(rules);
  }

  public List<Suppression> lineSuppressions() {
    return lines;
  }

  public List<YComment> fileWide() {
    return fileWide;
  }

  public boolean fileWideUsed() {
    return fileWideUsed;
  }

  /** Whether a rule ran in this check, so that a suppression of it can be judged. */
  public boolean ran(String rule) {
    return judged.contains(rule);
  }
}
