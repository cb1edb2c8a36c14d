package dev.composefix.rules;

/** NATS with JetStream but no monitoring port. */
public final class NatsMonitoringRule implements Rule {

  static final String DOC = """
      # nats-monitoring (CF007)

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
    return "nats-monitoring";
  }

  @Override
  public String code() {
    return "CF007";
  }

  @Override
  public String summary() {
    return "NATS with JetStream but no monitoring port";
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
