package dev.composefix.cli;

/** What a run does with the fixes it finds. */
enum Mode {
  /** Print the diff of the fixes; change nothing. */
  DRY_RUN,
  /** Apply the fixes in place. */
  WRITE,
  /** Report findings only; for CI. */
  CHECK
}
