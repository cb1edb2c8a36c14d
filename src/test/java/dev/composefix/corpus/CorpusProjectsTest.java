package dev.composefix.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.Cli;
import dev.composefix.support.CorpusFacts;
import dev.composefix.support.Projects;
import dev.composefix.support.TempFolders;
import dev.composefix.support.UnifiedPatch;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.YComment;
import dev.composefix.yaml.YamlParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus run as projects, by searching its folders as a user would: overrides merged, includes
 * followed, extends read. Over every file: the only errors are the two files Compose refuses too,
 * the dry-run diff gives what {@code --write --unsafe-fixes} writes, every written file parses and
 * keeps its comments in order, and a second run changes nothing.
 */
class CorpusProjectsTest {

  @TempDir Path work;

  @Test
  void theCorpusAsProjectsKeepsEveryPromise() throws Exception {
    Optional<Path> corpus = Projects.corpus();
    Assumptions.assumeTrue(corpus.isPresent(), Projects.corpusMissingMessage());
    try (Stream<Path> all = Files.walk(corpus.get())) {
      for (Path original : all.filter(Files::isRegularFile).toList()) {
        Path copy = work.resolve(corpus.get().relativize(original).toString());
        Files.createDirectories(copy.getParent());
        // Written anew rather than copied: the corpus is read-only, and a copy would keep that.
        Files.write(copy, Files.readAllBytes(original));
      }
    }
    Map<String, String> before = TempFolders.contents(work);
    Cli.Result dryRun = Cli.run(work, "--dry-run", "--unsafe-fixes", "--show-secrets");
    assertEquals(CorpusFacts.REFUSED.keySet().stream().sorted().toList(), errors(dryRun));
    Cli.Result write = Cli.run(work, "--write", "--unsafe-fixes");
    assertEquals(CorpusFacts.REFUSED.keySet().stream().sorted().toList(), errors(write));
    Map<String, String> after = TempFolders.contents(work);
    List<String> broken = new ArrayList<>();
    int changed = 0;
    for (Map.Entry<String, String> file : after.entrySet()) {
      String name = file.getKey();
      if (file.getValue().equals(before.get(name))) {
        continue;
      }
      changed++;
      if (!file.getValue()
          .equals(UnifiedPatch.apply(before.get(name), UnifiedPatch.partFor(dryRun.out(), name)))) {
        broken.add(name + ": the dry-run diff does not give the written file");
      }
      if (!comments(before.get(name)).equals(comments(file.getValue()))) {
        broken.add(name + ": a comment was lost or moved");
      }
    }
    assertEquals(List.of(), broken);
    Cli.Result again = Cli.run(work, "--write", "--unsafe-fixes");
    assertEquals(after, TempFolders.contents(work), "a second run changes nothing");
    System.out.printf(
        "corpus as projects: %d files changed by --write --unsafe-fixes, none by a second run%n",
        changed);
    assertEquals(true, changed > 50, "the run fixed files");
    assertEquals(CorpusFacts.REFUSED.keySet().stream().sorted().toList(), errors(again));
  }

  /**
   * The files that could not be processed, by their error lines: a path, a position and a message
   * that is not a finding's rule name.
   */
  private static List<String> errors(Cli.Result result) {
    List<String> errors = new ArrayList<>();
    for (String line : result.err().lines().toList()) {
      for (String refused : CorpusFacts.REFUSED.keySet()) {
        if (line.startsWith(refused + ":") && line.contains("duplicate key")) {
          errors.add(refused);
        }
      }
      if (line.contains("internal error") || line.contains(": include")) {
        errors.add(line);
      }
    }
    return errors.stream().sorted().toList();
  }

  private static List<String> comments(String text) throws Exception {
    return new YamlParser(dev.composefix.yaml.ParserLimits.DEFAULTS)
        .parse(SourceText.decode(text.getBytes(StandardCharsets.UTF_8))).comments().stream()
            .map(YComment::text)
            .toList();
  }
}
