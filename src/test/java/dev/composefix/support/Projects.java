package dev.composefix.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Where the tests find the project's own files and the shared corpus. */
public final class Projects {

  private Projects() {}

  /** The project folder: Maven passes it in; a run from an IDE falls back to the working folder. */
  public static Path root() {
    return Path.of(System.getProperty("project.root", "")).toAbsolutePath().normalize();
  }

  /**
   * The third-party Compose corpus, located through the {@code corpus.dir} system property (default
   * {@code ../shared/corpus}); empty when it is not there, as in a user's clone.
   */
  public static Optional<Path> corpus() {
    String configured = System.getProperty("corpus.dir");
    Path dir =
        configured == null || configured.isBlank()
            ? root().resolve("../shared/corpus").normalize()
            : Path.of(configured).toAbsolutePath().normalize();
    return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
  }

  /** Every YAML file of the corpus, in a stable order. */
  public static List<Path> corpusFiles(Path corpus) {
    try (Stream<Path> walk = Files.walk(corpus)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
          .sorted()
          .toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static String corpusMissingMessage() {
    return "corpus not found (set -Dcorpus.dir, default ../shared/corpus): corpus tests skipped";
  }
}
