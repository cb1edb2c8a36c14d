package dev.composefix.support;

import dev.composefix.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/** Runs the command in-process with captured output, as the tests see it. */
public final class Cli {

  /** What one run gave. */
  public record Result(int exitCode, String out, String err) {}

  private Cli() {}

  public static Result run(Path workingDirectory, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try (PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err)) {
      int code = Main.run(args, workingDirectory, outWriter, errWriter);
      outWriter.flush();
      errWriter.flush();
      return new Result(code, out.toString(), err.toString());
    }
  }

  public static Result run(Path workingDirectory, List<String> args) {
    return run(workingDirectory, args.toArray(String[]::new));
  }
}
