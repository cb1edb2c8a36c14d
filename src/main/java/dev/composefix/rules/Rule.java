package dev.composefix.rules;

import java.util.Optional;

/**
 * One check. A rule holds its own id, message, fix and documentation, and reports findings
 * through its context; it never edits or writes anything itself.
 */
public interface Rule {

  /** The kebab-case id users select and ignore it by. */
  String name();

  /** A short code that stays stable if the name is ever refined, e.g. {@code CF001}. */
  String code();

  /** One line that says what the rule finds. */
  String summary();

  /** The severity of its findings, unless a finding says otherwise. */
  Severity severity();

  FixAvailability fixAvailability();

  /** How far its fixes can be trusted, when it has them. */
  Applicability fixApplicability();

  /** Its documentation in Markdown, with the sections every rule doc has. */
  String doc();

  /**
   * Why the rule runs only when selected ({@code --select} or {@code select:} in the config), or
   * empty when it runs unless ignored.
   */
  default Optional<String> optInBecause() {
    return Optional.empty();
  }

  default boolean isOptIn() {
    return optInBecause().isPresent();
  }

  void check(RuleContext context);
}
