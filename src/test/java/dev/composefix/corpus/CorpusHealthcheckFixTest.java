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
import dev.composefix.rules.healthcheck.HealthcheckStartPeriodRule;
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

/** healthcheck-start-period over a copy of every corpus file changes only what it means to. */
class CorpusHealthcheckFixTest {

  private static final YamlData.Scalar START_PERIOD = YamlData.Scalar.string("start_period");

  @TempDir Path work;

  @Test
  void addsOnlyStartPeriodsAndKeepsEverythingElse() throws Exception {
    Optional<Path> corpus = Projects.corpus();
    Assumptions.assumeTrue(corpus.isPresent(), Projects.corpusMissingMessage());
    FixLoop fixer =
        new FixLoop(
            List.of(new HealthcheckStartPeriodRule()),
            BuiltInRules.ruleSet(),
            Surroundings.of(Config.DEFAULTS),
            false,
            new YamlParser());
    int filesFixed = 0;
    int keysAdded = 0;
    int existingLinesChanged = 0;
    List<CorpusCopies.Copy> files = CorpusCopies.copies(corpus.get(), work);
    for (CorpusCopies.Copy file : files) {
      Path original = Projects.corpus().orElseThrow().resolve(file.where());
      SourceText before = file.source();
      FixOutcome outcome = fixer.fix(before);
      String fixed = outcome.fixed().text();
      YDocument oldDocument = new YamlParser().parse(before);
      YDocument newDocument = new YamlParser().parse(outcome.fixed());
      String where = corpus.get().relativize(original).toString();

      Object stripped =
          withoutAddedStartPeriods(YamlData.of(oldDocument), YamlData.of(newDocument));
      assertEquals(
          YamlData.of(oldDocument), stripped, where + ": only start_period keys were added");
      assertEquals(
          texts(oldDocument.comments()),
          texts(newDocument.comments()),
          where + ": comments kept in order");
      assertTrue(
          fixer.fix(outcome.fixed()).fixed().text().equals(fixed),
          where + ": a second run changes nothing");

      for (AbstractDelta<String> delta :
          DiffUtils.diff(before.text().lines().toList(), fixed.lines().toList()).getDeltas()) {
        if (delta.getType() == DeltaType.INSERT) {
          keysAdded += delta.getTarget().size();
          continue;
        }
        assertEquals(DeltaType.CHANGE, delta.getType(), where + ": nothing is deleted");
        for (String line : delta.getSource().getLines()) {
          assertTrue(
              line.contains("{"), where + ": only a flow mapping's line may change: " + line);
        }
        keysAdded += delta.getSource().size();
        existingLinesChanged += delta.getSource().size();
      }
      if (outcome.changed()) {
        filesFixed++;
      }
    }
    System.out.printf(
        "healthcheck-start-period over the corpus: %d of %d files fixed, %d start_period keys"
            + " added, %d existing lines changed (flow mappings)%n",
        filesFixed, files.size(), keysAdded, existingLinesChanged);
    assertTrue(filesFixed > 0, "the corpus has healthchecks to fix");
  }

  private static List<String> texts(List<YComment> comments) {
    return comments.stream().map(YComment::text).toList();
  }

  /** The new data with every start_period the old data lacked removed again. */
  private static Object withoutAddedStartPeriods(Object before, Object after) {
    if (before instanceof Map<?, ?> oldMap && after instanceof Map<?, ?> newMap) {
      Map<Object, Object> result = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : newMap.entrySet()) {
        if (entry.getKey().equals(START_PERIOD) && !oldMap.containsKey(START_PERIOD)) {
          continue;
        }
        result.put(
            entry.getKey(), withoutAddedStartPeriods(oldMap.get(entry.getKey()), entry.getValue()));
      }
      return result;
    }
    if (before instanceof List<?> oldList
        && after instanceof List<?> newList
        && oldList.size() == newList.size()) {
      return java.util.stream.IntStream.range(0, newList.size())
          .mapToObj(i -> withoutAddedStartPeriods(oldList.get(i), newList.get(i)))
          .toList();
    }
    return after;
  }
}
