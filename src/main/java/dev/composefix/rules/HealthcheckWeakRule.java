package dev.composefix.rules;

/** Healthcheck that verifies nothing. */
public final class HealthcheckWeakRule implements Rule {

  static final String DOC = """
      # healthcheck-weak (CF009)

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
      None.

      ## Options
      None.
      """;

  @Override
  public String name() {
    return "healthcheck-weak";
  }

  @Override
  public String code() {
    return "CF009";
  }

  @Override
  public String summary() {
    return "Healthcheck that verifies nothing";
  }

  @Override
  public Severity severity() {
    return Severity.MEDIUM;
  }

  @Override
  public FixAvailability fixAvailability() {
    return FixAvailability.NONE;
  }

  @Override
  public Applicability fixApplicability() {
    return Applicability.DISPLAY_ONLY;
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
