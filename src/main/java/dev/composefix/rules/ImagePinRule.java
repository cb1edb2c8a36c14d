package dev.composefix.rules;

/** Image on :latest or without a tag. */
public final class ImagePinRule implements Rule {

  static final String DOC = """
      # image-pin (CF003)

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
    return "image-pin";
  }

  @Override
  public String code() {
    return "CF003";
  }

  @Override
  public String summary() {
    return "Image on :latest or without a tag";
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
