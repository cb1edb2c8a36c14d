package dev.composefix.rules.healthcheck;

import dev.composefix.yaml.NewValue;
import java.util.List;
import java.util.Optional;

/**
 * A healthcheck test that the container can run, and where each part of it comes from.
 *
 * @param kind how it probes
 * @param test the Compose test list
 * @param summary what it runs, for messages: {@code pg_isready}, {@code curl -sf
 *     http://localhost:9000/minio/health/live}
 * @param from where its parts come from: the knowledge-base row, the Dockerfile line, the route's
 *     file and line; for a sibling's check, which service it is and why it fits
 * @param reference the healthcheck to write as a reference to the stack's own anchor ({@code <<:
 *     *x} or {@code *x}), as the sibling writes it; empty to write the test with the stack's
 *     timings
 */
record Probe(
    Kind kind, List<String> test, String summary, List<String> from, Optional<NewValue> reference) {

  /** The ladder's steps, best first. */
  enum Kind {
    OWN_COMMAND("the image's own health command"),
    HTTP("an HTTP request to a health endpoint"),
    TCP("a TCP connection to its port"),
    SIBLING("the healthcheck of a service of the stack that runs the same image");

    final String description;

    Kind(String description) {
      this.description = description;
    }
  }

  Probe(Kind kind, List<String> test, String summary, List<String> from) {
    this(kind, test, summary, from, Optional.empty());
  }

  Probe {
    test = List.copyOf(test);
    // The same row may back several parts; it is named once.
    from = List.copyOf(new java.util.LinkedHashSet<>(from));
  }
}
