package dev.composefix.images;

import java.util.List;
import java.util.Optional;

/**
 * Whether the image declares a {@code HEALTHCHECK} in its Dockerfile.
 *
 * @param test the declared check as a Compose test list, when it declares one and the source gives
 *     it
 */
public record DeclaredHealthcheck(boolean declared, Optional<List<String>> test) {
  public DeclaredHealthcheck {
    test = test.isPresent() ? Optional.of(List.copyOf(test.get())) : test;
  }
}
