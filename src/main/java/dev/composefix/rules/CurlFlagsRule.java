package dev.composefix.rules;

/** curl in a healthcheck without -sf. */
public final class CurlFlagsRule implements Rule {

  static final String DOC = """
      # curl-flags (CF005)

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
    return "curl-flags";
  }

  @Override
  public String code() {
    return "CF005";
  }

  @Override
  public String summary() {
    return "curl in a healthcheck without -sf";
  }

  @Override
  public Severity severity() {
    return Severity.MEDIUM;
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
