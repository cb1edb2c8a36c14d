package dev.composefix.rules;

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
 * its own line just above it; {@code # compose-fix: ignore-file} anywhere turns the file off.
 * Rules are named by name or code. Each suppression remembers whether it was used.
 */
final class Suppressions {

  private static final Pattern IGNORE = Pattern.compile("compose-fix:\\s*ignore\\[([^\\]]*)\\]");
  private static final Pattern IGNORE_FILE = Pattern.compile("compose-fix:\\s*ignore-file\\b");

  /** One comment and the rules it silences on one line. */
  static final class Suppression {
    final YComment comment;
    final int line;
    final Set<String> rules = new LinkedHashSet<>();
    final List<String> unknown = new ArrayList<>();
    final Set<String> used = new LinkedHashSet<>();

    Suppression(YComment comment, int line) {
      this.comment = comment;
      this.line = line;
    }
  }

  private final List<Suppression> lines = new ArrayList<>();
  private final List<YComment> fileWide = new ArrayList<>();
  private boolean fileWideUsed;

  private Suppressions() {}

  static Suppressions of(YDocument document) {
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
      boolean ownLine = source.text().substring(source.lineStart(commentLine), comment.span().start()).isBlank();
      Suppression suppression = new Suppression(comment, ownLine ? commentLine + 1 : commentLine);
      for (String name : matcher.group(1).split(",")) {
        String trimmed = name.trim();
        if (trimmed.isEmpty()) {
          continue;
        }
        RuleRegistry.find(trimmed).ifPresentOrElse(rule -> suppression.rules.add(rule.name()), () -> suppression.unknown.add(trimmed));
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
    for (Suppression suppression : lines) {
      if (suppression.line == line && suppression.rules.contains(finding.rule().name())) {
        suppression.used.add(finding.rule().name());
        return true;
      }
    }
    return false;
  }

  List<Suppression> lineSuppressions() {
    return lines;
  }

  List<YComment> fileWide() {
    return fileWide;
  }

  boolean fileWideUsed() {
    return fileWideUsed;
  }
}
