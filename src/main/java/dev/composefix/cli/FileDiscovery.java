package dev.composefix.cli;

import dev.composefix.pipeline.FileTarget;
import dev.composefix.pipeline.IoMessages;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns the paths on the command line into Compose files, in a stable order. */
final class FileDiscovery {

  /**
   * compose.y(a)ml and compose.*.y(a)ml (overrides), docker-compose*.y(a)ml and *.compose.y(a)ml;
   * .pre-commit-hooks.yaml matches the same names.
   */
  static final Pattern COMPOSE_FILE =
      Pattern.compile("(compose(\\.[^/]*)?|docker-compose[^/]*|[^/]+\\.compose)\\.ya?ml");

  /** A path that could not be read, and why. */
  record Unreadable(String path, String message) {}

  /**
   * What the paths on the command line gave: files to process, and paths that could not be read.
   */
  record Found(
      List<FileTarget> files, List<Unreadable> errors, Set<Path> named, List<FileTarget> dotEnvs) {

    Found(List<FileTarget> files, List<Unreadable> errors, Set<Path> named) {
      this(files, errors, named, List.of());
    }
  }

  private FileDiscovery() {}

  static Found find(Path workingDirectory, List<String> paths) {
    List<FileTarget> files = new ArrayList<>();
    List<Unreadable> errors = new ArrayList<>();
    Set<Path> named = new HashSet<>();
    List<FileTarget> dotEnvs = new ArrayList<>();
    if (paths.isEmpty()) {
      walk(workingDirectory, workingDirectory, "", files, dotEnvs, errors);
    }
    for (String given : paths) {
      Path path = workingDirectory.resolve(given);
      String display = displayOf(given);
      if (Files.isDirectory(path)) {
        walk(
            workingDirectory, path, display.isEmpty() ? "" : display + "/", files, dotEnvs, errors);
      } else if (Files.exists(path)) {
        files.add(FileTarget.of(path, display, workingDirectory));
        named.add(path.toAbsolutePath().normalize());
      } else {
        errors.add(new Unreadable(display.isEmpty() ? "." : display, whyMissing(path)));
      }
    }
    return new Found(onceEach(files), errors, named, dotEnvs);
  }

  /** A file named twice ({@code x.yml ./x.yml}, or a file and its folder) is processed once. */
  private static List<FileTarget> onceEach(List<FileTarget> files) {
    Set<Path> seen = new HashSet<>();
    List<FileTarget> once = new ArrayList<>();
    for (FileTarget file : files) {
      Path real;
      try {
        real = file.path().toRealPath();
      } catch (IOException unresolvable) {
        real = file.path().toAbsolutePath().normalize();
      }
      if (seen.add(real)) {
        once.add(file);
      }
    }
    return once;
  }

  /** Why a path the user named is not there: it is missing, or a link that leads nowhere. */
  private static String whyMissing(Path path) {
    if (!Files.isSymbolicLink(path)) {
      return "no such file or directory; check the path";
    }
    try {
      path.toRealPath();
      return "no such file or directory; check the path";
    } catch (IOException e) {
      return e instanceof java.nio.file.NoSuchFileException
          ? "a symbolic link to nothing; check where it points"
          : IoMessages.describe(e);
    }
  }

  /** The line that says no Compose file was found in the paths given, when none was. */
  static java.util.Optional<String> noneFound(Found found, List<String> paths) {
    if (!found.files().isEmpty() || !found.errors().isEmpty()) {
      return java.util.Optional.empty();
    }
    String where = paths.isEmpty() ? "the current folder" : String.join(", ", paths);
    return java.util.Optional.of(
        "compose-fix: no Compose files in "
            + where
            + " (it looks for compose.yaml, compose.*.yaml, docker-compose*.yml and *.compose.yaml,"
            + " also with .yml)");
  }

  static boolean isComposeFileName(String name) {
    return COMPOSE_FILE.matcher(name).matches();
  }

  /**
   * The path as given, without a leading {@code ./} or trailing slash, so diff headers stay clean.
   */
  static String displayOf(String given) {
    String display = given;
    while (display.startsWith("./")) {
      display = display.substring(2);
    }
    while (display.length() > 1 && display.endsWith("/")) {
      display = display.substring(0, display.length() - 1);
    }
    return ".".equals(display) ? "" : display;
  }

  private static void walk(
      Path workingDirectory,
      Path root,
      String prefix,
      List<FileTarget> files,
      List<FileTarget> dotEnvs,
      List<Unreadable> errors) {
    List<FileTarget> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              boolean skipped =
                  !dir.equals(root) && (name.startsWith(".") || name.equals("node_modules"));
              return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              String name = file.getFileName().toString();
              boolean compose = isComposeFileName(name);
              // A .env may name the folder's project with COMPOSE_FILE, whatever its files' names.
              if ((compose || name.equals(".env")) && !attributes.isDirectory()) {
                FileTarget target =
                    FileTarget.of(
                        file,
                        prefix
                            + root.relativize(file)
                                .toString()
                                .replace(java.io.File.separatorChar, '/'),
                        workingDirectory);
                (compose ? found : dotEnvs).add(target);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              String where =
                  prefix
                      + root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
              errors.add(
                  new Unreadable(
                      where.isEmpty() ? "." : where, "cannot read: " + IoMessages.describe(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      errors.add(
          new Unreadable(
              prefix.isEmpty() ? "." : prefix, "cannot read: " + IoMessages.describe(e)));
    }
    found.sort((a, b) -> a.display().compareTo(b.display()));
    files.addAll(found);
  }
}
