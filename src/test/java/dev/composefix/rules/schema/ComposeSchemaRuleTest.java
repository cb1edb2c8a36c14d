package dev.composefix.rules.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.composefix.lint.Rule;
import dev.composefix.rules.BuiltInRules;
import dev.composefix.support.Cli;
import dev.composefix.support.RuleTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compose-schema is opt-in: it runs only when selected, and is listed everywhere rules are. */
class ComposeSchemaRuleTest {

  private static final String TYPO =
      "services:\n  web:\n    image: nginx:1.27\n    helthcheck: {}\n";
  private static final String FINDING =
      "compose.yaml:4:5: compose-schema services.web: unknown key 'helthcheck'; did you mean"
          + " 'healthcheck'?\n";

  @TempDir Path dir;

  private static List<String> names(List<Rule> rules) {
    return rules.stream().map(rule -> rule.metadata().name()).toList();
  }

  @Test
  void theDefaultSelectionLeavesItOut() {
    List<String> defaults = names(BuiltInRules.ruleSet().select(Optional.empty(), List.of()));
    assertFalse(defaults.contains("compose-schema"));
    assertEquals(BuiltInRules.ruleSet().all().size() - 1, defaults.size());
    assertTrue(names(BuiltInRules.ruleSet().all()).contains("compose-schema"));
  }

  @Test
  void selectingItByNameOrCodeTurnsItOnAndIgnoringWins() {
    assertEquals(
        List.of("compose-schema"),
        names(BuiltInRules.ruleSet().select(Optional.of(List.of("compose-schema")), List.of())));
    assertEquals(
        List.of("image-pin", "compose-schema"),
        names(
            BuiltInRules.ruleSet().select(Optional.of(List.of("image-pin", "CF012")), List.of())));
    assertEquals(
        List.of(),
        names(
            BuiltInRules.ruleSet()
                .select(Optional.of(List.of("compose-schema")), List.of("cf012"))));
  }

  @Test
  void theCommandLineAndTheConfigSelectIt() throws Exception {
    Files.writeString(dir.resolve("compose.yaml"), TYPO, StandardCharsets.UTF_8);
    Cli.Result defaults =
        Cli.run(dir, "--check", "--ignore", "healthcheck-missing", "compose.yaml");
    assertEquals("No findings in 1 file\n", defaults.err());
    Cli.Result selected = Cli.run(dir, "--check", "--select", "compose-schema", "compose.yaml");
    assertEquals(1, selected.exitCode());
    assertEquals(FINDING + "1 finding, 0 fixable\n", selected.err());
    Files.writeString(
        dir.resolve(".compose-fix.yaml"), "select: [compose-schema]\n", StandardCharsets.UTF_8);
    assertEquals(FINDING + "1 finding, 0 fixable\n", Cli.run(dir, "--check", "compose.yaml").err());
  }

  @Test
  void aSuppressionCommentSilencesIt() throws Exception {
    Files.writeString(
        dir.resolve("compose.yaml"),
        TYPO.replace("{}\n", "{}  # compose-fix: ignore[compose-schema]\n"),
        StandardCharsets.UTF_8);
    assertEquals(
        "No findings in 1 file\n",
        Cli.run(dir, "--check", "--select", "compose-schema", "compose.yaml").err());
  }

  @Test
  void itIsListedAsOptInWhereRulesAreListed() throws Exception {
    Cli.Result rules = Cli.run(dir, "rules");
    assertEquals(
        List.of(
            "CF012  compose-schema            [ ]  high      Key or value the Compose"
                + " Specification's schema rejects (opt-in: runs only with --select)"),
        rules.out().lines().filter(line -> line.startsWith("CF012")).toList());
    assertEquals(
        List.of(
            "| CF012 | `compose-schema` (opt-in) | Key or value the Compose Specification's schema"
                + " rejects | high | none |"),
        RuleTable.markdown(BuiltInRules.ruleSet())
            .lines()
            .filter(line -> line.startsWith("| CF012"))
            .toList());

    Files.writeString(dir.resolve("compose.yaml"), TYPO, StandardCharsets.UTF_8);
    JsonNode sarif =
        new ObjectMapper()
            .readTree(Cli.run(dir, "--check", "--format", "sarif", "compose.yaml").out());
    for (JsonNode rule : sarif.at("/runs/0/tool/driver/rules")) {
      assertEquals(
          !rule.get("id").asText().equals("compose-schema"),
          rule.at("/defaultConfiguration/enabled").asBoolean(),
          rule.get("id").asText());
    }
  }
}
