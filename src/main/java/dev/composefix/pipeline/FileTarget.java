package dev.composefix.pipeline;

import java.nio.file.Path;

/**
 * A file to process.
 *
 * @param path where it is
 * @param display how output names it: the path as the user gave it, joined with the file's place
 *     below a folder they gave
 * @param patchPath how diff headers name it: relative to the working folder, so that {@code git
 *     apply} and {@code patch -p1} find it from there even when it was given as an absolute path
 */
public record FileTarget(Path path, String display, String patchPath) {

  /** A file whose diff headers use its display name. */
  public FileTarget(Path path, String display) {
    this(path, display, display);
  }

  /** The folder its relative paths, such as build contexts, resolve from. */
  public java.util.Optional<Path> folder() {
    return java.util.Optional.ofNullable(path.toAbsolutePath().normalize().getParent());
  }

  /** A file given on the command line, named in diffs relative to the working folder. */
  public static FileTarget of(Path path, String display, Path workingDirectory) {
    Path absolute = path.toAbsolutePath().normalize();
    Path base = workingDirectory.toAbsolutePath().normalize();
    String relative = base.relativize(absolute).toString().replace(java.io.File.separatorChar, '/');
    return new FileTarget(path, display, relative.isEmpty() ? display : relative);
  }
}
