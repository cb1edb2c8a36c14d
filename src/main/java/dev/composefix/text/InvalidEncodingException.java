package dev.composefix.text;

/** The file's bytes are not valid UTF-8. */
public final class InvalidEncodingException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Position position;

  public InvalidEncodingException(Position position, String message) {
    super(message);
    this.position = position;
  }

  public Position position() {
    return position;
  }
}
