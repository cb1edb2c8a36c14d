package dev.composefix.rules;

/** GPU service without a deploy device reservation. */
public final class GpuDeployRule implements Rule {

  static final String DOC = """
      # gpu-deploy (CF004)

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
    return "gpu-deploy";
  }

  @Override
  public String code() {
    return "CF004";
  }

  @Override
  public String summary() {
    return "GPU service without a deploy device reservation";
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
