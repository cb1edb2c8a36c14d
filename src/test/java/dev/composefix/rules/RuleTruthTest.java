package dev.composefix.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.config.Config;
import dev.composefix.config.ConfigLoader;
import dev.composefix.fix.FixLoop;
import dev.composefix.fix.FixOutcome;
import dev.composefix.lint.Finding;
import dev.composefix.lint.FixAvailability;
import dev.composefix.lint.Rule;
import dev.composefix.lint.RuleMetadata;
import dev.composefix.lint.Surroundings;
import dev.composefix.support.Projects;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.YamlParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** What a rule declares about its fixes is what it does: over its fixtures, and in its own doc. */
class RuleTruthTest {

  private static final Path FIXTURES = Projects.root().resolve("fixtures");

  private static FixLoop loop(Rule rule, Config config) {
    return new FixLoop(
        List.of(rule), BuiltInRules.ruleSet(), Surroundings.of(config), true, new YamlParser());
  }

  /**
   * A rule with what it needs to see its examples: a rule that judges suppressions runs after every
   * default rule, whose findings it judges, without fixing anything.
   */
  private static FixLoop docLoop(Rule rule) {
    if (rule.metadata().phase() == RuleMetadata.Phase.DOCUMENT) {
      return loop(rule, Config.DEFAULTS);
    }
    List<Rule> rules = new ArrayList<>(BuiltInRules.ruleSet().select(Optional.empty(), List.of()));
    return new FixLoop(
        rules, BuiltInRules.ruleSet(), Surroundings.of(Config.DEFAULTS), false, new YamlParser());
  }

  /**
   * The fix availability the rule shows over its fixtures: every finding fixable, some, or none.
   */
  private static FixAvailability observed(Rule rule) throws Exception {
    int fixed = 0;
    int unfixed = 0;
    List<Path> cases;
    try (Stream<Path> files = Files.list(FIXTURES.resolve(rule.metadata().name()))) {
      cases =
          files
              .filter(
                  file ->
                      file.toString().endsWith(".yml")
                          && !file.toString().endsWith(".compose-fix.yaml"))
              .sorted()
              .toList();
    }
    for (Path fixture : cases) {
      Path configFile =
          fixture.resolveSibling(
              fixture.getFileName().toString().replace(".yml", ".compose-fix.yaml"));
      Config config =
          Files.exists(configFile)
              ? new ConfigLoader(BuiltInRules.ruleSet().acceptedNames())
                  .load(configFile.toString(), Files.readAllBytes(configFile))
              : Config.DEFAULTS;
      for (Finding finding :
          loop(rule, config).check(SourceText.decode(Files.readAllBytes(fixture))).findings()) {
        if (finding.fix().isPresent()) {
          fixed++;
        } else {
          unfixed++;
        }
      }
    }
    assertTrue(fixed + unfixed > 0, rule.metadata().name() + ": its fixtures have findings");
    return fixed == 0
        ? FixAvailability.NONE
        : unfixed == 0 ? FixAvailability.ALWAYS : FixAvailability.SOMETIMES;
  }

  @TestFactory
  Stream<DynamicTest> declaredFixAvailabilityIsWhatTheFixturesShow() {
    return BuiltInRules.ruleSet().all().stream()
        .map(
            rule ->
                DynamicTest.dynamicTest(
                    rule.metadata().name(),
                    () ->
                        assertEquals(
                            rule.metadata().fixAvailability(),
                            observed(rule),
                            rule.metadata().name())));
  }

  /** The first YAML block after a doc heading. */
  private static String block(String doc, String heading) {
    int section = doc.indexOf("\n" + heading + "\n");
    int start = doc.indexOf("```yaml\n", section) + "```yaml\n".length();
    return doc.substring(start, doc.indexOf("```\n", start));
  }

  @TestFactory
  Stream<DynamicTest> docExamplesFixToWhatTheyRecommend() {
    return BuiltInRules.ruleSet().all().stream()
        .map(
            rule ->
                DynamicTest.dynamicTest(
                    rule.metadata().name(),
                    () -> {
                      String doc = rule.metadata().doc();
                      String example = block(doc, "## Example");
                      String useInstead = block(doc, "## Use instead");
                      FixOutcome fixed = docLoop(rule).fix(SourceText.of(example));
                      List<String> problems = new ArrayList<>();
                      if (fixed.findings().stream().noneMatch(finding -> finding.rule() == rule)) {
                        problems.add("the example has no finding");
                      }
                      String expected =
                          rule.metadata().fixAvailability() == FixAvailability.NONE
                              ? example
                              : useInstead;
                      if (!fixed.fixed().text().equals(expected)) {
                        problems.add("the example fixes to:\n" + fixed.fixed().text());
                      }
                      List<Finding> left =
                          docLoop(rule).check(SourceText.of(useInstead)).findings().stream()
                              .filter(finding -> finding.rule() == rule)
                              .toList();
                      if (!left.isEmpty()) {
                        problems.add(
                            "'Use instead' has findings: "
                                + left.stream().map(Finding::message).toList());
                      }
                      assertEquals(List.of(), problems, rule.metadata().name());
                    }));
  }
}
