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
}
