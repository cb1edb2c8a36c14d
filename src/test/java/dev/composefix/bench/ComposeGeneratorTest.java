package dev.composefix.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.compose.ComposeFile;
import dev.composefix.config.Config;
import dev.composefix.fix.FixLoop;
import dev.composefix.fix.FixOutcome;
import dev.composefix.lint.Finding;
import dev.composefix.lint.Surroundings;
import dev.composefix.rules.BuiltInRules;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YamlParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark files are real Compose files of the size asked for, the same at every run. */
class ComposeGeneratorTest {

  @TempDir Path dir;

  @Test
  void threeHundredServicesParseAsComposeAndComeToAboutFourAndAHalfThousandLines()
      throws Exception {
    String text = ComposeGenerator.generate(300, ComposeGenerator.DEFAULT_SEED);
    YDocument document = new YamlParser().parse(SourceText.of(text));
    assertEquals(300, ComposeFile.of(document).orElseThrow().services().size());
    long lines = text.lines().count();
    assertTrue(
        lines >= 4_200 && lines <= 4_800,
        "about 4,500 lines like the issue's reference file: " + lines);
    assertEquals(
        3_000,
        ComposeFile.of(
                new YamlParser()
                    .parse(
                        SourceText.of(
                            ComposeGenerator.generate(3_000, ComposeGenerator.DEFAULT_SEED))))
            .orElseThrow()
            .services()
            .size());
  }

  @Test
  void theSameCountAndSeedGiveTheSameBytes() throws Exception {
    Path first = dir.resolve("a/compose.yaml");
    Path second = dir.resolve("b/compose.yaml");
    ComposeGenerator.main(new String[] {"120", first.toString(), "7"});
    ComposeGenerator.main(new String[] {"120", second.toString(), "7"});
    assertEquals(Files.readString(first), Files.readString(second));
    assertEquals(ComposeGenerator.generate(120, 7), Files.readString(first));
    assertNotEquals(
        ComposeGenerator.generate(120, 8), ComposeGenerator.generate(120, 7), "the seed matters");
  }

  @Test
  void everyCountParses() throws Exception {
    for (int services = 1; services <= 17; services++) {
      YDocument document =
          new YamlParser().parse(SourceText.of(ComposeGenerator.generate(services, 1)));
      assertEquals(services, ComposeFile.of(document).orElseThrow().services().size());
    }
  }

  @Test
  void theFileHasWorkForTheRulesAndFixesCleanly() throws Exception {
    SourceText source =
        SourceText.of(ComposeGenerator.generate(300, ComposeGenerator.DEFAULT_SEED));
    FixOutcome outcome =
        new FixLoop(
                BuiltInRules.ruleSet().all(),
                BuiltInRules.ruleSet(),
                Surroundings.of(Config.DEFAULTS),
                true,
                new YamlParser())
            .fix(source);
    Set<String> rules = new TreeSet<>();
    for (Finding finding : outcome.findings()) {
      rules.add(finding.rule().metadata().name());
    }
    assertTrue(
        rules.containsAll(Set.of("healthcheck-start-period", "image-pin")), "findings of " + rules);
    assertTrue(outcome.changed(), "some fixes apply");
    assertEquals(
        outcome.fixed().text(),
        new FixLoop(
                BuiltInRules.ruleSet().all(),
                BuiltInRules.ruleSet(),
                Surroundings.of(Config.DEFAULTS),
                true,
                new YamlParser())
            .fix(outcome.fixed())
            .fixed()
            .text(),
        "a second run changes nothing");
  }
}
