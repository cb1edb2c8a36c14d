package dev.composefix.rules;

import dev.composefix.config.Config;
import java.util.Comparator;
import java.util.List;

/** Runs rules over one Compose file and returns their findings in file order. */
public final class Checker {

  private static final Comparator<Finding> FILE_ORDER = Comparator
      .comparingInt((Finding f) -> f.range().start())
      .thenComparing(f -> f.rule().name());

  private Checker() {}

  public static List<Finding> check(List<Rule> rules, ComposeFile compose, Config config) throws RuleFailedException {
    RuleContext context = new RuleContext(compose, config);
    for (Rule rule : rules) {
      context.runAs(rule);
      try {
        rule.check(context);
      } catch (RuntimeException e) {
        throw new RuleFailedException(rule, e);
      }
    }
    List<Finding> findings = context.findings();
    findings.sort(FILE_ORDER);
    return List.copyOf(findings);
  }
}
