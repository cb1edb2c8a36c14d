package dev.composefix.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.rules.BuiltInRules;
import dev.composefix.support.Projects;
import dev.composefix.support.RuleTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's generated parts match the code; {@code -Dgolden.update=true} regenerates them. */
class ReadmeTest {

  private static final Path README = Projects.root().resolve("README.md");
  private static final String BEGIN =
      "<!-- rules:begin (generated from the rule classes; mvn verify -Dgolden.update=true) -->\n";
  private static final String END = "<!-- rules:end -->\n";

  @Test
  void ruleTableIsCurrent() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int begin = readme.indexOf(BEGIN);
    int end = readme.indexOf(END);
    assertTrue(begin >= 0 && end > begin, "README.md has the rule table markers");
    String current = readme.substring(begin + BEGIN.length(), end);
    String generated = RuleTable.markdown(BuiltInRules.ruleSet());
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(
          README,
          readme.substring(0, begin + BEGIN.length()) + generated + readme.substring(end),
          StandardCharsets.UTF_8);
      return;
    }
    assertEquals(
        generated, current, "README rule table is stale; regenerate with -Dgolden.update=true");
  }

  @Test
  void startsWithTheTwoCommandsForAFreshMachine() throws IOException {
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    List<String> commands =
        lines.stream()
            .filter(line -> line.startsWith("bin/compose-fix ") || line.startsWith("mvn "))
            .limit(2)
            .toList();
    assertEquals(
        List.of("bin/compose-fix --dry-run fixtures/example.yml", "mvn -B verify"), commands);
    assertTrue(lines.indexOf("mvn -B verify") < 20, "the commands come first");
    String ci = Files.readString(Projects.root().resolve(".ci/run"), StandardCharsets.UTF_8);
    assertTrue(
        ci.lines().anyMatch("mvn -B verify"::equals), ".ci/run runs the README's test command");
    assertTrue(
        Files.exists(Projects.root().resolve("fixtures/example.yml")),
        "the README's example exists");
  }
}
