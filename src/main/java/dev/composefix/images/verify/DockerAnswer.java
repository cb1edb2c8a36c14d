package dev.composefix.images.verify;

/**
 * What a {@code docker} command answered.
 *
 * @param exitCode its exit status; meaningless when it timed out
 * @param out its standard output
 * @param err its standard error
 * @param timedOut whether it was stopped at the timeout
 */
public record DockerAnswer(int exitCode, String out, String err, boolean timedOut) {

  /** The exit status {@code docker run} gives when the daemon, not the container, failed. */
  static final int DAEMON_ERROR = 125;

  public static DockerAnswer timeout(String out, String err) {
    return new DockerAnswer(-1, out, err, true);
  }

  public boolean succeeded() {
    return !timedOut && exitCode == 0;
  }

  /** The first line of standard error that says something, for one-line messages. */
  public String firstErrorLine() {
    return err.lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .findFirst()
        .orElse("exit status " + exitCode + " and no message");
  }

  /**
   * Whether the container could not start its program because there is none by that name, or it
   * cannot be run: Docker exits 127 or 126 then, and says so itself ({@code Error response from
   * daemon}, or the runtime's {@code OCI runtime} error), which a program that exits 127 on its own
   * does not.
   */
  public boolean programNotFound() {
    return !timedOut
        && (exitCode == 126 || exitCode == 127)
        && (err.contains("Error response from daemon") || err.contains("OCI runtime"));
  }
}
