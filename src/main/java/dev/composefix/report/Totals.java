package dev.composefix.report;

/**
 * Counts over a run.
 *
 * @param files files looked at
 * @param findings findings in the files as read
 * @param fixable findings --write would fix with the current settings
 * @param unsafeOnly findings only --unsafe-fixes would fix
 * @param fixed findings fixed by --write
 * @param remaining findings still there at the end (all of them when nothing was written)
 * @param errors files or paths that could not be processed
 */
public record Totals(
    int files, int findings, int fixable, int unsafeOnly, int fixed, int remaining, int errors) {

  public Totals plus(Totals other) {
    return new Totals(
        files + other.files,
        findings + other.findings,
        fixable + other.fixable,
        unsafeOnly + other.unsafeOnly,
        fixed + other.fixed,
        remaining + other.remaining,
        errors + other.errors);
  }
}
