package dev.composefix.yaml;

/**
 * An edit the editor will not make because it could not make it exactly; the finding stays unfixed.
 */
public final class CannotEditException extends Exception {

  private static final long serialVersionUID = 1L;

  public CannotEditException(String message) {
    super(message);
  }
}
