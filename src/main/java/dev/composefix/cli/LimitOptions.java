package dev.composefix.cli;

import dev.composefix.yaml.ParserLimits;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The limits a run reads files within, raisable from the command line by every command. */
final class LimitOptions {

  @Option(
      names = "--max-file-size",
      paramLabel = "MB",
      description = "Largest file to read, in MiB (default: ${DEFAULT-VALUE}, at most 256).")
  int maxFileSizeMb = ParserLimits.DEFAULT_MAX_CODE_POINTS / (1024 * 1024);

  @Option(
      names = "--max-depth",
      paramLabel = "N",
      description = "Deepest nesting accepted (default: ${DEFAULT-VALUE}, at most 1000).")
  int maxDepth = ParserLimits.DEFAULT_MAX_DEPTH;

  @Option(
      names = "--max-expanded-nodes",
      paramLabel = "N",
      description = "Most nodes a file may expand to through aliases (default: ${DEFAULT-VALUE}).")
  int maxExpandedNodes = ParserLimits.DEFAULT_MAX_EXPANDED_NODES;

  @Option(
      names = "--max-comment-lines",
      paramLabel = "N",
      description =
          "Most comment or blank lines in a row (default: ${DEFAULT-VALUE}, at most 2000).")
  int maxCommentLines = ParserLimits.DEFAULT_MAX_COMMENT_LINES;

  /** The limits, refused with a usage error when one is out of its range. */
  ParserLimits limits(CommandLine commandLine) {
    int lowest = ParserLimits.DEFAULT_MAX_CODE_POINTS / (1024 * 1024);
    int highest = ParserLimits.CEILING_MAX_CODE_POINTS / (1024 * 1024);
    if (maxFileSizeMb < lowest || maxFileSizeMb > highest) {
      throw new ParameterException(
          commandLine,
          "--max-file-size is in MB and must be between "
              + lowest
              + " and "
              + highest
              + ", got "
              + maxFileSizeMb);
    }
    try {
      return new ParserLimits(
          maxFileSizeMb * 1024 * 1024, maxDepth, maxExpandedNodes, maxCommentLines);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(commandLine, e.getMessage(), e);
    }
  }
}
