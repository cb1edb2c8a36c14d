package dev.composefix.rules.healthcheck;

import java.util.List;

/**
 * A healthcheck test that the container can run, and where each part of it comes from.
 *
 * @param kind how it probes
 * @param test the Compose test list
 * @param summary what it runs, for messages: {@code pg_isready}, {@code curl -sf
 *     http://localhost:9000/minio/health/live}
 * @param from where its parts come from: the knowledge-base row, the Dockerfile line, the route's
 *     file and line
 */
record Probe(Kind kind, List<String> test, String summary, List<String> from) {

  /** The ladder's steps, best first. */
  enum Kind {
    OWN_COMMAND("the image's own health command"),
    HTTP("an HTTP request to a health endpoint"),
    TCP("a TCP connection to its port");

    final String description;

    Kind(String description) {
      this.description = description;
    }
  }

  Probe {
    test = List.copyOf(test);
    // The same row may back several parts; it is named once.
    from = List.copyOf(new java.util.LinkedHashSet<>(from));
  }
}
