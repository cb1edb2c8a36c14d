package dev.composefix.cli;

import dev.composefix.yaml.ParserLimits;
import picocli.CommandLine.Model.CommandSpec;

/** The limits a run reads files within, raisable from the command line by every command. */
final class LimitOptions {

  private LimitOptions() {}

  /**
   * The limits the command line of {@code command} asks for.
   *
   * @throws UsageException when one is out of its range
   */
  static ParserLimits limits(CommandSpec command) {
    return limits(RunArguments.of(command.commandLine().getParseResult()));
  }

  /**
   * The limits the arguments ask for.
   *
   * @throws UsageException when one is out of its range
   */
  static ParserLimits limits(RunArguments arguments) {
    int maxFileSizeMb = arguments.intValue(MainOption.MAX_FILE_SIZE);
    int lowest = ParserLimits.DEFAULT_MAX_CODE_POINTS / (1024 * 1024);
    int highest = ParserLimits.CEILING_MAX_CODE_POINTS / (1024 * 1024);
    if (maxFileSizeMb < lowest || maxFileSizeMb > highest) {
      throw new UsageException(
          "--max-file-size is in MB and must be between "
              + lowest
              + " and "
              + highest
              + ", got "
              + maxFileSizeMb);
    }
    try {
      return new ParserLimits(
          maxFileSizeMb * 1024 * 1024,
          arguments.intValue(MainOption.MAX_DEPTH),
          arguments.intValue(MainOption.MAX_EXPANDED_NODES),
          arguments.intValue(MainOption.MAX_COMMENT_LINES));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
