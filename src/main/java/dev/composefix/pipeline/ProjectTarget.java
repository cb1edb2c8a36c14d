package dev.composefix.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A project to process: the files {@code docker compose} would merge, in order (their includes are
 * found while loading), and which of them to report.
 *
 * @param directory the project directory, where its {@code .env} is
 * @param files the files in merge order
 * @param reported the files (absolute, normalized) whose findings and fixes are reported, with what
 *     they include; every file when empty
 * @param envFiles the env files given with {@code --env-file}, instead of the directory's {@code
 *     .env}; empty when none was given
 * @param judgedElsewhere files (real paths) that an earlier project reports: this one reads them
 *     but neither reports nor fixes them, so a file that several projects include is fixed once
 */
public record ProjectTarget(
    Path directory,
    List<FileTarget> files,
    Set<Path> reported,
    Optional<List<Path>> envFiles,
    Set<Path> judgedElsewhere) {

  public ProjectTarget {
    files = List.copyOf(files);
    reported = Set.copyOf(reported);
    judgedElsewhere = Set.copyOf(judgedElsewhere);
  }

  public ProjectTarget(
      Path directory, List<FileTarget> files, Set<Path> reported, Optional<List<Path>> envFiles) {
    this(directory, files, reported, envFiles, Set.of());
  }

  /** The same project, leaving these files to the projects that report them. */
  public ProjectTarget judgingElsewhere(Set<Path> files) {
    return new ProjectTarget(directory, this.files, reported, envFiles, files);
  }

  /** A file alone, reported in full. */
  public static ProjectTarget alone(FileTarget file, Optional<List<Path>> envFiles) {
    Path folder = file.folder().orElse(file.path().toAbsolutePath());
    return new ProjectTarget(folder, List.of(file), Set.of(), envFiles);
  }

  /** The first file's display name, by which projects are ordered. */
  public String display() {
    return files.isEmpty() ? "" : files.get(0).display();
  }

  boolean reports(Path file) {
    return reported.isEmpty() || reported.contains(file.toAbsolutePath().normalize());
  }
}
