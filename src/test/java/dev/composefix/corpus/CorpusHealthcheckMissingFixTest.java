package dev.composefix.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import dev.composefix.config.Config;
import dev.composefix.fix.FixLoop;
import dev.composefix.fix.FixOutcome;
import dev.composefix.lint.Surroundings;
import dev.composefix.rules.BuiltInRules;
import dev.composefix.rules.healthcheck.HealthcheckMissingRule;
import dev.composefix.support.CorpusCopies;
import dev.composefix.support.Projects;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.YComment;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YamlData;
import dev.composefix.yaml.YamlParser;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * healthcheck-missing with --unsafe-fixes over a copy of every corpus file adds healthchecks and
 * nothing else.
 */
class CorpusHealthcheckMissingFixTest {

  private static final YamlData.Scalar SERVICES = YamlData.Scalar.string("services");
  private static final YamlData.Scalar HEALTHCHECK = YamlData.Scalar.string("healthcheck");

  @TempDir Path work;

  @Test
  void addsOnlyHealthchecksToServicesAndKeepsEverythingElse() throws Exception {
    Optional<Path> corpus = Projects.corpus();
    Assumptions.assumeTrue(corpus.isPresent(), Projects.corpusMissingMessage());
    FixLoop fixer =
        new FixLoop(
            List.of(new HealthcheckMissingRule()),
            BuiltInRules.ruleSet(),
            Surroundings.of(Config.DEFAULTS),
            true,
            new YamlParser());
    int filesFixed = 0;
    int checksAdded = 0;
    for (CorpusCopies.Copy file : CorpusCopies.copies(corpus.get(), work)) {
      Path original = Projects.corpus().orElseThrow().resolve(file.where());
      SourceText before = file.source();
      FixOutcome outcome = fixer.fix(before);
      String fixed = outcome.fixed().text();
      YDocument oldDocument = new YamlParser().parse(before);
      YDocument newDocument = new YamlParser().parse(outcome.fixed());
      String where = corpus.get().relativize(original).toString();

      assertEquals(
          YamlData.of(oldDocument),
          withoutAddedHealthchecks(YamlData.of(oldDocument), YamlData.of(newDocument)),
          where + ": only healthchecks of services were added");
      assertEquals(
          texts(oldDocument.comments()),
          texts(newDocument.comments()),
          where + ": comments kept in order");
      assertEquals(
          fixed,
          fixer.fix(outcome.fixed()).fixed().text(),
          where + ": a second run changes nothing");
      for (AbstractDelta<String> delta :
          DiffUtils.diff(before.text().lines().toList(), fixed.lines().toList()).getDeltas()) {
        assertTrue(
            delta.getType() == DeltaType.INSERT
                || delta.getSource().getLines().stream().allMatch(l -> l.contains("{")),
            where + ": existing lines stay, except a flow mapping's: " + delta);
      }
      if (outcome.changed()) {
        filesFixed++;
        checksAdded +=
            servicesWithHealthchecks(YamlData.of(newDocument))
                - servicesWithHealthchecks(YamlData.of(oldDocument));
      }
    }
    System.out.printf(
        "healthcheck-missing --unsafe-fixes over the corpus: %d files fixed, %d healthchecks"
            + " added%n",
        filesFixed, checksAdded);
    assertTrue(filesFixed > 0, "the corpus has data services without healthchecks");
  }

  private static int servicesWithHealthchecks(Object data) {
    if (data instanceof Map<?, ?> root && root.get(SERVICES) instanceof Map<?, ?> services) {
      return (int)
          services.values().stream()
              .filter(service -> service instanceof Map<?, ?> map && map.containsKey(HEALTHCHECK))
              .count();
    }
    return 0;
  }

  private static List<String> texts(List<YComment> comments) {
    return comments.stream().map(YComment::text).toList();
  }

  /** The new data with every healthcheck that a service of the old data lacked removed again. */
  private static Object withoutAddedHealthchecks(Object before, Object after) {
    if (!(before instanceof Map<?, ?> oldRoot)
        || !(after instanceof Map<?, ?> newRoot)
        || !(oldRoot.get(SERVICES) instanceof Map<?, ?> oldServices)
        || !(newRoot.get(SERVICES) instanceof Map<?, ?> newServices)) {
      return after;
    }
    Map<Object, Object> services = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : newServices.entrySet()) {
      Object service = entry.getValue();
      if (service instanceof Map<?, ?> newService
          && oldServices.get(entry.getKey()) instanceof Map<?, ?> oldService
          && !oldService.containsKey(HEALTHCHECK)) {
        Map<Object, Object> stripped = new LinkedHashMap<>(newService);
        stripped.remove(HEALTHCHECK);
        service = stripped;
      }
      services.put(entry.getKey(), service);
    }
    Map<Object, Object> root = new LinkedHashMap<>(newRoot);
    root.put(SERVICES, services);
    return root;
  }
}
