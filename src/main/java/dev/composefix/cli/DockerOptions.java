package dev.composefix.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How the commands that look into images run {@code docker}. */
final class DockerOptions {

  static final int DEFAULT_TIMEOUT_SECONDS = 60;
  static final int MAX_TIMEOUT_SECONDS = 3600;

  @Option(
      names = "--pull",
      description =
          "Pull each image first. Without it nothing is pulled: an image that is not present"
              + " locally is skipped, and no run waits on a registry.")
  boolean pull;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description =
          "Stop any docker command that runs longer, pulls included (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;

  /** The timeout, refused with a usage error when it is out of range. */
  int timeoutSeconds(CommandLine commandLine) {
    if (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
      throw new ParameterException(
          commandLine,
          "--timeout is in seconds and must be between 1 and "
              + MAX_TIMEOUT_SECONDS
              + ", got "
              + timeoutSeconds);
    }
    return timeoutSeconds;
  }
}
