package dev.composefix.fix;

/**
 * The fixes for a file could not be applied safely: a fix broke the YAML, changed more than it
 * meant to, or the fixes did not settle. A bug in compose-fix; the file is never written then.
 */
public final class FixFailedException extends Exception {

  private static final long serialVersionUID = 1L;

  public FixFailedException(String message) {
    super(message);
  }

  public FixFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
