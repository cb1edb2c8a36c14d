package dev.composefix.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.rules.BuiltInRules;
import dev.composefix.support.Cli;
import dev.composefix.support.CorpusCopies;
import dev.composefix.support.CorpusFacts;
import dev.composefix.support.Projects;
import dev.composefix.support.SchemaChecks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema guarantee over the corpus: every file that is valid Compose before {@code --write
 * --unsafe-fixes} with every rule is valid after, checked the way the corpus manifest was (merge
 * keys resolved, no interpolation). A file that was already invalid ends with no violation it did
 * not have. The expected exceptions: the two files the manifest records as invalid, and the two
 * with duplicate keys that the parser refuses ({@link CorpusFacts#REFUSED}, which the manifest's
 * checker let through).
 */
class CorpusSchemaTest {

  /**
   * The manifest's {@code compose_spec_schema} column for the files that fail, as this check words
   * it.
   */
  private static final Map<String, List<String>> KNOWN_INVALID =
      Map.of(
          "POWERFULMOVES__PMOVES.AI/pmoves/docker-compose.jellyfin-ai.yml",
          List.of("services.jellyfin-nvenc.gpus: expected all, got '${JELLYFIN_NVIDIA_GPUS:-all}'"),
          "POWERFULMOVES__PMOVES.AI/pmoves/docker-compose.yml",
          List.of(
              "services.deepresearch.environment: 'OPENROUTER_API_KEY=${OPENROUTER_API_KEY}' is"
                  + " listed twice (first on line N)"));

  @TempDir Path work;

  private static Path corpus() {
    Optional<Path> corpus = Projects.corpus();
    Assumptions.assumeTrue(corpus.isPresent(), Projects.corpusMissingMessage());
    return corpus.get();
  }

  @Test
  void theLiteralCheckAgreesWithTheManifest() throws Exception {
    Path corpus = corpus();
    List<Path> files = CorpusCopies.parsableFiles(corpus);
    Map<String, String> manifest = manifest(corpus);
    List<String> disagreements = new ArrayList<>();
    for (Path file : files) {
      String where = corpus.relativize(file).toString();
      String recorded = manifest.get(where);
      List<String> violations = SchemaChecks.literalViolations(file);
      if (recorded == null) {
        disagreements.add(where + ": not in the manifest");
      } else if (recorded.equals("ok") != violations.isEmpty()) {
        disagreements.add(
            where + ": manifest says " + recorded + ", the check found " + violations);
      } else if (!recorded.equals("ok")) {
        // fail:services/x/gpus:oneOf names the path of the first violation.
        String path =
            recorded.substring("fail:".length(), recorded.lastIndexOf(':')).replace('/', '.');
        if (violations.stream().noneMatch(violation -> violation.startsWith(path + ": "))) {
          disagreements.add(
              where + ": manifest says " + recorded + ", the check found " + violations);
        }
      }
    }
    assertEquals(List.of(), disagreements);
  }

  @Test
  void fixedFilesStayValidCompose() throws Exception {
    Path corpus = corpus();
    List<Path> files = CorpusCopies.parsableFiles(corpus);
    Map<String, List<String>> before = new TreeMap<>();
    Map<String, Path> copies = new LinkedHashMap<>();
    // The whole tree is copied, so that files another file includes are where it says.
    try (java.util.stream.Stream<Path> all = Files.walk(corpus)) {
      for (Path original : all.filter(Files::isRegularFile).toList()) {
        Path copy = work.resolve(corpus.relativize(original).toString());
        Files.createDirectories(copy.getParent());
        // Written anew rather than copied: the corpus is read-only, and a copy would keep that.
        Files.write(copy, Files.readAllBytes(original));
      }
    }
    for (Path original : files) {
      String where = corpus.relativize(original).toString();
      before.put(where, SchemaChecks.literalViolations(original));
      copies.put(where, work.resolve(where));
    }
    Cli.Result run = runEveryRuleWithUnsafeFixes(copies.values());
    assertEquals(
        List.of(), run.err().lines().filter(line -> line.contains("internal error")).toList());

    Map<String, List<String>> invalidBefore = new TreeMap<>();
    List<String> broken = new ArrayList<>();
    int validAfter = 0;
    for (Map.Entry<String, Path> copy : copies.entrySet()) {
      List<String> old = before.get(copy.getKey());
      List<String> now = SchemaChecks.literalViolations(copy.getValue());
      if (!old.isEmpty()) {
        invalidBefore.put(copy.getKey(), old);
      }
      List<String> added = now.stream().filter(violation -> !old.contains(violation)).toList();
      if (!added.isEmpty()) {
        broken.add(copy.getKey() + ": the fixes added " + added);
      }
      if (now.isEmpty()) {
        validAfter++;
      }
    }
    long validBefore = before.values().stream().filter(List::isEmpty).count();
    System.out.printf(
        "compose schema over %d parsable corpus files (%d refused for duplicate keys): %d valid"
            + " before --write --unsafe-fixes with every rule, %d valid after%n",
        files.size(), CorpusFacts.REFUSED.size(), validBefore, validAfter);
    assertEquals(
        new TreeMap<>(KNOWN_INVALID),
        invalidBefore,
        "the files that fail the schema before fixing");
    assertEquals(List.of(), broken);
    assertEquals(validBefore, validAfter, "every file valid before is valid after");
  }

  /** One in-process run over all the copies, as a user would run it. */
  private Cli.Result runEveryRuleWithUnsafeFixes(java.util.Collection<Path> copies)
      throws Exception {
    Path config =
        Files.writeString(
            work.resolve("compose-fix-config.yaml"),
            "unsafe-fixes: true\n",
            StandardCharsets.UTF_8);
    List<String> args =
        new ArrayList<>(
            List.of(
                "--write",
                "--unsafe-fixes",
                "--config",
                config.toString(),
                "--select",
                BuiltInRules.ruleSet().all().stream()
                    .map(rule -> rule.metadata().name())
                    .collect(Collectors.joining(","))));
    copies.forEach(copy -> args.add(work.relativize(copy).toString()));
    Cli.Result result = Cli.run(work, args);
    assertEquals(true, result.exitCode() <= 1, "the run failed:\n" + result.err());
    return result;
  }

  /** {@code local_path} to {@code compose_spec_schema} from MANIFEST.tsv. */
  private static Map<String, String> manifest(Path corpus) throws Exception {
    List<String> lines = Files.readAllLines(corpus.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t"));
    int path = header.indexOf("local_path");
    int schema = header.indexOf("compose_spec_schema");
    Map<String, String> manifest = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] columns = line.split("\t");
      manifest.put(columns[path], columns[schema]);
    }
    return manifest;
  }
}
