package dev.composefix.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.support.Projects;
import dev.composefix.support.SchemaChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schema guarantee over the project's own goldens: each expected output {@code
 * golden/<rule>/<case>.yml} has no schema violation that its fixture {@code
 * fixtures/<rule>/<case>.yml} did not have. So every golden whose fixture is valid Compose is valid
 * too, and no list of exceptions has to be kept by hand: fixtures that are invalid on purpose (the
 * compose-schema cases, fragments that test one rule) only have to stay no worse.
 */
class GoldenSchemaTest {

  private static final Path FIXTURES = Projects.root().resolve("fixtures");
  private static final Path GOLDEN = Projects.root().resolve("golden");

  @Test
  void fixesAddNoSchemaViolation() throws IOException {
    List<String> problems = new ArrayList<>();
    int valid = 0;
    int goldens = 0;
    try (Stream<Path> walk = Files.walk(GOLDEN)) {
      // Project goldens (golden/projects) hold whole folders; ProjectGoldenTest checks them.
      for (Path golden :
          walk.filter(path -> path.toString().endsWith(".yml"))
              .filter(path -> !GOLDEN.relativize(path).startsWith("projects"))
              .sorted()
              .toList()) {
        Path fixture = FIXTURES.resolve(GOLDEN.relativize(golden));
        List<String> before = SchemaChecks.literalViolations(fixture);
        List<String> after = SchemaChecks.literalViolations(golden);
        List<String> added =
            after.stream().filter(violation -> !before.contains(violation)).toList();
        if (!added.isEmpty()) {
          problems.add(GOLDEN.relativize(golden) + ": the fixes added " + added);
        }
        goldens++;
        valid += before.isEmpty() ? 1 : 0;
      }
    }
    System.out.printf(
        "compose schema over %d goldens: %d fixtures valid, and their goldens with them%n",
        goldens, valid);
    assertTrue(goldens > 50, "the walk found the goldens");
    assertEquals(List.of(), problems);
  }
}
