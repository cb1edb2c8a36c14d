package dev.composefix.report;

import dev.composefix.lint.Finding;
import dev.composefix.text.Position;
import dev.composefix.text.SourceText;
import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands, one per finding and error: {@code ::error
 * file=...,line=...,col=...,endLine=...,endColumn=...,title=...::message}.
 */
public final class GithubReporter extends LineReporter {

  public GithubReporter(PrintWriter out, PrintWriter err, Mode mode, boolean quiet) {
    super(out, err, mode, quiet);
  }

  @Override
  public void file(FileResult result) {
    if (!result.checked()) {
      error(result.path(), result.error().orElseThrow());
      return;
    }
    SourceText source = result.reportedText();
    for (Finding finding : result.reported()) {
      String level =
          switch (finding.severity()) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW -> "notice";
          };
      String fixable =
          finding.isFixable(result.unsafeFixes()) ? " (fixable with compose-fix --write)" : "";
      command(
          level,
          result.path(),
          source.positionOf(finding.range().start()),
          source.positionOf(finding.range().end()),
          finding.rule().metadata().name() + " (" + finding.rule().metadata().code() + ")",
          finding.message() + fixable);
    }
    result
        .notice()
        .ifPresent(
            notice ->
                command(
                    "warning",
                    result.path(),
                    new Position(1, 1),
                    new Position(1, 1),
                    "compose-fix",
                    notice));
    result.error().ifPresent(error -> error(result.path(), error));
  }

  private void error(String path, FileError error) {
    command("error", path, error.position(), error.position(), "compose-fix", error.message());
  }

  @Override
  public void unreadable(String path, String message) {
    command("error", path, new Position(1, 1), new Position(1, 1), "compose-fix", message);
  }

  private void command(
      String level, String path, Position start, Position end, String title, String message) {
    out.println(
        "::"
            + level
            + " file="
            + property(Printable.of(path))
            + ",line="
            + start.line()
            + ",col="
            + start.column()
            + ",endLine="
            + end.line()
            + ",endColumn="
            + end.column()
            + ",title="
            + property(title)
            + "::"
            + data(Printable.of(message)));
  }

  /** Escapes a message as the runner expects. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value, where ':' and ',' also separate. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
