package dev.composefix.rules;

import dev.composefix.compose.ComposeFile;
import dev.composefix.config.Config;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Runs rules over one Compose file and returns their findings in file order. */
public final class Checker {

  private static final Comparator<Finding> FILE_ORDER = Comparator
      .comparingInt((Finding f) -> f.range().start())
      .thenComparing(f -> f.rule().name());

  private Checker() {}

  /**
   * Runs the rules, drops the findings that suppression comments silence, and then, when it is
   * selected, lets {@link UnusedSuppressionRule} report the suppressions that silenced nothing.
   */
  public static List<Finding> check(List<Rule> rules, ComposeFile compose, Config config) throws RuleFailedException {
    RuleContext context = new RuleContext(compose, config);
    UnusedSuppressionRule unusedSuppressions = null;
    Set<String> ran = new HashSet<>();
    for (Rule rule : rules) {
      if (rule instanceof UnusedSuppressionRule unused) {
        unusedSuppressions = unused;
        continue;
      }
      ran.add(rule.name());
      context.runAs(rule);
      try {
        rule.check(context);
      } catch (RuntimeException e) {
        throw new RuleFailedException(rule, e);
      }
    }
    Suppressions suppressions = Suppressions.of(compose.document());
    context.findings().removeIf(finding -> suppressions.silences(finding, compose.document().source()));
    if (unusedSuppressions != null) {
      context.runAs(unusedSuppressions);
      unusedSuppressions.reportUnused(context, suppressions, ran);
    }
    List<Finding> findings = context.findings();
    findings.sort(FILE_ORDER);
    return List.copyOf(findings);
  }
}
