package dev.composefix.cli;

import java.io.PrintWriter;

/** A one-line "checking 12/178" counter on stderr, redrawn in place; only shown at a terminal. */
final class Progress {

  private static final String CLEAR_LINE = "\r\u001B[K";

  private final PrintWriter err;
  private final boolean enabled;
  private boolean shown;

  Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  void update(int done, int total, String path) {
    if (enabled) {
      err.print(CLEAR_LINE + "checking " + done + "/" + total + "  " + path);
      err.flush();
      shown = true;
    }
  }

  /** Removes the counter so the next line of output starts clean. */
  void clear() {
    if (shown) {
      err.print(CLEAR_LINE);
      err.flush();
      shown = false;
    }
  }
}
