package dev.composefix.report;

import dev.composefix.lint.Finding;
import dev.composefix.text.Position;
import dev.composefix.text.SourceText;
import java.io.PrintWriter;

/**
 * The default format: the diff on stdout (--dry-run), and on stderr one line per finding, {@code
 * path:line:col: rule-name [*] message}, then a summary.
 */
public final class TextReporter extends LineReporter {

  private final Style style;

  public TextReporter(PrintWriter out, PrintWriter err, Style style, Mode mode, boolean quiet) {
    super(out, err, mode, quiet);
    this.style = style;
  }

  @Override
  public void file(FileResult result) {
    if (!result.checked()) {
      if (result.error().isPresent()) {
        error(result.path(), result.error().get().position(), result.error().get().message());
      }
      return;
    }
    out.print(result.diff());
    for (Finding finding : result.reported()) {
      err.println(line(result.path(), result.reportedText(), finding, result.unsafeFixes()));
    }
    if (result.notice().isPresent()) {
      err.println(Printable.of(result.path()) + ": " + result.notice().get());
    }
    // A file checked but not written: its findings stand, and the error says why.
    if (result.error().isPresent()) {
      error(result.path(), result.error().get().position(), result.error().get().message());
    }
  }

  @Override
  public void unreadable(String path, String message) {
    error(path, new Position(1, 1), message);
  }

  private void error(String path, Position position, String message) {
    err.println(
        style.path(Printable.of(path))
            + ":"
            + style.position(position.toString())
            + ": "
            + style.error(Printable.of(message)));
  }

  private String line(String path, SourceText source, Finding finding, boolean unsafeFixes) {
    String marker = finding.isFixable(unsafeFixes) ? " " + style.fixable("[*]") : "";
    return style.path(Printable.of(path))
        + ":"
        + style.position(source.positionOf(finding.range().start()).toString())
        + ": "
        + style.rule(finding.rule().metadata().name(), finding.severity())
        + marker
        + " "
        + Printable.of(finding.message());
  }
}
