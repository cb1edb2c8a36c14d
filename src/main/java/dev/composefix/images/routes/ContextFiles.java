package dev.composefix.images.routes;

import dev.composefix.images.dockerfile.CopyFact;
import dev.composefix.images.dockerfile.ReadNote;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads the source files of a build context that the Dockerfile's {@code COPY}/{@code ADD}
 * instructions copy: folders recursively, globs in sources, {@code .dockerignore} exclusions. It
 * reads only regular text files with a source extension, within {@link Limits}, and never follows a
 * symbolic link, inside the context or out of it (a link is skipped with a note), so that nothing
 * outside the context is ever read; a FIFO or device is never opened. Nothing here throws: a
 * missing or unreadable context, and every limit reached, become notes.
 */
public final class ContextFiles {

  /** Extensions of the files read. */
  static final Set<String> EXTENSIONS =
      Set.of(
          "py",
          "js",
          "mjs",
          "cjs",
          "ts",
          "go",
          "java",
          "kt",
          "rb",
          "rs",
          "php",
          "conf",
          "toml",
          "yml",
          "yaml",
          "properties",
          "ru",
          "json",
          "ini");

  /** Build files without a source extension that say which framework an app uses. */
  static final Set<String> NAMES = Set.of("pom.xml", "build.gradle", "build.gradle.kts", "Gemfile");

  private final Path root;
  private final DockerIgnore ignore;
  private final Limits limits;
  private final List<ReadNote> notes = new ArrayList<>();
  private final Map<String, SourceFile> files = new LinkedHashMap<>();
  private long totalBytes;
  private int entries;
  private boolean stopped;

  private ContextFiles(Path root, DockerIgnore ignore, Limits limits) {
    this.root = root;
    this.ignore = ignore;
    this.limits = limits;
  }

  /**
   * The files the copies take from the context at {@code context}.
   *
   * @param copies the Dockerfile's copies; those with {@code --from} are skipped
   */
  public static SourceFiles read(
      Path context, List<CopyFact> copies, DockerIgnore ignore, Limits limits) {
    BasicFileAttributes attributes = attributes(context).orElse(null);
    if (attributes == null || !Files.isDirectory(context)) {
      return new SourceFiles(
          List.of(),
          List.of(ReadNote.of("build context " + context + " is not a readable folder")));
    }
    ContextFiles reader = new ContextFiles(context, ignore, limits);
    for (CopyFact copy : copies) {
      if (copy.fromContext()) {
        reader.copy(copy);
      }
    }
    return new SourceFiles(List.copyOf(reader.files.values()), reader.notes);
  }

  /**
   * The {@code .dockerignore} BuildKit uses: {@code <Dockerfile>.dockerignore} first, then the
   * context's.
   */
  public static DockerIgnore ignoreFile(
      Path context, Optional<Path> dockerfile, List<ReadNote> notes) {
    List<Path> candidates = new ArrayList<>();
    dockerfile.ifPresent(d -> candidates.add(d.resolveSibling(d.getFileName() + ".dockerignore")));
    candidates.add(context.resolve(".dockerignore"));
    for (Path candidate : candidates) {
      Optional<BasicFileAttributes> attributes = attributes(candidate);
      if (attributes.isEmpty()) {
        continue;
      }
      if (!attributes.get().isRegularFile()
          || attributes.get().size() > Limits.DEFAULT.maxFileBytes()) {
        notes.add(
            new ReadNote(
                candidate.getFileName().toString(),
                0,
                "not read: not a regular file of at most 256 KiB"));
        return DockerIgnore.NONE;
      }
      try {
        return DockerIgnore.parse(decode(Files.readAllBytes(candidate)));
      } catch (IOException e) {
        notes.add(
            new ReadNote(candidate.getFileName().toString(), 0, "not read: " + e.getMessage()));
        return DockerIgnore.NONE;
      }
    }
    return DockerIgnore.NONE;
  }

