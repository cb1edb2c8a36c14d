package dev.composefix.report;

/** What a run does with the fixes it finds. */
public enum Mode {
  /** Print the diff of the fixes; change nothing. */
  DRY_RUN,
  /** Apply the fixes in place. */
  WRITE,
  /** Report findings only; for CI. */
  CHECK;

  /** The mode as the command line names it, e.g. {@code dry-run}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
