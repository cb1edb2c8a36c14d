package dev.composefix.rules;

/** Healthcheck calls a tool the image does not have. */
public final class HealthcheckToolRule implements Rule {

  static final String DOC = """
      # healthcheck-tool (CF006)

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
      Safe.

      ## Options
      None.
      """;

  @Override
  public String name() {
    return "healthcheck-tool";
  }

  @Override
  public String code() {
    return "CF006";
  }

  @Override
  public String summary() {
    return "Healthcheck calls a tool the image does not have";
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
    return Applicability.SAFE;
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
