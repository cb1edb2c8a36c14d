package dev.composefix.images;

/** A knowledge-base row or source that does not validate, at an offset of its file. */
public final class FactsException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int offset;

  public FactsException(int offset, String message) {
    super(message);
    this.offset = offset;
  }

  /** The offset in the file's text where the mistake is. */
  public int offset() {
    return offset;
  }
}