  private void copy(CopyFact copy) {
    boolean intoFolder = copy.destination().endsWith("/") || copy.sources().size() > 1;
    for (String source : copy.sources()) {
      if (stopped) {
        return;
      }
      String clean = cleanSource(source);
      boolean glob = Globs.isGlob(clean);
      Map<String, Path> matched = new TreeMap<>();
      boolean found = match(clean, matched);
      if (!found && !glob) {
        notes.add(
            new ReadNote(
                clean,
                0,
                "copied by the "
                    + copy.keyword()
                    + " at line "
                    + copy.line()
                    + " but not in the context"));
      }
      for (Map.Entry<String, Path> entry : matched.entrySet()) {
        String path = entry.getKey();
        Optional<BasicFileAttributes> attributes = attributes(entry.getValue());
        if (attributes.isEmpty()) {
          continue;
        }
        if (attributes.get().isDirectory()) {
          walk(entry.getValue(), path, trailingSlash(copy.destination()));
        } else {
          String name = path.substring(path.lastIndexOf('/') + 1);
          String imagePath =
              intoFolder || glob ? trailingSlash(copy.destination()) + name : copy.destination();
          file(entry.getValue(), path, imagePath, attributes.get());
        }
      }
    }
  }

  /** The context paths a source names: literal segments looked up, glob segments listed. */
  private boolean match(String source, Map<String, Path> matched) {
    List<String> segments = source.isEmpty() ? List.of() : List.of(source.split("/"));
    Map<String, Path> current = new TreeMap<>();
    current.put("", root);
    for (String segment : segments) {
      Map<String, Path> next = new TreeMap<>();
      for (Map.Entry<String, Path> entry : current.entrySet()) {
        if (!Files.isDirectory(entry.getValue(), LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        if (Globs.isGlob(segment)) {
          Pattern pattern = Globs.compile(segment, false);
          for (Path child : list(entry.getValue())) {
            String name = child.getFileName().toString();
            if (pattern.matcher(name).matches()) {
              next.put(join(entry.getKey(), name), child);
            }
          }
        } else {
          Path child = entry.getValue().resolve(segment);
          if (attributes(child).isPresent()) {
            next.put(join(entry.getKey(), segment), child);
          }
        }
      }
      current = next;
    }
    boolean found = false;
    for (Map.Entry<String, Path> entry : current.entrySet()) {
      BasicFileAttributes attributes = attributes(entry.getValue()).orElse(null);
      if (attributes == null) {
        continue;
      }
      found = true;
      if (attributes.isSymbolicLink()) {
        notes.add(
            new ReadNote(
                entry.getKey(), 0, "not read: a symbolic link (links are never followed)"));
      } else if (entry.getKey().isEmpty() || !ignore.excludes(entry.getKey())) {
        matched.put(entry.getKey(), entry.getValue());
      }
    }
    return found;
  }

  /**
   * A folder still to walk, its path in the context, and the last {@code .dockerignore} pattern
   * that matches it or a folder above it.
   */
  private record Folder(Path dir, String path, int ignoreMatch) {}

  /** Every file below a copied folder, in name order, without following links. */
  private void walk(Path folder, String path, String destination) {
    List<Folder> pending = new ArrayList<>();
    // The context itself is never matched, as Docker matches paths inside it.
    pending.add(
        new Folder(folder, path, path.isEmpty() ? DockerIgnore.NO_MATCH : ignore.lastMatch(path)));
    while (!pending.isEmpty() && !stopped) {
      Folder next = pending.remove(pending.size() - 1);
      Path dir = next.dir();
      String dirPath = next.path();
      List<Folder> children = new ArrayList<>();
      List<Path> listed = list(dir);
      if (stopped) {
        return;
      }
      for (Path child : listed) {
        String childPath = join(dirPath, child.getFileName().toString());
        BasicFileAttributes attributes = attributes(child).orElse(null);
        if (attributes == null) {
          continue;
        }
        int ignoreMatch = ignore.lastMatch(childPath, next.ignoreMatch());
        boolean excluded = ignore.excludedBy(ignoreMatch);
        if (excluded && (!attributes.isDirectory() || ignore.excludesAllBelow(ignoreMatch))) {
          continue;
        }
        String inImage =
            destination + (path.isEmpty() ? childPath : childPath.substring(path.length() + 1));
        if (attributes.isSymbolicLink()) {
          if (readable(childPath)) {
            notes.add(
                new ReadNote(childPath, 0, "not read: a symbolic link (links are never followed)"));
          }
        } else if (attributes.isDirectory()) {
          children.add(new Folder(child, childPath, ignoreMatch));
        } else if (!excluded) {
          file(child, childPath, inImage, attributes);
        }
      }
      // Reversed onto the stack so that folders are read in name order.
      for (int k = children.size() - 1; k >= 0; k--) {
        pending.add(children.get(k));
      }
    }
  }

  private void file(Path file, String path, String imagePath, BasicFileAttributes attributes) {
    if (stopped || files.containsKey(path) || !readable(path)) {
      return;
    }
    if (!attributes.isRegularFile()) {
      notes.add(new ReadNote(path, 0, "not read: not a regular file"));
      return;
    }
    if (attributes.size() > limits.maxFileBytes()) {
      notes.add(
          new ReadNote(path, 0, "not read: larger than " + (limits.maxFileBytes() >> 10) + " KiB"));
      return;
    }
    if (files.size() >= limits.maxFiles()) {
      stop("more than " + limits.maxFiles() + " source files copied; the rest are not read");
      return;
    }
    if (totalBytes + attributes.size() > limits.maxTotalBytes()) {
      stop(
          "more than "
              + (limits.maxTotalBytes() >> 10)
              + " KiB of source files copied; the rest are not read");
      return;
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      bytes = in.readNBytes(limits.maxFileBytes() + 1);
    } catch (IOException | SecurityException e) {
      notes.add(new ReadNote(path, 0, "not read: " + e.getMessage()));
      return;
    }
    if (bytes.length > limits.maxFileBytes()) {
      notes.add(
          new ReadNote(path, 0, "not read: larger than " + (limits.maxFileBytes() >> 10) + " KiB"));
      return;
    }
    for (byte b : bytes) {
      if (b == 0) {
        notes.add(new ReadNote(path, 0, "not read: binary content"));
        return;
      }
    }
    totalBytes += bytes.length;
    files.put(path, new SourceFile(path, imagePath, decode(bytes)));
  }

  private void stop(String message) {
    if (!stopped) {
      notes.add(ReadNote.of(message));
      stopped = true;
    }
  }

  /** Whether a name is one the reader reads: a source extension or a known build file. */
  static boolean readable(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (NAMES.contains(name)) {
      return true;
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /**
   * The entries of a folder in name order. A folder with more entries than the budget left stops
   * the reading before any of them is read, so that what is read never depends on the order the
   * file system lists entries in.
   */
  private List<Path> list(Path dir) {
    List<Path> children = new ArrayList<>();
    int budget = limits.maxEntries() - entries;
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path child : stream) {
        if (children.size() >= budget) {
          stop("more than " + limits.maxEntries() + " folder entries in the copied folders");
          return List.of();
        }
        children.add(child);
      }
    } catch (IOException | SecurityException e) {
      notes.add(
          new ReadNote(
              root.relativize(dir).toString().replace('\\', '/'),
              0,
              "folder not listed: " + e.getMessage()));
    }
    entries += children.size();
    children.sort(null);
    return children;
  }

  private static Optional<BasicFileAttributes> attributes(Path path) {
    try {
      return Optional.of(
          Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** A source as a context path: no leading {@code /} or {@code ./}, and no way above the root. */
  static String cleanSource(String source) {
    List<String> kept = new ArrayList<>();
    for (String segment : source.replace('\\', '/').split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (!kept.isEmpty()) {
          kept.remove(kept.size() - 1);
        }
        continue;
      }
      kept.add(segment);
    }
    return String.join("/", kept);
  }

  private static String join(String parent, String name) {
    return parent.isEmpty() ? name : parent + "/" + name;
  }

  private static String trailingSlash(String path) {
    return path.endsWith("/") ? path : path + "/";
  }

  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (java.nio.charset.CharacterCodingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
