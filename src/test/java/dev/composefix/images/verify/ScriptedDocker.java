package dev.composefix.images.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A docker that answers from the test's function and records each call, one line each. */
final class ScriptedDocker implements Docker {

  private final Function<List<String>, DockerAnswer> answers;
  private final List<String> calls = new ArrayList<>();

  ScriptedDocker(Function<List<String>, DockerAnswer> answers) {
    this.answers = answers;
  }

  static DockerAnswer ok(String out) {
    return new DockerAnswer(0, out, "", false);
  }

  static DockerAnswer error(int exitCode, String err) {
    return new DockerAnswer(exitCode, "", err, false);
  }

  /** What runc says when the container's program does not exist. */
  static DockerAnswer notFound(String program) {
    return error(
        127,
        "docker: Error response from daemon: failed to create task for container: failed to"
            + " create shim task: OCI runtime create failed: runc create failed: unable to start"
            + " container process: exec: \""
            + program
            + "\": executable file not found in $PATH: unknown.\n");
  }

  @Override
  public DockerAnswer run(DockerCall call) {
    List<String> arguments = call.arguments();
    // The probe script is long and the same in every call; a log shows it as SCRIPT.
    calls.add(String.join(" ", arguments).replace(ProbeScript.TEXT, "SCRIPT"));
    return answers.apply(arguments);
  }

  @Override
  public int timeoutSeconds() {
    return 5;
  }

  String calls() {
    return String.join("\n", calls) + (calls.isEmpty() ? "" : "\n");
  }

  /** The program a run starts: /bin/sh for the script, else the program asked about. */
  static String entrypoint(List<String> arguments) {
    return arguments.stream()
        .filter(argument -> argument.startsWith("--entrypoint="))
        .findFirst()
        .map(argument -> argument.substring("--entrypoint=".length()))
        .orElse("");
  }

  /** The programs a script run asks about. */
  static List<String> asked(List<String> arguments) {
    int sh = arguments.indexOf(ProbeScript.TEXT) + 2;
    return arguments.subList(sh, arguments.size());
  }
}
