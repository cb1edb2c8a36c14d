package dev.composefix.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Folders that property tries make and remove themselves, since jqwik has no temporary-folder
 * support.
 */
public final class TempFolders {

  private TempFolders() {}

  /** Removes a folder and everything in it. */
  public static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /**
   * Every file below the folder, by its path relative to it with forward slashes, as UTF-8 text.
   */
  public static java.util.Map<String, String> contents(Path dir) throws IOException {
    java.util.Map<String, String> files = new java.util.TreeMap<>();
    try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(dir)) {
      for (Path file : walk.filter(java.nio.file.Files::isRegularFile).toList()) {
        files.put(
            dir.relativize(file).toString().replace('\\', '/'),
            java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
