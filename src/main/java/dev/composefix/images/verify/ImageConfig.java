package dev.composefix.images.verify;

import dev.composefix.text.JsonArrays;
import java.util.List;
import java.util.Optional;

/**
 * What {@code docker image inspect} says of an image, as far as the facts go.
 *
 * @param architecture such as {@code amd64} or {@code arm64}
 * @param healthcheck its declared {@code HEALTHCHECK} test; empty when it declares none, or
 *     declares {@code HEALTHCHECK NONE}, which turns an inherited one off
 */
public record ImageConfig(String architecture, Optional<List<String>> healthcheck) {

  public ImageConfig {
    healthcheck = healthcheck.map(List::copyOf);
  }

  /** Reads the output of {@link DockerCalls#INSPECT_FORMAT}; empty when it is not in that form. */
  static Optional<ImageConfig> parse(String out) {
    String line = out.strip();
    int space = line.indexOf(' ');
    if (space <= 0) {
      return Optional.empty();
    }
    String json = line.substring(space + 1).strip();
    // Go's json writes a config without a healthcheck as null.
    Optional<List<String>> test =
        json.equals("null") ? Optional.of(List.of()) : JsonArrays.parse(json);
    if (test.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ImageConfig(
            line.substring(0, space),
            test.filter(items -> !items.isEmpty() && !items.get(0).equals("NONE"))));
  }
}
