package dev.composefix.support;

import dev.composefix.compose.ComposeFile;
import dev.composefix.config.Config;
import dev.composefix.lint.Checker;
import dev.composefix.lint.Finding;
import dev.composefix.lint.Rule;
import dev.composefix.lint.Surroundings;
import dev.composefix.rules.BuiltInRules;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One rule run over a Compose text with the default configuration, each finding as one line. */
public final class RuleFindings {

  private RuleFindings() {}

  /** Each finding as its {@code line:column}, a space, and what {@code describe} says of it. */
  public static List<String> lines(Rule rule, String yaml, Function<Finding, String> describe)
      throws Exception {
    ComposeFile compose = ComposeFile.of(Yaml.parse(yaml)).orElseThrow();
    List<String> lines = new ArrayList<>();
    for (Finding finding :
        Checker.check(
            List.of(rule), compose, Surroundings.of(Config.DEFAULTS), BuiltInRules.ruleSet())) {
      lines.add(
          compose.document().source().positionOf(finding.range().start())
              + " "
              + describe.apply(finding));
    }
    return lines;
  }
}
