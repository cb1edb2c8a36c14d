package dev.composefix.rules;

/** Secret variable with a fallback default instead of ${VAR:?...}. */
public final class SecretDefaultRule implements Rule {

  static final String DOC = """
      # secret-default (CF002)

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
    return "secret-default";
  }

  @Override
  public String code() {
    return "CF002";
  }

  @Override
  public String summary() {
    return "Secret variable with a fallback default instead of ${VAR:?...}";
  }

  @Override
  public Severity severity() {
    return Severity.HIGH;
  }

  @Override
  public FixAvailability fixAvailability() {
    return FixAvailability.ALWAYS;
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
