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
import java.util.List;
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
  record Found(List<FileTarget> files, List<Unreadable> errors) {}

  private FileDiscovery() {}

  static Found find(Path workingDirectory, List<String> paths) {
    List<FileTarget> files = new ArrayList<>();
    List<Unreadable> errors = new ArrayList<>();
    if (paths.isEmpty()) {
      walk(workingDirectory, "", files, errors);
    }
    for (String given : paths) {
      Path path = workingDirectory.resolve(given);
      String display = displayOf(given);
      if (Files.isDirectory(path)) {
        walk(path, display.isEmpty() ? "" : display + "/", files, errors);
      } else if (Files.exists(path)) {
        files.add(new FileTarget(path, display));
      } else {
        errors.add(new Unreadable(display, "no such file or directory; check the path"));
      }
    }
    return new Found(files, errors);
  }

  static boolean isComposeFileName(String name) {
    return COMPOSE_FILE.matcher(name).matches();
  }

  /**
   * The path as given, without a leading {@code ./} or trailing slash, so diff headers stay clean.
   */
  private static String displayOf(String given) {
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
      Path root, String prefix, List<FileTarget> files, List<Unreadable> errors) {
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
              if (isComposeFileName(file.getFileName().toString()) && !attributes.isDirectory()) {
                found.add(
                    new FileTarget(
                        file, prefix + root.relativize(file).toString().replace('\\', '/')));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              String where = prefix + root.relativize(file).toString().replace('\\', '/');
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
