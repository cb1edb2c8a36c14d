package dev.composefix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.Projects;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hooks' file pattern picks exactly the names the command itself searches folders for. */
class PreCommitHooksTest {

  private static final List<String> COMPOSE =
      List.of(
          "compose.yaml",
          "compose.yml",
          "deploy/compose.override.yaml",
          "docker-compose.yml",
          "a/b/docker-compose.prod.yml",
          "docker-compose.yaml",
          "foo.compose.yaml",
          "x/app.compose.yml");
  private static final List<String> OTHER =
      List.of(
          "composer.yml",
          "my-compose.yml",
          "compose.json",
          "docker-compose.yml.bak",
          "notes.yml",
          ".compose.yaml.swp",
          "compose/values.yaml");

  /** The docker hook runs the image of the release that carries it. */
  @Test
  void theDockerHookRunsThisVersionsImage() throws IOException {
    List<String> entries =
        Files.readAllLines(Projects.root().resolve(".pre-commit-hooks.yaml")).stream()
            .filter(line -> line.trim().startsWith("entry: ghcr.io/"))
            .toList();
    assertEquals(
        List.of(
            "  entry: ghcr.io/compose-fix/compose-fix:"
                + System.getProperty("project.version", "0.1.0-SNAPSHOT")
                + " --write"),
        entries);
  }

  @Test
  void hooksMatchComposeFilesInAnyFolder() throws IOException {
    List<String> patterns =
        Files.readAllLines(Projects.root().resolve(".pre-commit-hooks.yaml")).stream()
            .filter(line -> line.trim().startsWith("files:"))
            .map(line -> line.trim().substring("files:".length()).trim())
            .toList();
    assertEquals(5, patterns.size(), "every hook declares files");
    assertEquals(1, Set.copyOf(patterns).size(), "every hook matches the same files");
    Pattern hook = Pattern.compile(patterns.get(0));
    for (String name : COMPOSE) {
      assertEquals(true, hook.matcher(name).find(), "hook matches " + name);
      assertEquals(
          true,
          FileDiscovery.isComposeFileName(name.substring(name.lastIndexOf('/') + 1)),
          "discovery finds " + name);
    }
    for (String name : OTHER) {
      assertEquals(false, hook.matcher(name).find(), "hook skips " + name);
      assertEquals(
          false,
          FileDiscovery.isComposeFileName(name.substring(name.lastIndexOf('/') + 1)),
          "discovery skips " + name);
    }
  }
}
