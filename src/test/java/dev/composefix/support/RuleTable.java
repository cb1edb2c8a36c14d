package dev.composefix.support;

import dev.composefix.lint.FixAvailability;
import dev.composefix.lint.Rule;
import dev.composefix.lint.RuleSet;
import java.util.List;

/** The rule table of the README, generated from the rules themselves so that it cannot go stale. */
public final class RuleTable {

  private RuleTable() {}

  public static String markdown(RuleSet rules) {
    StringBuilder table = new StringBuilder();
    table.append("| Code | Rule | What it finds | Severity | Fix |\n");
    table.append("|------|------|---------------|----------|-----|\n");
    for (Rule rule : rules.all()) {
      table
          .append("| ")
          .append(rule.metadata().code())
          .append(" | `")
          .append(rule.metadata().name())
          .append('`')
          .append(rule.metadata().isOptIn() ? " (opt-in)" : "")
          .append(" | ")
          .append(rule.metadata().summary())
          .append(" | ")
          .append(rule.metadata().severity().label())
          .append(" | ")
          .append(fixColumn(rule))
          .append(" |\n");
    }
    List<Rule> optIn = rules.all().stream().filter(rule -> rule.metadata().isOptIn()).toList();
    if (!optIn.isEmpty()) {
      table.append(
          "\n"
              + "Rules marked (opt-in) run only when selected, with `--select NAME` or `select:` in"
              + " the configuration:\n\n");
      for (Rule rule : optIn) {
        table
            .append("- `")
            .append(rule.metadata().name())
            .append("`: ")
            .append(rule.metadata().optInBecause().orElseThrow())
            .append(".\n");
      }
    }
    return table.toString();
  }

  /** How the fix column reads: safe, unsafe (needs --unsafe-fixes), or none. */
  public static String fixColumn(Rule rule) {
    if (rule.metadata().fixAvailability() == FixAvailability.NONE) {
      return "none";
    }
    String kind =
        switch (rule.metadata().fixApplicability()) {
          case SAFE -> "safe";
          case UNSAFE -> "unsafe";
          case DISPLAY_ONLY -> "display only";
        };
    return rule.metadata().fixAvailability() == FixAvailability.SOMETIMES
        ? kind + ", sometimes"
        : kind;
  }
}
