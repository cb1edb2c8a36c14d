package dev.composefix.images.verify;

import java.util.List;
import java.util.Optional;

/**
 * One {@code docker} command.
 *
 * @param arguments what follows {@code docker}
 * @param container the name given to the container it starts, which is removed when the call is
 *     stopped: killing the client alone leaves the container running
 */
public record DockerCall(List<String> arguments, Optional<String> container) {

  public DockerCall {
    arguments = List.copyOf(arguments);
  }

  /** {@code docker run}, {@code docker image inspect}: the command's words, for messages. */
  public String command() {
    String first = arguments.get(0);
    return "docker " + (first.equals("image") ? first + " " + arguments.get(1) : first);
  }
}
