package dev.composefix.rules;

import java.util.Optional;

/** A rule whose metadata is one {@link RuleMetadata} value, declared next to its check. */
public abstract class RuleBase implements Rule {

  private final RuleMetadata metadata;

  protected RuleBase(RuleMetadata metadata) {
    this.metadata = metadata;
  }

  @Override
  public final String name() {
    return metadata.name();
  }

  @Override
  public final String code() {
    return metadata.code();
  }

  @Override
  public final String summary() {
    return metadata.summary();
  }

  @Override
  public final Severity severity() {
    return metadata.severity();
  }

  @Override
  public final FixAvailability fixAvailability() {
    return metadata.fixAvailability();
  }

  @Override
  public final Applicability fixApplicability() {
    return metadata.fixApplicability();
  }

  @Override
  public final String doc() {
    return metadata.doc();
  }

  @Override
  public final Optional<String> optInBecause() {
    return metadata.optInBecause();
  }
}
