package dev.composefix.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the process writes to and runs in, as far as output cares.
 *
 * @param stderrTerminal whether standard error is a terminal: colour and the progress counter go
 *     only there, so {@code 2>log} at a terminal gets no escape codes
 * @param colorDisabled whether {@code NO_COLOR} is set or {@code TERM} is {@code dumb}
 * @param ci whether {@code CI} is set: the dry-run diff is then masked, since CI logs are kept
 */
record Terminal(boolean stderrTerminal, boolean colorDisabled, boolean ci) {

  /** Output to pipes or files, as in tests. */
  static final Terminal NONE = new Terminal(false, false, false);

  /** The terminal of this process, from its environment. */
  static Terminal of(Map<String, String> environment) {
    String term = environment.get("TERM");
    String noColor = environment.get("NO_COLOR");
    String ci = environment.get("CI");
    return new Terminal(
        stderrIsTerminal(environment),
        noColor != null && !noColor.isEmpty() || "dumb".equals(term),
        ci != null && !ci.isEmpty() && !ci.equalsIgnoreCase("false") && !ci.equals("0"));
  }

  /**
   * Java cannot ask whether standard error is a terminal: the launcher tells it ({@code [ -t 2 ]}),
   * and otherwise Linux's {@code /proc/self/fd/2} names the terminal device it points to.
   */
  private static boolean stderrIsTerminal(Map<String, String> environment) {
    String told = environment.get("COMPOSE_FIX_STDERR_TTY");
    if (told != null) {
      return told.equals("1");
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
