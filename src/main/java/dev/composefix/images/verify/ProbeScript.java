package dev.composefix.images.verify;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The script a probe container runs with {@code /bin/sh -c SCRIPT sh PROGRAM...}: for each program,
 * one line {@code found}, {@code applet}, {@code builtin} or {@code missing}, then its name. It
 * uses only what dash, busybox ash and bash all have: {@code command -v} and {@code test -x}/{@code
 * -ef}; {@code -ef} follows symlinks and sees hard links, so it finds applets both ways busybox
 * installs them.
 */
public final class ProbeScript {

  /** One line, so that a log of the calls shows it on one line. */
  public static final String TEXT =
      "b=$(command -v busybox); for p do v=$(command -v \"$p\") || { echo \"missing $p\";"
          + " continue; }; case $v in */*) if [ ! -x \"$v\" ]; then echo \"missing $p\";"
          + " elif [ -n \"$b\" ] && [ \"$v\" -ef \"$b\" ]; then echo \"applet $p\";"
          + " else echo \"found $p\"; fi;; *) echo \"builtin $p\";; esac; done";

  private static final Map<String, ProgramState> WORDS =
      Map.of(
          "found", ProgramState.OWN_FILE,
          "applet", ProgramState.BUSYBOX_APPLET,
          "builtin", ProgramState.SHELL_BUILTIN,
          "missing", ProgramState.MISSING);

  private ProbeScript() {}

  /**
   * What the script said of each program, in the order asked; empty when it did not answer for
   * every one, which only a script that did not run as written gives.
   */
  public static Optional<Map<String, ProgramState>> read(String out, List<String> programs) {
    Map<String, ProgramState> said = new HashMap<>();
    for (String line : out.split("\n", -1)) {
      int space = line.indexOf(' ');
      if (space > 0 && WORDS.containsKey(line.substring(0, space))) {
        said.put(line.substring(space + 1), WORDS.get(line.substring(0, space)));
      }
    }
    Map<String, ProgramState> states = new LinkedHashMap<>();
    for (String program : programs) {
      if (!said.containsKey(program)) {
        return Optional.empty();
      }
      states.put(program, said.get(program));
    }
    return Optional.of(states);
  }
}
