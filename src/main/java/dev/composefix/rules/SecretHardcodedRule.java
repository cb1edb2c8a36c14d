package dev.composefix.rules;

/** Secret written into the file as a literal value. */
public final class SecretHardcodedRule implements Rule {

  static final String DOC = """
      # secret-hardcoded (CF010)

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
    return "secret-hardcoded";
  }

  @Override
  public String code() {
    return "CF010";
  }

  @Override
  public String summary() {
    return "Secret written into the file as a literal value";
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
