package dev.composefix.images.routes;

import java.util.Objects;

/**
 * How much of a build context is read, so that a huge or hostile context costs bounded time and
 * memory.
 *
 * @param maxFiles the most source files read
 * @param maxTotalBytes the most bytes read in all
 * @param maxFileBytes the largest file read; larger ones are skipped with a note
 * @param maxEntries the most folder entries looked at while walking copied folders
 */
public record Limits(int maxFiles, long maxTotalBytes, int maxFileBytes, int maxEntries) {

  /** 2,000 files, 4 MiB in all, 256 KiB a file, 50,000 folder entries. */
  public static final Limits DEFAULT = new Limits(2_000, 4L << 20, 256 << 10, 50_000);

  public Limits {
    if (maxFiles < 0 || maxTotalBytes < 0 || maxFileBytes < 0 || maxEntries < 0) {
      throw new IllegalArgumentException("limits must not be negative");
    }
  }

  // Written out: a record's generated equals and hashCode are linked at run time, with classes
  // spun that no class-data archive holds; limits are part of a build's cache key.
  @Override
  public boolean equals(Object other) {
    return other instanceof Limits limits
        && maxFiles == limits.maxFiles
        && maxTotalBytes == limits.maxTotalBytes
        && maxFileBytes == limits.maxFileBytes
        && maxEntries == limits.maxEntries;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxFiles, maxTotalBytes, maxFileBytes, maxEntries);
  }
}
