package dev.composefix.support;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.ExtendedService;
import dev.composefix.compose.Healthchecks;
import dev.composefix.compose.Service;
import dev.composefix.fix.FixLoop;
import dev.composefix.fix.FixOutcome;
import dev.composefix.images.ContainerFacts;
import dev.composefix.lint.Finding;
import dev.composefix.lint.Surroundings;
import dev.composefix.rules.BuiltInRules;
import dev.composefix.rules.healthcheck.HealthcheckMissingRule;
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
import java.util.function.Predicate;

/**
 * Remove and restore: each hand-written healthcheck of a file is removed in turn, in memory, and
 * healthcheck-missing with --unsafe-fixes is asked to add it back; the probe it adds is compared
 * with the removed one by kind ({@link ProbeKinds}), and checked to call only programs the
 * service's container has.
 */
public final class HealthcheckRestore {

  /** What came of one removed healthcheck. */
  public record Outcome(
      String where, String image, String original, String restored, String verdict) {

    public boolean inKind() {
      return verdict.startsWith("in kind");
    }
  }

  /**
   * Everything a run found: the outcomes, probes calling a missing program, checks not removable.
   */
  public record Results(List<Outcome> outcomes, List<String> lacking, List<String> inherited) {}

  private final Surroundings surroundings;
  private final FixLoop fixer;
  private final List<Outcome> outcomes = new ArrayList<>();
  private final List<String> lacking = new ArrayList<>();
  private final List<String> inherited = new ArrayList<>();

  /**
   * @param surroundings what the files are judged against: the build contexts of their folder too
   */
  public HealthcheckRestore(Surroundings surroundings) {
    this.surroundings = surroundings;
    this.fixer =
        new FixLoop(
            List.of(new HealthcheckMissingRule()),
            BuiltInRules.ruleSet(),
            surroundings,
            true,
            new YamlParser());
  }

  public Results results() {
    return new Results(List.copyOf(outcomes), List.copyOf(lacking), List.copyOf(inherited));
  }

  /** Removes and restores each healthcheck of the services the filter takes. */
  public void run(String where, SourceText source, Predicate<ExtendedService> services)
      throws Exception {
    Optional<ComposeFile> compose = parse(source);
    if (compose.isEmpty()) {
      return;
    }
    for (Service service : compose.get().services()) {
      Optional<YEntry> entry = service.mapping().ownEntry("healthcheck");
      ExtendedService extended = ExtendedService.of(compose.get(), service);
      if (entry.isEmpty()
          || !services.test(extended)
          || Healthchecks.enabled(service).isEmpty()
          || !(Mappings.resolve(entry.get().value()) instanceof YMapping healthcheck)) {
        continue;
      }
      Optional<List<String>> test = test(healthcheck);
      if (test.isPresent()) {
        restore(where + " " + service.name(), source, entry.get(), service, extended, test.get());
      }
    }
  }

  private void restore(
      String label,
      SourceText source,
      YEntry entry,
      Service service,
      ExtendedService extended,
      List<String> test)
      throws Exception {
    String original = ProbeKinds.of(test);
    Optional<SourceText> removed = without(source, entry);
    Optional<ComposeFile> stripped = removed.flatMap(HealthcheckRestore::parse);
    if (stripped.isEmpty()) {
      return;
    }
    // A service that merges in another's healthcheck still has one without its own.
    if (find(stripped.get(), service.name())
        .map(s -> ExtendedService.of(stripped.get(), s).has("healthcheck"))
        .orElse(false)) {
      inherited.add(label);
      return;
    }
    FixOutcome outcome = fixer.fix(removed.get());
    Optional<List<String>> added =
        Optional.of(outcome)
            .filter(FixOutcome::changed)
            .flatMap(o -> parse(o.fixed()))
            .flatMap(c -> find(c, service.name()))
            .flatMap(Healthchecks::enabled)
            .flatMap(HealthcheckRestore::test);
    String image = extended.text("image").orElse(extended.has("build") ? "(build)" : "?");
    Optional<ContainerFacts> facts =
        ContainerFacts.forService(
            stripped.get(),
            ExtendedService.of(stripped.get(), find(stripped.get(), service.name()).orElseThrow()),
            surroundings.images(),
            surroundings.builds());
    if (added.isPresent()) {
      String restored = ProbeKinds.of(added.get());
      outcomes.add(
          new Outcome(
              label,
              image,
              original,
              restored,
              sameKind(original, restored) ? "in kind" : "other kind"));
      String program = program(added.get());
      // An image that is not known is known to have a program when another service of the stack
      // runs that program in a healthcheck on the same image.
      if (facts
          .map(f -> f.lacks(program))
          .orElseGet(() -> !stackRuns(stripped.get(), service.name(), image, program))) {
        lacking.add(label + ": " + added.get());
      }
      return;
    }
    Optional<List<String>> declared =
        facts.flatMap(ContainerFacts::declaredHealthcheck).flatMap(fact -> fact.value().test());
    if (declared.isPresent()) {
      String kept = ProbeKinds.of(declared.get());
      outcomes.add(
          new Outcome(
              label,
              image,
              original,
              kept,
              sameKind(original, kept)
                  ? "in kind (the image's own HEALTHCHECK)"
                  : "declined: the image's own HEALTHCHECK runs " + kept));
      return;
    }
    String reason =
        outcome.findings().stream()
            .map(Finding::message)
            .filter(message -> message.startsWith("service '" + service.name() + "'"))
            .findFirst()
            .map(HealthcheckRestore::reason)
            .orElse("no finding: the image declares its own HEALTHCHECK");
    outcomes.add(new Outcome(label, image, original, "-", "declined: " + reason));
  }

  /**
   * Whether another service of the file, written with the same image text, runs the program in a
   * healthcheck that is on.
   */
  private static boolean stackRuns(
      ComposeFile compose, String except, String image, String program) {
    for (Service other : compose.services()) {
      ExtendedService extended = ExtendedService.of(compose, other);
      if (!other.name().equals(except)
          && extended.text("image").filter(image::equals).isPresent()
          && Healthchecks.enabled(other)
              .flatMap(HealthcheckRestore::test)
              .filter(test -> program(test).equals(program))
              .isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The first program a test runs: after CMD, or the first word of its shell line. */
  private static String program(List<String> test) {
    if (test.get(0).equals("CMD")) {
      return test.get(1);
    }
    return test.get(test.size() - 1).trim().split("\\s+")[0];
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

  /** Writes the outcomes, one a line, under a count of verdicts, to a report file. */
  public static void write(Path report, Results results) throws IOException {
    Map<String, Integer> verdicts = new TreeMap<>();
    StringBuilder text = new StringBuilder();
    for (Outcome o : results.outcomes()) {
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
    for (String service : results.inherited()) {
      text.append("not counted: merges in another healthcheck | ").append(service).append('\n');
    }
    text.insert(0, verdicts + " of " + results.outcomes().size() + "\n");
    Files.createDirectories(report.getParent());
    Files.writeString(report, text.toString(), StandardCharsets.UTF_8);
  }
}
