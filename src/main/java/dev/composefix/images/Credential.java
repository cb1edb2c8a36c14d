package dev.composefix.images;

import java.util.List;

/**
 * An environment variable that holds one of the image's credentials.
 *
 * @param required true when the image refuses to start or initialize without it; false for one with
 *     a built-in default that a production stack must still set
 */
public record Credential(String env, boolean required, List<Source> sources) {
  public Credential {
    sources = List.copyOf(sources);
  }
}
