package dev.composefix.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;

/** The entry point: the only place that touches the process's streams and exit status. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // Diffs carry file bytes, so they go out as UTF-8 whatever the platform's default.
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8));
    String term = System.getenv("TERM");
    String noColor = System.getenv("NO_COLOR");
    Terminal terminal = new Terminal(System.console() != null,
        noColor != null && !noColor.isEmpty() || "dumb".equals(term));
    int code = run(args, Path.of("").toAbsolutePath(), terminal, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command with the given streams, as from a pipe; tests call this directly. */
  public static int run(String[] args, Path workingDirectory, PrintWriter out, PrintWriter err) {
    return run(args, workingDirectory, Terminal.NONE, out, err);
  }

  static int run(String[] args, Path workingDirectory, Terminal terminal, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new ComposeFixCommand(workingDirectory, terminal))
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler((e, cmd, parseResult) -> {
          cmd.getErr().println("compose-fix: internal error: " + e + "; nothing was written, please report this");
          return ExitCodes.ERROR;
        });
    commandLine.setParameterExceptionHandler((e, arguments) -> {
      CommandLine cmd = e.getCommandLine();
      cmd.getErr().println("compose-fix: " + e.getMessage());
      cmd.getErr().println("Run 'compose-fix --help' for usage.");
      return ExitCodes.ERROR;
    });
    return commandLine.execute(args);
  }
}
