package dev.composefix.rules;

/** Service without a healthcheck. */
public final class HealthcheckMissingRule implements Rule {

  static final String DOC = """
      # healthcheck-missing (CF008)

      ## What it does
      Not written yet.

      ## Why
      Not written yet.

      ## Example
      ```yaml
      services: {}
      ```

      ## Use instead
      ```yaml
      services: {}
      ```

      ## Fix safety
      Unsafe.

      ## Options
      None.
      """;

  @Override
  public String name() {
    return "healthcheck-missing";
  }

  @Override
  public String code() {
    return "CF008";
  }

  @Override
  public String summary() {
    return "Service without a healthcheck";
  }

  @Override
  public Severity severity() {
    return Severity.HIGH;
  }

  @Override
  public FixAvailability fixAvailability() {
    return FixAvailability.SOMETIMES;
  }

  @Override
  public Applicability fixApplicability() {
    return Applicability.UNSAFE;
  }

  @Override
  public String doc() {
    return DOC;
  }

  @Override
  public void check(RuleContext context) {
    // Written with its fixtures in the rules issue.
  }
}
