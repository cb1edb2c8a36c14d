package dev.composefix.lint;

import java.util.Optional;

/**
 * What a rule declares about itself, next to its check.
 *
 * @param name the kebab-case id users select and ignore it by
 * @param code a short code that stays stable if the name is ever refined, e.g. {@code CF001}
 * @param summary one line on what the rule finds
 * @param severity the severity of its findings unless a finding says otherwise
 * @param fixAvailability whether its findings come with fixes
 * @param fixApplicability how far its fixes can be trusted
 * @param doc its documentation in Markdown, with the sections every rule doc has
 * @param optInBecause why the rule runs only when selected; empty for a rule that runs by default
 * @param phase when the checker runs it
 */
public record RuleMetadata(
    String name,
    String code,
    String summary,
    Severity severity,
    FixAvailability fixAvailability,
    Applicability fixApplicability,
    String doc,
    Optional<String> optInBecause,
    Phase phase) {

  /** When a rule runs. */
  public enum Phase {
    /** With the other rules, over the document. */
    DOCUMENT,
    /** After suppression comments have silenced findings, to judge the comments themselves. */
    SUPPRESSIONS
  }

  /** A rule that runs by default, over the document. */
  public RuleMetadata(
      String name,
      String code,
      String summary,
      Severity severity,
      FixAvailability fixAvailability,
      Applicability fixApplicability,
      String doc) {
    this(
        name,
        code,
        summary,
        severity,
        fixAvailability,
        fixApplicability,
        doc,
        Optional.empty(),
        Phase.DOCUMENT);
  }

  /** The same rule, run only when selected, for this reason. */
  public RuleMetadata optIn(String because) {
    return with(Optional.of(because), phase);
  }

  /** The same rule, run after suppressions. */
  public RuleMetadata inPhase(Phase later) {
    return with(optInBecause, later);
  }

  private RuleMetadata with(Optional<String> optIn, Phase runIn) {
    return new RuleMetadata(
        name, code, summary, severity, fixAvailability, fixApplicability, doc, optIn, runIn);
  }

  public boolean isOptIn() {
    return optInBecause.isPresent();
  }
}
