package dev.composefix.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.config.Config;
import dev.composefix.fix.FixFailedException;
import dev.composefix.fix.FixLoop;
import dev.composefix.fix.FixOutcome;
import dev.composefix.lint.Finding;
import dev.composefix.lint.Rule;
import dev.composefix.lint.Surroundings;
import dev.composefix.rules.BuiltInRules;
import dev.composefix.support.CorpusCopies;
import dev.composefix.support.Projects;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.YComment;
import dev.composefix.yaml.YamlParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule with every fix, unsafe ones included, over a copy of each corpus file: the result
 * parses, keeps every comment, means the original plus the intended changes (the fix loop checks
 * that after every pass and fails otherwise), and a second run changes nothing.
 */
class CorpusAllRulesTest {

  @TempDir Path work;

  @Test
  void everyFixHoldsOnTheCorpus() throws Exception {
    Optional<Path> corpus = Projects.corpus();
    Assumptions.assumeTrue(corpus.isPresent(), Projects.corpusMissingMessage());
    FixLoop fixer =
        new FixLoop(
            BuiltInRules.ruleSet().all(),
            BuiltInRules.ruleSet(),
            Surroundings.of(Config.DEFAULTS),
            true,
            new YamlParser());
    Map<String, Integer> findingsPerRule = new TreeMap<>();
    BuiltInRules.ruleSet().all().forEach(rule -> findingsPerRule.put(rule.metadata().name(), 0));
    List<String> failures = new ArrayList<>();
    int filesChanged = 0;
    int fixesApplied = 0;
    List<CorpusCopies.Copy> files = CorpusCopies.copies(corpus.get(), work);
    for (CorpusCopies.Copy file : files) {
      String where = file.where();
      Path copy = file.copy();
      SourceText before = file.source();
      FixOutcome outcome;
      try {
        outcome = fixer.fix(before);
      } catch (FixFailedException e) {
        failures.add(where + ": " + e.getMessage());
        continue;
      }
      for (Finding finding : outcome.findings()) {
        findingsPerRule.merge(finding.rule().metadata().name(), 1, Integer::sum);
      }
      fixesApplied += outcome.fixedCount();
      List<String> oldComments = comments(before);
      List<String> newComments = comments(outcome.fixed());
      if (!oldComments.equals(newComments)) {
        failures.add(where + ": comments changed");
      }
      FixOutcome again = fixer.fix(outcome.fixed());
      if (again.changed()) {
        failures.add(where + ": a second run changed the file again");
      }
      if (outcome.changed()) {
        filesChanged++;
      }
    }
    System.out.printf(
        "all rules with unsafe fixes over %d corpus files: %d files changed, %d fixes applied%n",
        files.size(), filesChanged, fixesApplied);
    for (Rule rule : BuiltInRules.ruleSet().all()) {
      System.out.printf(
          "  %-26s %5d findings%n",
          rule.metadata().name(), findingsPerRule.get(rule.metadata().name()));
    }
    assertEquals(List.of(), failures);
  }

  private static List<String> comments(SourceText text) throws Exception {
    return new YamlParser().parse(text).comments().stream().map(YComment::text).toList();
  }
}
