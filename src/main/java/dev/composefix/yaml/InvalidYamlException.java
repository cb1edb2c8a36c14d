package dev.composefix.yaml;

/**
 * The text is not YAML the tool can work on: a syntax error, a limit exceeded, or a structure the
 * reader rejects (valid YAML that cannot be a Compose file, a knowledge-base row that does not
 * validate). {@link #offset()} points at the problem.
 */
public final class InvalidYamlException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int offset;

  public InvalidYamlException(int offset, String message) {
    super(message);
    this.offset = offset;
  }

  /** UTF-16 offset into the text that was parsed. */
  public int offset() {
    return offset;
  }
}
