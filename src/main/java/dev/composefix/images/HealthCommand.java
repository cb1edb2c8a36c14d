package dev.composefix.images;

import java.util.List;
import java.util.Optional;

/**
 * The command that asks an image's running server whether it is healthy.
 *
 * @param test a Compose test list, {@code CMD} or {@code CMD-SHELL} first; {@code $$} stands for a
 *     {@code $} of the container's shell and {@code {port}} for the effective value of {@code port}
 * @param port the port whose effective value replaces {@code {port}}
 * @param when the settings under which this command is the one to use; empty for always. Its flags'
 *     values stand in for {@code {flag:NAME}} in the test
 * @param unless settings of the service under which the command fails or checks the wrong thing
 */
public record HealthCommand(
    List<String> test,
    Optional<Integer> port,
    Optional<Setting> when,
    List<Setting> unless,
    List<Source> sources)
    implements Sourced {
  public HealthCommand {
    test = List.copyOf(test);
    unless = List.copyOf(unless);
    sources = List.copyOf(sources);
  }

  /** The program the command runs: the first word after {@code CMD}, or of the shell line. */
  public String program() {
    if (test.get(0).equals("CMD")) {
      return test.get(1);
    }
    String line = test.get(1).trim();
    int space = line.indexOf(' ');
    return space < 0 ? line : line.substring(0, space);
  }
}
