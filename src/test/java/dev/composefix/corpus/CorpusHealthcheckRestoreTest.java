package dev.composefix.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.config.Config;
import dev.composefix.lint.Surroundings;
import dev.composefix.support.HealthcheckRestore;
import dev.composefix.support.Projects;
import dev.composefix.text.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Remove and restore over the corpus: every hand-written healthcheck of an image service is
 * removed, in turn, from its file, and healthcheck-missing with --unsafe-fixes is asked to add it
 * back. The probe it adds must be of the same kind (the image's own command, a request to the same
 * port and path, or a connection to the same port) for most of them, and none may call a program
 * the image lacks. The outcome of each is written to target/healthcheck-restore-corpus.txt.
 */
class CorpusHealthcheckRestoreTest {

  /** The share of all the hand-written healthchecks that must come back in kind (issue 15). */
  private static final long MIN_PERCENT = 70;

  @Test
  void bringsBackMostHandWrittenHealthchecksInKind() throws Exception {
    Optional<Path> corpus = Projects.corpus();
    Assumptions.assumeTrue(corpus.isPresent(), Projects.corpusMissingMessage());
    HealthcheckRestore restore = new HealthcheckRestore(Surroundings.of(Config.DEFAULTS));
    for (Path file : Projects.corpusFiles(corpus.get())) {
      restore.run(
          corpus.get().relativize(file).toString(),
          SourceText.decode(Files.readAllBytes(file)),
          service -> !service.has("build"));
    }
    HealthcheckRestore.Results results = restore.results();
    HealthcheckRestore.write(
        Projects.root().resolve("target/healthcheck-restore-corpus.txt"), results);
    List<HealthcheckRestore.Outcome> outcomes = results.outcomes();
    long inKind = outcomes.stream().filter(HealthcheckRestore.Outcome::inKind).count();
    assertEquals(
        List.of(), results.lacking(), "restored probes that call a program the image lacks");
    assertTrue(
        inKind * 100 >= MIN_PERCENT * outcomes.size(),
        inKind
            + " of "
            + outcomes.size()
            + " restored in kind; see target/healthcheck-restore-corpus.txt");
  }
}
