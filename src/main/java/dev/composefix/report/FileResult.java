package dev.composefix.report;

import dev.composefix.fix.FixOutcome;
import dev.composefix.lint.Finding;
import dev.composefix.secrets.SecretMask;
import dev.composefix.text.SourceText;
import java.util.List;
import java.util.Optional;

/**
 * What processing one file gave, for every output format: the outcome or the error, whether the
 * file was written, and the diff for --dry-run (already masked).
 *
 * @param path the file as the user named it
 * @param write whether the run was --write: then the reported findings are those that remain
 */
public record FileResult(
    String path,
    Optional<FileError> error,
    FixOutcome outcome,
    boolean write,
    boolean unsafeFixes,
    boolean written,
    String diff,
    SecretMask secrets,
    Optional<String> notice) {

  public static FileResult failed(String path, FileError error) {
    return new FileResult(
        path, Optional.of(error), null, false, false, false, "", SecretMask.NONE, Optional.empty());
  }

  /** The same result, for a file that has now been written. */
  public FileResult asWritten(Optional<String> writeNotice) {
    return new FileResult(
        path, error, outcome, write, unsafeFixes, true, diff, secrets, writeNotice);
  }

  /**
   * The same result for a file whose fixes could not be written: its findings are all still there,
   * and so is the error that says why.
   */
  public FileResult notWritten(FileError writeError) {
    return new FileResult(
        path, Optional.of(writeError), outcome, false, unsafeFixes, false, diff, secrets, notice);
  }

  public boolean failed() {
    return error.isPresent();
  }

  /** Whether there are findings to show, which a file that could not be read has not. */
  public boolean checked() {
    return outcome != null;
  }

  /** The findings to show: what remains after --write, what was found otherwise. */
  public List<Finding> reported() {
    if (!checked()) {
      return List.of();
    }
    return write ? outcome.remaining() : outcome.findings();
  }

  /** The text the reported findings' positions refer to. */
  public SourceText reportedText() {
    return write ? outcome.fixed() : outcome.original();
  }

  public Totals totals() {
    if (!checked()) {
      return new Totals(1, 0, 0, 0, 0, 0, 1);
    }
    int fixable = 0;
    int unsafeOnly = 0;
    for (Finding finding : reported()) {
      if (finding.isFixable(unsafeFixes)) {
        fixable++;
      } else if (finding.isFixable(true)) {
        unsafeOnly++;
      }
    }
    return new Totals(
        1,
        outcome.findings().size(),
        write || failed() ? 0 : fixable,
        unsafeOnly,
        failed() ? 0 : outcome.fixedCount(),
        write ? outcome.remaining().size() : outcome.findings().size(),
        failed() ? 1 : 0);
  }
}
