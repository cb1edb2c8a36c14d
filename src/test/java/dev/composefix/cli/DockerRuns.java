package dev.composefix.cli;

import dev.composefix.support.Cli;
import dev.composefix.support.DockerStub;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the command in-process with a docker of the test's choosing. */
final class DockerRuns {

  private DockerRuns() {}

  /** Runs with {@code COMPOSE_FIX_DOCKER} naming the stub. */
  static Cli.Result run(Path workingDirectory, DockerStub docker, String... args) {
    return run(
        workingDirectory, Map.of(DockerExecutable.VARIABLE, docker.executable().toString()), args);
  }

  static Cli.Result run(Path workingDirectory, Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try (PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err)) {
      int code = Main.run(args, workingDirectory, Terminal.NONE, environment, outWriter, errWriter);
      outWriter.flush();
      errWriter.flush();
      return new Cli.Result(code, out.toString(), err.toString());
    }
  }
}
