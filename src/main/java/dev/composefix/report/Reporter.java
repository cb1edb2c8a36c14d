package dev.composefix.report;

/** One output format. Files arrive in order; {@link #finish} closes the output. */
public interface Reporter {

  void file(FileResult result);

  /** A path on the command line that could not be read, before any file is processed. */
  void unreadable(String path, String message);

  void finish(Totals totals);
}
