package dev.composefix.report;

import java.io.PrintWriter;

/**
 * A format written a line at a time for people and CI logs, the text and GitHub formats: what they
 * write to which stream, and the summary they both end with.
 */
abstract class LineReporter implements Reporter {

  protected final PrintWriter out;
  protected final PrintWriter err;
  private final Mode mode;
  private final boolean quiet;

  LineReporter(PrintWriter out, PrintWriter err, Mode mode, boolean quiet) {
    this.out = out;
    this.err = err;
    this.mode = mode;
    this.quiet = quiet;
  }

  /** The summary on stderr, unless quiet, and every line written out. */
  @Override
  public final void finish(Totals totals) {
    if (!quiet) {
      err.println(Summary.of(mode, totals));
    }
    out.flush();
    err.flush();
  }
}
