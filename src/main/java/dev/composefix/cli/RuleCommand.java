package dev.composefix.cli;

import dev.composefix.lint.Rule;
import dev.composefix.rules.BuiltInRules;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compose-fix rule NAME}: one rule's documentation, from the rule itself. */
@Command(
    name = "rule",
    mixinStandardHelpOptions = true,
    description = "Print a rule's documentation.")
final class RuleCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "NAME",
      description = "A rule name or code, e.g. healthcheck-start-period or CF001.")
  String name;

  @Override
  public Integer call() {
    Optional<Rule> rule = BuiltInRules.ruleSet().find(name);
    if (rule.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "unknown rule '" + name + "'; run 'compose-fix rules' to list them");
    }
    spec.commandLine().getOut().print(rule.get().metadata().doc());
    spec.commandLine().getOut().flush();
    return ExitCodes.CLEAN;
  }
}
