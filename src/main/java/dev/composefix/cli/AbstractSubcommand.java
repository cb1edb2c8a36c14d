package dev.composefix.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every subcommand has: {@code --help} and {@code --version}, and the streams and usage errors
 * of the command line picocli runs it in. Each subclass's own {@code @Command} adds its name and
 * description.
 */
@Command(mixinStandardHelpOptions = true)
abstract class AbstractSubcommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** A usage error: picocli prints the message and a pointer to {@code --help}, and exits 2. */
  ParameterException usageError(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
