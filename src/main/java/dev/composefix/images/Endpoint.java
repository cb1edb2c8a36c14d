package dev.composefix.images;

import java.util.List;
import java.util.Optional;

/**
 * An HTTP path that answers 2xx while the server is healthy.
 *
 * @param scheme {@code https} when the port serves TLS; empty for plain HTTP
 * @param when served only with one of these settings ({@code traefik --ping}); empty when always
 */
public record Endpoint(
    int port, String path, Optional<String> scheme, Optional<Setting> when, List<Source> sources)
    implements Sourced {
  public Endpoint {
    sources = List.copyOf(sources);
  }
}
