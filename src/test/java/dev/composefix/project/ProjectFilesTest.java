package dev.composefix.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.TempFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which files make a project, as docker compose picks them. */
class ProjectFilesTest {

  private Path folder;

  @BeforeEach
  void folder() throws IOException {
    folder = Files.createTempDirectory("project-files-");
  }

  @AfterEach
  void delete() throws IOException {
    TempFolders.delete(folder);
  }

  private List<String> files(Map<String, String> variables, String... present) throws IOException {
    for (String name : present) {
      Files.writeString(folder.resolve(name), "services: {}\n");
    }
    Variables vars = Variables.of(name -> Optional.ofNullable(variables.get(name)), Map.of());
    return ProjectFiles.in(folder, vars).stream()
        .map(path -> folder.relativize(path).toString())
        .toList();
  }

  @Test
  void theFirstDefaultNameAndTheFirstOverrideBesideIt() throws IOException {
    assertEquals(
        List.of("compose.yaml", "compose.override.yml"),
        files(
            Map.of(),
            "docker-compose.yml",
            "compose.yaml",
            "compose.override.yaml",
            "compose.override.yml"));
  }

  @Test
  void theOldNamesWhenTheNewAreAbsent() throws IOException {
    assertEquals(
        List.of("docker-compose.yml", "docker-compose.override.yml"),
        files(Map.of(), "docker-compose.yml", "docker-compose.override.yml"));
  }

  @Test
  void otherNamesAreNoPartOfTheDefaultProject() throws IOException {
    assertEquals(
        List.of("compose.yaml"),
        files(Map.of(), "compose.yaml", "compose.prod.yaml", "docker-compose.test.yml"));
  }

  @Test
  void anOverrideAloneIsNoProject() throws IOException {
    assertEquals(List.of(), files(Map.of(), "compose.override.yaml"));
  }

  @Test
  void composeFileWinsWithItsSeparator() throws IOException {
    assertEquals(
        List.of("compose.yaml", "compose.prod.yaml"),
        files(Map.of("COMPOSE_FILE", "compose.yaml:compose.prod.yaml"), "compose.yaml"));
    assertEquals(
        List.of("a.yml", "sub/b.yml"),
        files(Map.of("COMPOSE_FILE", "a.yml;sub/b.yml", "COMPOSE_PATH_SEPARATOR", ";")));
  }
}
