package dev.composefix.images.routes;

import dev.composefix.images.dockerfile.ReadNote;
import java.util.List;
import java.util.Optional;

/**
 * The files read from a build context, and what could not be read.
 *
 * @param files in the order the Dockerfile copies them, each once
 */
public record SourceFiles(List<SourceFile> files, List<ReadNote> notes) {

  public static final SourceFiles NONE = new SourceFiles(List.of(), List.of());

  public SourceFiles {
    files = List.copyOf(files);
    notes = List.copyOf(notes);
  }

  /**
   * The file a command names, such as {@code gunicorn -c conf.py}: by its path in the image
   * (relative paths against {@code workdir}), or else by its path in the context.
   */
  public Optional<SourceFile> find(String path, String workdir) {
    String absolute =
        path.startsWith("/")
            ? path
            : (workdir.endsWith("/") ? workdir : workdir + "/")
                + (path.startsWith("./") ? path.substring(2) : path);
    for (SourceFile file : files) {
      if (file.imagePath().equals(absolute)) {
        return Optional.of(file);
      }
    }
    String relative = path.startsWith("./") ? path.substring(2) : path;
    return files.stream().filter(f -> f.path().equals(relative)).findFirst();
  }
}
