package dev.composefix.cli;

import dev.composefix.images.verify.DockerUnavailableException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the {@code docker} CLI is: {@code COMPOSE_FIX_DOCKER} when it is set (a test's stub, or a
 * docker that is not on PATH), otherwise the first {@code docker} on PATH. Looked up before
 * anything runs, so that a machine without Docker gets one line, not an error an image.
 */
final class DockerExecutable {

  static final String VARIABLE = "COMPOSE_FIX_DOCKER";

  private DockerExecutable() {}

  static Path find(Map<String, String> environment) throws DockerUnavailableException {
    String given = environment.get(VARIABLE);
    if (given != null && !given.isEmpty()) {
      Path path = pathOf(given);
      if (path == null || !isExecutableFile(path)) {
        throw new DockerUnavailableException(
            VARIABLE + " is " + given + ", which is not an executable file");
      }
      return path;
    }
    for (String folder : environment.getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path path = folder.isEmpty() ? null : pathOf(folder);
      if (path != null && isExecutableFile(path.resolve("docker"))) {
        return path.resolve("docker");
      }
    }
    throw new DockerUnavailableException(
        "docker is not on PATH, and this command runs it to look into images; install Docker, or"
            + " set "
            + VARIABLE
            + " to the docker program");
  }

  private static Path pathOf(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static boolean isExecutableFile(Path path) {
    return Files.isRegularFile(path) && Files.isExecutable(path);
  }
}
