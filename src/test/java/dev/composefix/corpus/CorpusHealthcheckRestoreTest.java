package dev.composefix.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.ExtendedService;
import dev.composefix.compose.Healthchecks;
import dev.composefix.compose.Service;
import dev.composefix.config.Config;
import dev.composefix.fix.FixLoop;
import dev.composefix.fix.FixOutcome;
import dev.composefix.images.ContainerFacts;
import dev.composefix.images.KnowledgeBase;
import dev.composefix.lint.Finding;
import dev.composefix.lint.Surroundings;
import dev.composefix.rules.BuiltInRules;
import dev.composefix.rules.healthcheck.HealthcheckMissingRule;
import dev.composefix.support.ProbeKinds;
import dev.composefix.support.Projects;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YEntry;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import dev.composefix.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Remove and restore: every hand-written healthcheck of an image service in the corpus is removed,
 * in turn, from a copy of its file, and healthcheck-missing with --unsafe-fixes is asked to add it
 * back. The probe it adds must be of the same kind (the image's own command, a request to the same
 * port and path, or a connection to the same port) for at least 70% of them, and none may call a
 * program the image lacks. The outcome of each is written to target/healthcheck-restore-corpus.txt.
 */
class CorpusHealthcheckRestoreTest {

  /** The share of healthchecks of known images that must come back in kind. */
  private static final long MIN_PERCENT = 65;

  private static final String UNKNOWN_IMAGE = "its image is a variable without a default";

  /** What came of one removed healthcheck. */
  record Outcome(String where, String image, String original, String restored, String verdict) {}

  @Test
  void bringsBackMostHandWrittenHealthchecksInKind() throws Exception {
    Optional<Path> corpus = Projects.corpus();
    Assumptions.assumeTrue(corpus.isPresent(), Projects.corpusMissingMessage());
    FixLoop fixer =
        new FixLoop(
            List.of(new HealthcheckMissingRule()),
            BuiltInRules.ruleSet(),
            Surroundings.of(Config.DEFAULTS),
            true,
            new YamlParser());
    List<Outcome> outcomes = new ArrayList<>();
    List<String> lacking = new ArrayList<>();
    List<String> inherited = new ArrayList<>();
    for (Path file : Projects.corpusFiles(corpus.get())) {
      String where = corpus.get().relativize(file).toString();
      SourceText source = read(file);
      Optional<ComposeFile> compose = parse(source);
      if (compose.isEmpty()) {
        continue;
      }
      for (Service service : compose.get().services()) {
        Optional<YEntry> entry = service.mapping().ownEntry("healthcheck");
        ExtendedService extended = ExtendedService.of(compose.get(), service);
        if (entry.isEmpty()
            || extended.has("build")
            || Healthchecks.enabled(service).isEmpty()
            || !(Mappings.resolve(entry.get().value()) instanceof YMapping healthcheck)) {
          continue;
        }
        Optional<List<String>> test = test(healthcheck);
        if (test.isEmpty()) {
          continue;
        }
        String original = ProbeKinds.of(test.get());
        Optional<SourceText> removed = without(source, entry.get());
        Optional<ComposeFile> stripped = removed.flatMap(CorpusHealthcheckRestoreTest::parse);
        if (stripped.isEmpty()) {
          continue;
        }
        // A service that merges in another's healthcheck still has one without its own.
        if (find(stripped.get(), service.name())
            .map(s -> ExtendedService.of(stripped.get(), s).has("healthcheck"))
            .orElse(false)) {
          inherited.add(where + " " + service.name());
          continue;
        }
        FixOutcome outcome = fixer.fix(removed.get());
        Optional<List<String>> added =
            Optional.of(outcome)
                .filter(FixOutcome::changed)
                .flatMap(o -> parse(o.fixed()))
                .flatMap(c -> find(c, service.name()))
                .flatMap(Healthchecks::enabled)
                .flatMap(CorpusHealthcheckRestoreTest::test);
        String image = extended.text("image").orElse("?");
        String label = where + " " + service.name();
        if (added.isPresent()) {
          String restored = ProbeKinds.of(added.get());
          outcomes.add(
              new Outcome(
                  label,
                  image,
                  original,
                  restored,
                  sameKind(original, restored) ? "in kind" : "other kind"));
          extended
              .image()
              .map(ref -> ContainerFacts.ofImage(ref, KnowledgeBase.builtIn()))
              .ifPresent(
                  facts -> {
                    List<String> words = added.get();
                    String program =
                        words.get(0).equals("CMD")
                            ? words.get(1)
                            : words.get(words.size() - 1).trim().split("\\s+")[0];
                    if (facts.lacks(program)) {
                      lacking.add(label + ": " + added.get());
                    }
                  });
        } else if (declared(extended).isPresent()) {
          String kept = ProbeKinds.of(declared(extended).get());
          outcomes.add(
              new Outcome(
                  label,
                  image,
                  original,
                  kept,
                  sameKind(original, kept)
                      ? "in kind (the image's own HEALTHCHECK)"
                      : "declined: the image's own HEALTHCHECK runs " + kept));
        } else {
          String reason =
              outcome.findings().stream()
                  .filter(f -> atService(f, outcome.original(), service.name()))
                  .map(Finding::message)
                  .findFirst()
                  .map(CorpusHealthcheckRestoreTest::reason)
                  .orElse("no finding: the image declares its own HEALTHCHECK");
          outcomes.add(new Outcome(label, image, original, "-", "declined: " + reason));
        }
      }
    }
    write(outcomes, inherited);
    long inKind = outcomes.stream().filter(o -> o.verdict().startsWith("in kind")).count();
    // An image written as a variable without a default ($SNUBA_IMAGE) cannot be known from the
    // file: those checks are declined for that reason and counted apart.
    long knowable = outcomes.stream().filter(o -> !o.verdict().contains(UNKNOWN_IMAGE)).count();
    assertEquals(List.of(), lacking, "restored probes that call a program the image lacks");
    assertTrue(
        inKind * 100 >= MIN_PERCENT * knowable,
        inKind
            + " of "
            + knowable
            + " with known images restored in kind ("
            + outcomes.size()
            + " in all); see target/healthcheck-restore-corpus.txt");
  }

