package dev.composefix.compose;

/** Valid YAML that cannot be a Compose file, such as a top-level list. */
public final class NotComposeException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int offset;

  public NotComposeException(int offset, String message) {
    super(message);
    this.offset = offset;
  }

  public int offset() {
    return offset;
  }
}
