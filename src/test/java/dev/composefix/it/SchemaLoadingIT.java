package dev.composefix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.support.Processes;
import dev.composefix.support.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run without compose-schema pays nothing for it: the real jar, started with class loading
 * logged, loads no class of the validator, Jackson, SLF4J or the schema package unless the rule is
 * selected.
 */
class SchemaLoadingIT {

  private static final List<String> VALIDATOR_PACKAGES =
      List.of(
          "com.networknt.",
          "com.fasterxml.jackson.",
          "org.slf4j.",
          "com.ethlo.",
          "dev.composefix.schema.");

  @TempDir Path dir;

  @Test
  void theValidatorLoadsOnlyWhenTheRuleRuns() throws Exception {
    Files.writeString(
        dir.resolve("compose.yaml"),
        "services:\n  web:\n    image: nginx:1.27\n    helthcheck: {}\n");
    assertEquals(List.of(), validatorClasses(run("--check", "compose.yaml")), "default rules");
    assertEquals(
        List.of(),
        validatorClasses(run("--check", "--select", "image-pin", "compose.yaml")),
        "another rule");
    Processes.Result selected = run("--check", "--select", "compose-schema", "compose.yaml");
    assertEquals(
        List.of(
            "compose.yaml:4:5: compose-schema services.web: unknown key 'helthcheck'; did you mean"
                + " 'healthcheck'?"),
        selected.out().lines().filter(line -> line.startsWith("compose.yaml:")).toList());
    assertTrue(!validatorClasses(selected).isEmpty(), "the rule itself loads the validator");
  }

  /**
   * Runs the jar with {@code -verbose:class}, whose log goes to stdout; findings go to stderr, so
   * both are kept together.
   */
  private Processes.Result run(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class",
                "-jar",
                Projects.root().resolve("target/compose-fix.jar").toString()));
    command.addAll(List.of(args));
    Processes.Result result = Processes.run(dir, Map.of(), 120, command);
    return new Processes.Result(result.exitCode(), result.out() + result.err(), "");
  }

  private static List<String> validatorClasses(Processes.Result result) {
    return result
        .out()
        .lines()
        .filter(line -> line.contains("[class,load]"))
        .filter(line -> VALIDATOR_PACKAGES.stream().anyMatch(line::contains))
        .limit(5)
        .toList();
  }
}
