package dev.composefix.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** The entry point: the only place that touches the process's streams and exit status. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // Diffs carry file bytes, so they go out as UTF-8 whatever the platform's default.
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8));
    Terminal terminal = Terminal.of(System.getenv());
    int code = run(args, Path.of("").toAbsolutePath(), terminal, System.getenv(), out, err);
    out.flush();
    if (out.checkError()) {
      // A diff or a report that did not reach its reader is a failed run (> /dev/full, a full
      // disk).
      err.println(
          "compose-fix: cannot write to standard output (is the disk full, or the pipe closed?);"
              + " the output is incomplete");
      code = ExitCodes.ERROR;
    }
    err.flush();
    System.exit(code);
  }

  /**
   * Whether the run needs the subcommands: a subcommand is named, or help is asked for. Building
   * their picocli models costs start-up time that checking a file should not pay.
   */
  static boolean needsSubcommands(String[] args) {
    for (String arg : args) {
      if (Subcommand.isNamed(arg)
          || arg.equals("-h")
          || arg.equals("--help")
          || arg.equals("help")) {
        return true;
      }
      if (arg.equals("--")) {
        return false;
      }
    }
    return false;
  }

  /** Runs the command with the given streams, as from a pipe; tests call this directly. */
  public static int run(String[] args, Path workingDirectory, PrintWriter out, PrintWriter err) {
    return run(args, workingDirectory, Terminal.NONE, out, err);
  }

  static int run(
      String[] args, Path workingDirectory, Terminal terminal, PrintWriter out, PrintWriter err) {
    return run(args, workingDirectory, terminal, System.getenv(), out, err);
  }

  /**
   * Runs the command in this environment, which says where {@code docker} is for the commands that
   * run it; tests give their own. The common command lines are read without picocli.
   */
  static int run(
      String[] args,
      Path workingDirectory,
      Terminal terminal,
      Map<String, String> environment,
      PrintWriter out,
      PrintWriter err) {
    ComposeFixCommand command = new ComposeFixCommand(workingDirectory, terminal, environment);
    RunArguments arguments = FastArguments.parse(args);
    if (arguments == null) {
      return runWithPicocli(args, command, out, err);
    }
    try {
      return command.run(arguments, out, err);
    } catch (UsageException e) {
      return usageError(err, e.getMessage());
    } catch (RuntimeException e) {
      return internalError(err, e);
    }
  }

  /** Runs the command with picocli reading the command line, as every uncommon one is. */
  static int runWithPicocli(
      String[] args, ComposeFixCommand command, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(MainCommandSpec.of(command));
    if (needsSubcommands(args)) {
      for (Subcommand subcommand : Subcommand.values()) {
        commandLine.addSubcommand(subcommand.commandName(), subcommand.build(command));
      }
    }
    commandLine
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler(
            (e, cmd, parseResult) ->
                e instanceof UsageException
                    ? usageError(cmd.getErr(), e.getMessage())
                    : internalError(cmd.getErr(), e));
    commandLine.setParameterExceptionHandler(
        (e, arguments) ->
            usageError(e.getCommandLine().getErr(), plainMessage(e.getMessage(), arguments)));
    return commandLine.execute(args);
  }

  private static int usageError(PrintWriter err, String message) {
    err.println("compose-fix: " + message);
    err.println("Run 'compose-fix --help' for usage.");
    return ExitCodes.ERROR;
  }

  private static int internalError(PrintWriter err, Exception e) {
    err.println("compose-fix: internal error: " + e + "; nothing was written, please report this");
    return ExitCodes.ERROR;
  }

  /** picocli's message in plain words where it speaks of its own model. */
  static String plainMessage(String message, String[] arguments) {
    if (message != null
        && (message.contains("[--dry-run | --write | --check]")
            || message.contains("are mutually exclusive"))) {
      java.util.LinkedHashSet<String> modes = new java.util.LinkedHashSet<>();
      for (String argument : arguments) {
        if (argument.equals("--dry-run")
            || argument.equals("--write")
            || argument.equals("--check")) {
          modes.add(argument);
        }
      }
      return modes.size() == 1
          ? modes.iterator().next() + " is given more than once; give it once"
          : "give one mode: --dry-run, --write or --check, not " + String.join(" and ", modes);
    }
    return message;
  }
}
