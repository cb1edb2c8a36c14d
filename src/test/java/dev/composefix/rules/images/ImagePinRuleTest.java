package dev.composefix.rules.images;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.compose.ComposeFile;
import dev.composefix.config.Config;
import dev.composefix.config.ConfigException;
import dev.composefix.config.ConfigLoader;
import dev.composefix.lint.Checker;
import dev.composefix.lint.Finding;
import dev.composefix.lint.Fix;
import dev.composefix.lint.Surroundings;
import dev.composefix.rules.BuiltInRules;
import dev.composefix.support.Yaml;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ImagePinRuleTest {

  private static final Pattern HINT = Pattern.compile("`(pins: \\{.*: <tag>\\})`");

  private static List<Finding> check(String yaml, Config config) throws Exception {
    ComposeFile compose = ComposeFile.of(Yaml.parse(yaml)).orElseThrow();
    return Checker.check(
        List.of(new ImagePinRule()), compose, Surroundings.of(config), BuiltInRules.ruleSet());
  }

  private static Config config(String yaml) throws ConfigException {
    return new ConfigLoader(BuiltInRules.ruleSet().acceptedNames())
        .load(".compose-fix.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theDocListsTheBuiltInTable() {
    String doc = new ImagePinRule().metadata().doc();
    String table =
        doc.substring(doc.indexOf("| Image |"), doc.indexOf("\n\n", doc.indexOf("| Image |")) + 1);
    assertEquals(
        """
        | Image | Built-in pin |
        |-------|--------------|
        | `postgres` | `postgres:15-alpine` |
        | `postgrest/postgrest` | `postgrest/postgrest:v12.2.3` |
        | `minio/minio` | `minio/minio:RELEASE.2024-12-18T13-15-44Z` |
        | `tensorzero/gateway` | `tensorzero/gateway:2024.12.18` |
        | `ollama/ollama` | `ollama/ollama:0.5.4` |
        | `nats` | `nats:2.10-alpine` |
        """,
        table);
  }

  /** The configuration a finding without a pin suggests is valid and pins exactly that image. */
  @Test
  void theSuggestedPinsSettingWorksAsWritten() throws Exception {
    Map<String, String> keys =
        Map.of(
            "redis:latest", "redis",
            "registry:5000/team/app", "registry:5000/team/app",
            "docker.io/library/redis", "redis",
            "ghcr.io/Org/App", "ghcr.io/org/app");
    for (Map.Entry<String, String> image : keys.entrySet()) {
      String yaml = "services:\n  app:\n    image: " + image.getKey() + "\n";
      List<Finding> findings = check(yaml, Config.DEFAULTS);
      assertEquals(1, findings.size(), image.getKey());
      assertEquals(
          Optional.empty(), findings.get(0).fix(), image.getKey() + ": no fix without a pin");
      Matcher hint = HINT.matcher(findings.get(0).message());
      assertEquals(true, hint.find(), findings.get(0).message());
      Config config = config(hint.group(1).replace("<tag>", "\"1.0\""));
      assertEquals(Map.of(image.getValue(), "1.0"), config.pins());
      Fix fix = check(yaml, config).get(0).fix().orElseThrow();
      assertEquals(
          "Pin to " + image.getKey().replace(":latest", "") + ":1.0 SAFE",
          fix.title() + " " + fix.applicability());
    }
  }

  @Test
  void builtInPinsAreUnsafeAndConfiguredOnesSafe() throws Exception {
    String yaml = "services:\n  db:\n    image: postgres\n  queue:\n    image: nats:latest\n";
    List<Finding> findings = check(yaml, config("pins: {nats: 2.11-alpine}\n"));
    assertEquals(
        List.of("Pin to postgres:15-alpine UNSAFE", "Pin to nats:2.11-alpine SAFE"),
        findings.stream()
            .map(f -> f.fix().orElseThrow().title() + " " + f.fix().orElseThrow().applicability())
            .toList());
  }
}
