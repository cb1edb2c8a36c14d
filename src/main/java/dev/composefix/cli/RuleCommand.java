package dev.composefix.cli;

import dev.composefix.lint.Rule;
import dev.composefix.rules.BuiltInRules;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code compose-fix rule NAME}: one rule's documentation, from the rule itself. */
@Command(name = "rule", description = "Print a rule's documentation.")
final class RuleCommand extends AbstractSubcommand {

  @Parameters(
      paramLabel = "NAME",
      description = "A rule name or code, e.g. healthcheck-start-period or CF001.")
  String name;

  @Override
  public Integer call() {
    Optional<Rule> rule = BuiltInRules.ruleSet().find(name);
    if (rule.isEmpty()) {
      throw usageError("unknown rule '" + name + "'; run 'compose-fix rules' to list them");
    }
    out().print(rule.get().metadata().doc());
    out().flush();
    return ExitCodes.CLEAN;
  }
}
