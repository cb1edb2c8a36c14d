package dev.composefix.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.lint.Rule;
import dev.composefix.rules.BuiltInRules;
import dev.composefix.support.Projects;
import dev.composefix.support.Yaml;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every configuration key is in the README's configuration block and in the docs of the rules that
 * read it.
 */
class ConfigDocumentationTest {

  /** The YAML block under the README's "## Configuration" heading. */
  private static YMapping readmeConfiguration() throws IOException {
    String readme = Files.readString(Projects.root().resolve("README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("\n## Configuration\n");
    int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
    int end = readme.indexOf("```\n", start);
    return (YMapping) Yaml.parse(readme.substring(start, end)).root().orElseThrow();
  }

  private static Optional<YNode> at(YMapping root, String dottedPath) {
    YNode node = root;
    for (String part : dottedPath.split("\\.")) {
      if (!(node instanceof YMapping mapping)) {
        return Optional.empty();
      }
      Optional<YNode> next = Mappings.get(mapping, part);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      node = next.get();
    }
    return Optional.of(node);
  }

  /** A rule doc's "## Options" section. */
  private static String options(Rule rule) {
    String doc = rule.metadata().doc();
    int start = doc.indexOf("## Options");
    int end = doc.indexOf("\n## ", start + 1);
    return start < 0 ? "" : doc.substring(start, end < 0 ? doc.length() : end);
  }

  @Test
  void everyKeyIsInTheReadmeConfigurationBlock() throws IOException {
    YMapping readme = readmeConfiguration();
    List<String> missing = new ArrayList<>();
    for (ConfigKey key : ConfigKey.values()) {
      if (at(readme, key.path()).isEmpty()) {
        missing.add(key.path());
      }
    }
    assertEquals(List.of(), missing, "keys missing from the README's configuration block");
  }

  @Test
  void everyKeyIsInTheOptionsOfTheRulesThatReadIt() {
    List<String> missing = new ArrayList<>();
    for (ConfigKey key : ConfigKey.values()) {
      for (String reader : key.readers()) {
        Rule rule =
            BuiltInRules.ruleSet()
                .find(reader)
                .orElseThrow(() -> new AssertionError("no rule " + reader));
        if (!options(rule).contains("`" + key.path() + "`")) {
          missing.add(reader + ": " + key.path());
        }
      }
    }
    assertEquals(
        List.of(), missing, "keys missing from the ## Options of the rules that read them");
  }
}
