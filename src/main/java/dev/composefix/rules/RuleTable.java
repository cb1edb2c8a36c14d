package dev.composefix.rules;

import java.util.List;

/** The rule table of the README, generated from the rules themselves so that it cannot go stale. */
public final class RuleTable {

  private RuleTable() {}

  public static String markdown() {
    StringBuilder table = new StringBuilder();
    table.append("| Code | Rule | What it finds | Severity | Fix |\n");
    table.append("|------|------|---------------|----------|-----|\n");
    for (Rule rule : RuleRegistry.all()) {
      table.append("| ").append(rule.code())
          .append(" | `").append(rule.name()).append('`').append(rule.isOptIn() ? " (opt-in)" : "")
          .append(" | ").append(rule.summary())
          .append(" | ").append(rule.severity().label())
          .append(" | ").append(fixColumn(rule))
          .append(" |\n");
    }
    List<Rule> optIn = RuleRegistry.all().stream().filter(Rule::isOptIn).toList();
    if (!optIn.isEmpty()) {
      table.append("\nRules marked (opt-in) run only when selected, with `--select NAME` or `select:` in the configuration:\n\n");
      for (Rule rule : optIn) {
        table.append("- `").append(rule.name()).append("`: ").append(rule.optInBecause().orElseThrow()).append(".\n");
      }
    }
    return table.toString();
  }

  /** How the fix column reads: safe, unsafe (needs --unsafe-fixes), or none. */
  public static String fixColumn(Rule rule) {
    if (rule.fixAvailability() == FixAvailability.NONE) {
      return "none";
    }
    String kind = switch (rule.fixApplicability()) {
      case SAFE -> "safe";
      case UNSAFE -> "unsafe";
      case DISPLAY_ONLY -> "display only";
    };
    return rule.fixAvailability() == FixAvailability.SOMETIMES ? kind + ", sometimes" : kind;
  }
}