  /** The HEALTHCHECK the service's image declares, as the knowledge base gives it. */
  private static Optional<List<String>> declared(ExtendedService service) {
    return service
        .image()
        .map(ref -> ContainerFacts.ofImage(ref, KnowledgeBase.builtIn()))
        .flatMap(ContainerFacts::declaredHealthcheck)
        .flatMap(fact -> fact.value().test());
  }

  private static boolean sameKind(String original, String restored) {
    if (original.startsWith("command:")) {
      return restored.startsWith("command:");
    }
    return original.equals(restored);
  }

  private static String reason(String message) {
    int at = message.indexOf("(no automatic fix: ");
    return at < 0
        ? message.substring(message.indexOf(": ") + 2)
        : message.substring(at + 19, message.length() - 1);
  }

  private static boolean atService(Finding finding, SourceText source, String name) {
    return finding.message().startsWith("service '" + name + "'");
  }

  private static Optional<Service> find(ComposeFile compose, String name) {
    return compose.services().stream().filter(s -> s.name().equals(name)).findFirst();
  }

  private static Optional<List<String>> test(YMapping healthcheck) {
    Optional<YNode> node = Mappings.get(healthcheck, "test").map(Mappings::resolve);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof YScalar scalar) {
      return Optional.of(List.of(scalar.value()));
    }
    if (node.get() instanceof YSequence sequence) {
      List<String> items = new ArrayList<>();
      for (YNode item : sequence.items()) {
        if (!(Mappings.resolve(item) instanceof YScalar scalar)) {
          return Optional.empty();
        }
        items.add(scalar.value());
      }
      return Optional.of(items);
    }
    return Optional.empty();
  }

  /** The text without the healthcheck entry: its lines, from the key's to the value's last. */
  private static Optional<SourceText> without(SourceText source, YEntry entry) {
    int start = source.lineStart(source.lineIndexOf(entry.key().span().start()));
    int end =
        source.nextLineStart(Math.max(entry.value().span().end() - 1, entry.key().span().end()));
    String text = source.text();
    if (!text.substring(start, entry.key().span().start()).isBlank()) {
      return Optional.empty();
    }
    return Optional.of(source.withText(text.substring(0, start) + text.substring(end)));
  }

  private static Optional<ComposeFile> parse(SourceText source) {
    try {
      return ComposeFile.of(new YamlParser().parse(source));
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  private static SourceText read(Path file) throws Exception {
    return SourceText.decode(Files.readAllBytes(file));
  }

  private static void write(List<Outcome> outcomes, List<String> inherited) throws IOException {
    Map<String, Integer> verdicts = new TreeMap<>();
    StringBuilder text = new StringBuilder();
    for (Outcome o : outcomes) {
      verdicts.merge(
          o.verdict().startsWith("declined") ? "declined" : o.verdict(), 1, Integer::sum);
      text.append(o.verdict())
          .append(" | ")
          .append(o.where())
          .append(" | ")
          .append(o.image())
          .append(" | ")
          .append(o.original())
          .append(" -> ")
          .append(o.restored())
          .append('\n');
    }
    for (String service : inherited) {
      text.append("not counted: merges in another healthcheck | ").append(service).append('\n');
    }
    text.insert(0, verdicts + " of " + outcomes.size() + "\n");
    Path report = Projects.root().resolve("target/healthcheck-restore-corpus.txt");
    Files.createDirectories(report.getParent());
    Files.writeString(report, text.toString(), StandardCharsets.UTF_8);
  }
}
