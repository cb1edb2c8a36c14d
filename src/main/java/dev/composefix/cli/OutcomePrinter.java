package dev.composefix.cli;

import dev.composefix.images.verify.Outcome;
import dev.composefix.images.verify.Summary;
import java.io.PrintWriter;

/**
 * Prints each outcome of a check as it comes, since every one waits on Docker: results on stdout,
 * failures on stderr; then the summary and the exit code.
 */
final class OutcomePrinter {

  private final PrintWriter out;
  private final PrintWriter err;
  private final Summary summary;

  OutcomePrinter(PrintWriter out, PrintWriter err, String noun) {
    this.out = out;
    this.err = err;
    this.summary = new Summary(noun);
  }

  void print(Outcome outcome) {
    PrintWriter to = outcome.kind() == Outcome.Kind.FAILED ? err : out;
    outcome.lines().forEach(to::println);
    to.flush();
    summary.add(outcome);
  }

  /** Prints the summary; 2 when a check failed, 1 when a fact did not hold, 0 otherwise. */
  int finish() {
    out.println(summary.line());
    out.flush();
    if (summary.anyFailed()) {
      return ExitCodes.ERROR;
    }
    return summary.anyMismatched() ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }
}
