package dev.composefix.rules;

import java.util.Optional;

/**
 * What a rule declares about itself; {@link RuleBase} answers the {@link Rule} questions from it.
 *
 * @param name the kebab-case id
 * @param code the short stable code, e.g. {@code CF001}
 * @param summary one line on what the rule finds
 * @param severity the severity of its findings unless a finding says otherwise
 * @param fixAvailability whether its findings come with fixes
 * @param fixApplicability how far its fixes can be trusted
 * @param doc its documentation in Markdown
 * @param optInBecause why the rule runs only when selected; empty for a rule that runs by default
 */
public record RuleMetadata(String name, String code, String summary, Severity severity,
    FixAvailability fixAvailability, Applicability fixApplicability, String doc, Optional<String> optInBecause) {

  /** A rule that runs by default. */
  public RuleMetadata(String name, String code, String summary, Severity severity,
      FixAvailability fixAvailability, Applicability fixApplicability, String doc) {
    this(name, code, summary, severity, fixAvailability, fixApplicability, doc, Optional.empty());
  }
}
