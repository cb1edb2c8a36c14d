package dev.composefix.cli;

/** The exit codes, in one place; the README's table lists the same. */
final class ExitCodes {

  /** Nothing to fix and no findings. */
  static final int CLEAN = 0;

  /** Fixes pending (--dry-run, --check), or findings remain after --write. */
  static final int FINDINGS = 1;

  /**
   * A usage error, an unreadable path, invalid YAML, or an internal error; the file is left
   * untouched.
   */
  static final int ERROR = 2;

  private ExitCodes() {}
}
