package dev.composefix.cli;

import dev.composefix.pipeline.FileTarget;
import dev.composefix.pipeline.ProjectPlanner;
import dev.composefix.pipeline.ProjectTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options that say which project to load, as {@code docker compose} names them: {@code -f},
 * {@code --project-directory} and {@code --env-file}.
 */
final class ProjectOptions {

  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      description =
          "A Compose file of one project, as docker compose -f; repeat it for overrides, merged in"
              + " order.")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--project-directory",
      paramLabel = "DIR",
      description =
          "The project's folder: its .env, and its files when no -f is given (default: the first"
              + " -f file's folder).")
  String projectDirectory;

  @Option(
      names = "--env-file",
      paramLabel = "FILE",
      description = "Read variables from FILE instead of the project's .env; repeatable.")
  List<String> envFiles;

  /** Whether the options name one project, instead of paths to search. */
  boolean namesAProject() {
    return !files.isEmpty() || projectDirectory != null;
  }

  /** The env files given, resolved from the working folder. */
  Optional<List<Path>> envFiles(Path workingDirectory) {
    return Optional.ofNullable(envFiles)
        .map(given -> given.stream().map(f -> workingDirectory.resolve(f).normalize()).toList());
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
