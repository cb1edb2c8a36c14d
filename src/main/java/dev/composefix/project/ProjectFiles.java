package dev.composefix.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which files make a project when no {@code -f} names them, as {@code docker compose} chooses
 * (compose-go, {@code cli/options.go}: {@code DefaultFileNames} and {@code
 * DefaultOverrideFileNames}): {@code COMPOSE_FILE} when it is set, else the first default name in
 * the folder and the first override name beside it.
 */
public final class ProjectFiles {

  /** The default names, in the order Compose tries them. */
  public static final List<String> DEFAULT_NAMES =
      List.of("compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml");

  /** The override names, in the order Compose tries them. */
  public static final List<String> OVERRIDE_NAMES =
      List.of(
          "compose.override.yml",
          "compose.override.yaml",
          "docker-compose.override.yml",
          "docker-compose.override.yaml");

  private ProjectFiles() {}

  /**
   * The project's files in a folder: {@code COMPOSE_FILE} split at {@code COMPOSE_PATH_SEPARATOR}
   * (default {@code :}) and resolved from the folder, else the defaults; empty when neither gives a
   * file.
   *
   * @param variables where {@code COMPOSE_FILE} is looked up: the environment, then the folder's
   *     {@code .env}
   */
  public static List<Path> in(Path folder, Variables variables) {
    Optional<String> composeFile = variables.value("COMPOSE_FILE");
    if (composeFile.isPresent() && !composeFile.get().isBlank()) {
      Optional<String> separatorSet = variables.value("COMPOSE_PATH_SEPARATOR");
      String separator =
          separatorSet.isPresent() && !separatorSet.get().isEmpty() ? separatorSet.get() : ":";
      List<Path> files = new ArrayList<>();
      for (String part : composeFile.get().split(java.util.regex.Pattern.quote(separator))) {
        if (!part.isBlank()) {
          files.add(folder.resolve(part.strip()).normalize());
        }
      }
      return files;
    }
    List<Path> files = new ArrayList<>();
    Optional<Path> main = first(folder, DEFAULT_NAMES);
    if (main.isPresent()) {
      files.add(main.get());
      Optional<Path> override = first(folder, OVERRIDE_NAMES);
      if (override.isPresent()) {
        files.add(override.get());
      }
    }
    return files;
  }

  private static Optional<Path> first(Path folder, List<String> names) {
    for (String name : names) {
      Path candidate = folder.resolve(name);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
