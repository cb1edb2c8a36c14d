package dev.composefix.cli;

/**
 * A command line that parses but asks for something that cannot be: an unknown rule, a limit out of
 * range. Printed as every usage error is, whichever parser read the command line.
 */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
