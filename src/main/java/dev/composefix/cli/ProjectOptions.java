package dev.composefix.cli;

import dev.composefix.pipeline.FileTarget;
import dev.composefix.pipeline.ProjectPlanner;
import dev.composefix.pipeline.ProjectTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The options that say which project to load, as {@code docker compose} names them: {@code -f},
 * {@code --project-directory} and {@code --env-file}.
 */
final class ProjectOptions {

  private final List<String> files;
  private final String projectDirectory;
  private final List<String> envFiles;

  private ProjectOptions(List<String> files, String projectDirectory, List<String> envFiles) {
    this.files = files;
    this.projectDirectory = projectDirectory;
    this.envFiles = envFiles;
  }

  /** The project options the arguments give. */
  static ProjectOptions of(RunArguments arguments) {
    List<String> files = arguments.list(MainOption.FILE);
    return new ProjectOptions(
        files == null ? List.of() : files,
        (String) arguments.value(MainOption.PROJECT_DIRECTORY),
        arguments.list(MainOption.ENV_FILE));
  }

  /** Whether the options name one project, instead of paths to search. */
  boolean namesAProject() {
    return !files.isEmpty() || projectDirectory != null;
  }

  /** The env files given, resolved from the working folder. */
  Optional<List<Path>> envFiles(Path workingDirectory) {
    if (envFiles == null) {
      return Optional.empty();
    }
    List<Path> resolved = new ArrayList<>();
    for (var file : envFiles) {
      resolved.add(workingDirectory.resolve(file).normalize());
    }
    return Optional.of(resolved);
  }

  /**
   * The one project the options name; files that are missing are added to {@code missing} as
   * unreadable paths.
   */
  ProjectTarget project(
      Path workingDirectory, ProjectPlanner planner, List<FileDiscovery.Unreadable> missing) {
    List<FileTarget> targets = new ArrayList<>();
    for (String given : files) {
      Path path = workingDirectory.resolve(given);
      if (Files.isRegularFile(path)) {
        targets.add(FileTarget.of(path, FileDiscovery.displayOf(given), workingDirectory));
      } else {
        missing.add(
            new FileDiscovery.Unreadable(given, "no such file or directory; check the path"));
      }
    }
    Path directory =
        projectDirectory != null
            ? workingDirectory.resolve(projectDirectory).normalize()
            : targets.isEmpty()
                ? workingDirectory
                : targets.get(0).folder().orElse(workingDirectory);
    return planner.explicit(directory, targets, envFiles(workingDirectory));
  }
}
