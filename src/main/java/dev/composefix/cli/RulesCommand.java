package dev.composefix.cli;

import dev.composefix.lint.Applicability;
import dev.composefix.lint.FixAvailability;
import dev.composefix.lint.Rule;
import dev.composefix.rules.BuiltInRules;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code compose-fix rules}: every rule with its code, fix marker, severity and summary. */
@Command(name = "rules", description = "List every rule with its fix marker.")
final class RulesCommand extends AbstractSubcommand {

  @Override
  public Integer call() {
    PrintWriter out = out();
    int width =
        BuiltInRules.ruleSet().all().stream()
            .mapToInt(rule -> rule.metadata().name().length())
            .max()
            .orElse(0);
    for (Rule rule : BuiltInRules.ruleSet().all()) {
      out.printf(
          "%s  %-" + width + "s  %s  %-8s  %s%n",
          rule.metadata().code(),
          rule.metadata().name(),
          marker(rule),
          rule.metadata().severity().label(),
          rule.metadata().summary()
              + (rule.metadata().isOptIn() ? " (opt-in: runs only with --select)" : ""));
    }
    out.println();
    out.println(
        "[*] safe fix, applied by --write   [!] unsafe fix, applied with --unsafe-fixes   [ ] no"
            + " fix");
    out.println("Run 'compose-fix rule NAME' for a rule's documentation.");
    out.flush();
    return ExitCodes.CLEAN;
  }

  static String marker(Rule rule) {
    if (rule.metadata().fixAvailability() == FixAvailability.NONE
        || rule.metadata().fixApplicability() == Applicability.DISPLAY_ONLY) {
      return "[ ]";
    }
    return rule.metadata().fixApplicability() == Applicability.SAFE ? "[*]" : "[!]";
  }
}
