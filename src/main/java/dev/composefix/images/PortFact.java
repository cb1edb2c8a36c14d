package dev.composefix.images;

import java.util.List;
import java.util.Optional;

/**
 * A port an image's server listens on by default.
 *
 * @param protocol what it speaks: {@code http}, {@code postgres}, {@code mqtt}, ...
 * @param name what the port is for, when the image has several
 * @param movedBy the command flags and environment variables that change it
 */
public record PortFact(
    int port, String protocol, Optional<String> name, Setting movedBy, List<Source> sources)
    implements Sourced {
  public PortFact {
    sources = List.copyOf(sources);
  }

  public boolean speaksHttp() {
    return protocol.equals("http") || protocol.equals("https");
  }
}
