package dev.composefix.pipeline;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.Interpolation;
import dev.composefix.project.DotEnv;
import dev.composefix.project.Includes;
import dev.composefix.project.ProjectFiles;
import dev.composefix.project.Variables;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.ParserLimits;
import dev.composefix.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Groups the Compose files found on the command line into projects, each loaded once: in each
 * folder, the files {@code docker compose} would merge there ({@link ProjectFiles}) make one
 * project, every other file is a project of its own, and a file that another project includes is
 * not also a project alone.
 */
public final class ProjectPlanner {

  private final Function<String, Optional<String>> environment;
  private final Path workingDirectory;
  private final ParserLimits limits;
  private final Map<Path, Set<Path>> includes = new java.util.HashMap<>();

  /**
   * A top-level {@code include:} key, at the start of a line (a byte-order mark or quotes allowed):
   * only a file that has one is parsed here, since parsing every file twice would slow every run. A
   * file whose top level is a flow mapping is not parsed here; its project still follows its
   * includes, and a file it includes is then also judged alone.
   */
  private static final java.util.regex.Pattern TOP_LEVEL_INCLUDE =
      java.util.regex.Pattern.compile("(?m)^(?:\u00EF\u00BB\u00BF)?[\"']?include[\"']?[ \t]*:");

  public ProjectPlanner(
      Function<String, Optional<String>> environment, Path workingDirectory, ParserLimits limits) {
    this.environment = environment;
    this.workingDirectory = workingDirectory;
    this.limits = limits;
  }

  /**
   * The projects of the files found, in the order of their folders.
   *
   * @param named the files named on the command line (absolute, normalized): only they, and what
   *     they include, are reported; a file found by searching a folder reports its whole project
   * @param envFiles the files given with {@code --env-file}
   */
  public List<ProjectTarget> plan(
      List<FileTarget> found, Set<Path> named, Optional<List<Path>> envFiles) {
    return plan(found, named, envFiles, List.of());
  }

  /**
   * The projects of the files found, and of each folder where no Compose-named file was found but
   * whose {@code .env} sets {@code COMPOSE_FILE}: {@code docker compose} run there loads the files
   * it names whatever their names ({@code base.yml:prod.yml}). A named file that is not there is
   * left out.
   *
   * @param dotEnvs the {@code .env} files a folder search found
   */
  public List<ProjectTarget> plan(
      List<FileTarget> found,
      Set<Path> named,
      Optional<List<Path>> envFiles,
      List<FileTarget> dotEnvs) {
    Map<Path, List<FileTarget>> byFolder = new LinkedHashMap<>();
    for (FileTarget file : found) {
      Path folder = folder(file);
      List<FileTarget> files = byFolder.get(folder);
      if (files == null) {
        files = new ArrayList<>();
        byFolder.put(folder, files);
      }
      files.add(file);
    }
    for (FileTarget dotEnv : dotEnvs) {
      Path folder = folder(dotEnv);
      Variables variables = folderVariables(folder, envFiles);
      if (byFolder.containsKey(folder) || variables.value("COMPOSE_FILE").isEmpty()) {
        continue;
      }
      List<FileTarget> members = new ArrayList<>();
      for (Path member : ProjectFiles.in(folder, variables)) {
        if (java.nio.file.Files.isRegularFile(member)) {
          String relative =
              folder.relativize(member).toString().replace(java.io.File.separatorChar, '/');
          members.add(
              FileTarget.of(member, folderOf(dotEnv.display()) + relative, workingDirectory));
        }
      }
      if (!members.isEmpty()) {
        byFolder.put(folder, members);
      }
    }
    List<ProjectTarget> projects = new ArrayList<>();
    for (Map.Entry<Path, List<FileTarget>> folder : byFolder.entrySet()) {
      projects.addAll(inFolder(folder.getKey(), folder.getValue(), named, envFiles));
    }
    // Output keeps the order the files were found in: a project comes where its first file was.
    Map<Path, Integer> order = new HashMap<>();
    for (int i = 0; i < found.size(); i++) {
      order.putIfAbsent(normalized(found.get(i).path()), i);
    }
    int[] firstFound = new int[projects.size()];
    for (int i = 0; i < projects.size(); i++) {
      firstFound[i] = Integer.MAX_VALUE;
      for (FileTarget file : projects.get(i).files()) {
        firstFound[i] =
            Math.min(firstFound[i], order.getOrDefault(normalized(file.path()), Integer.MAX_VALUE));
      }
    }
    List<ProjectTarget> inOrder = new ArrayList<>();
    for (int i : orderByKey(firstFound)) {
      inOrder.add(projects.get(i));
    }
    return withoutIncluded(inOrder);
  }

  /**
   * The projects without those that another project includes: each project that no other includes
   * is kept, and so is the first of files that only include one another (a cycle, which its
   * pipeline then reports).
   */
  private List<ProjectTarget> withoutIncluded(List<ProjectTarget> projects) {
    if (projects.size() == 1) {
      // No other project to include it or to share its files: the common run of one file or
      // folder keeps it without reading its files for includes (a scan of the whole text).
      return List.of(projects.get(0).judgingElsewhere(Set.of()));
    }
    Map<Path, Integer> byFile = new LinkedHashMap<>();
    List<Set<Path>> includes = new ArrayList<>();
    Set<Path> includedByAny = new HashSet<>();
    for (int i = 0; i < projects.size(); i++) {
      for (FileTarget file : projects.get(i).files()) {
        byFile.putIfAbsent(real(file.path()), i);
      }
      List<Path> paths = new ArrayList<>();
      for (FileTarget file : projects.get(i).files()) {
        paths.add(file.path());
      }
      includes.add(includedBy(paths));
    }
    for (int i = 0; i < projects.size(); i++) {
      for (Path path : includes.get(i)) {
        Integer owner = byFile.get(path);
        if (owner != null && owner != i) {
          includedByAny.add(path);
        }
      }
    }
    boolean[] kept = new boolean[projects.size()];
    boolean[] reached = new boolean[projects.size()];
    for (int i = 0; i < projects.size(); i++) {
      ProjectTarget project = projects.get(i);
      kept[i] =
          project.files().size() > 1
              || !includedByAny.contains(real(project.files().get(0).path()));
    }
    for (int i = 0; i < projects.size(); i++) {
      if (kept[i]) {
        reach(i, includes, byFile, reached);
      }
    }
    // Of files that include one another, the one nearest the top folder is kept.
    int[] depth = new int[projects.size()];
    for (int i = 0; i < projects.size(); i++) {
      String display = projects.get(i).display();
      for (int c = 0; c < display.length(); c++) {
        if (display.charAt(c) == '/') {
          depth[i]++;
        }
      }
    }
    for (int i : orderByKey(depth)) {
      if (!reached[i]) {
        kept[i] = true;
        reach(i, includes, byFile, reached);
      }
    }
    List<ProjectTarget> result = new ArrayList<>();
    Set<Path> claimed = new HashSet<>();
    for (int i = 0; i < projects.size(); i++) {
      if (kept[i]) {
        Set<Path> elsewhere = new HashSet<>();
        for (Path file : closure(projects.get(i))) {
          if (!claimed.add(file)) {
            elsewhere.add(file);
          }
        }
        result.add(projects.get(i).judgingElsewhere(elsewhere));
      }
    }
    return result;
  }

  /**
   * The indexes 0 to n - 1 ordered by their keys, equal keys in index order: each key and its index
   * packed in one long, so that sorting the numbers in their natural order is a stable sort without
   * a comparator. Boxed, because on Java 22 and later sorting a {@code long[]} spins a lambda.
   */
  static int[] orderByKey(int[] keys) {
    List<Long> packed = new ArrayList<>(keys.length);
    for (int i = 0; i < keys.length; i++) {
      packed.add(((long) keys[i] << 32) | i);
    }
    Collections.sort(packed);
    int[] order = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      order[i] = (int) packed.get(i).longValue();
    }
    return order;
  }

  /** The project's files and every file they include, through includes of includes. */
  private Set<Path> closure(ProjectTarget project) {
    Set<Path> files = new java.util.LinkedHashSet<>();
    Deque<Path> pending = new ArrayDeque<>();
    for (FileTarget file : project.files()) {
      pending.add(real(file.path()));
    }
    while (!pending.isEmpty()) {
      Path file = pending.removeFirst();
      if (files.add(file)) {
        // One by one: ArrayDeque.addAll links a method reference on every cold run.
        for (Path included : includedBy(List.of(file))) {
          pending.add(included);
        }
      }
    }
    return files;
  }

  private static void reach(
      int project, List<Set<Path>> includes, Map<Path, Integer> byFile, boolean[] reached) {
    if (reached[project]) {
      return;
    }
    reached[project] = true;
    for (Path path : includes.get(project)) {
      Integer next = byFile.get(path);
      if (next != null) {
        reach(next, includes, byFile, reached);
      }
    }
  }

  /** The project {@code -f} files make, or the folder's own when none is given. */
  public ProjectTarget explicit(
      Path directory, List<FileTarget> files, Optional<List<Path>> envFiles) {
    if (!files.isEmpty()) {
      return new ProjectTarget(directory, files, Set.of(), envFiles);
    }
    List<FileTarget> defaults = new ArrayList<>();
    for (Path path : ProjectFiles.in(directory, folderVariables(directory, envFiles))) {
      defaults.add(FileTarget.of(path, displayOf(path), workingDirectory));
    }
    return new ProjectTarget(directory, defaults, Set.of(), envFiles);
  }

  private List<ProjectTarget> inFolder(
      Path folder, List<FileTarget> found, Set<Path> named, Optional<List<Path>> envFiles) {
    List<Path> members = ProjectFiles.in(folder, folderVariables(folder, envFiles));
    Map<Path, FileTarget> byPath = new LinkedHashMap<>();
    for (FileTarget file : found) {
      byPath.put(normalized(file.path()), file);
    }
    List<ProjectTarget> projects = new ArrayList<>();
    Set<Path> memberPaths = new HashSet<>();
    for (Path member : members) {
      memberPaths.add(normalized(member));
    }
    boolean foundAMember = false;
    for (Path member : memberPaths) {
      foundAMember |= byPath.containsKey(member);
    }
    if (foundAMember) {
      String prefix = folderOf(found.get(0).display());
      List<FileTarget> files = new ArrayList<>();
      Set<Path> reported = new HashSet<>();
      boolean scanned = false;
      for (Path member : members) {
        FileTarget file = byPath.get(normalized(member));
        if (file == null) {
          String relative =
              folder.relativize(member).toString().replace(java.io.File.separatorChar, '/');
          file = FileTarget.of(member, prefix + relative, workingDirectory);
        } else if (named.contains(normalized(member))) {
          reported.add(normalized(member));
        } else {
          scanned = true;
        }
        files.add(file);
      }
      projects.add(new ProjectTarget(folder, files, scanned ? Set.of() : reported, envFiles));
    }
    for (FileTarget file : found) {
      if (!foundAMember || !memberPaths.contains(normalized(file.path()))) {
        projects.add(new ProjectTarget(folder, List.of(file), Set.of(), envFiles));
      }
    }
    return projects;
  }

  /** The variables {@code COMPOSE_FILE} is looked up in: the environment, then the env files. */
  private Variables folderVariables(Path folder, Optional<List<Path>> envFiles) {
    Map<String, List<DotEnv.Entry>> entries = new LinkedHashMap<>();
    for (Path envFile : envFiles.orElse(List.of(folder.resolve(".env")))) {
      try {
        byte[] bytes = SourceFiles.read(envFile, limits.maxCodePoints());
        entries.put(envFile.toString(), DotEnv.parse(SourceText.decode(bytes).text(), environment));
      } catch (IOException | SourceFiles.Refused | DotEnv.DotEnvException unreadable) {
        // The project's pipeline reports an env file it cannot read; here it only picks files.
      } catch (dev.composefix.text.InvalidEncodingException unreadable) {
        // Reported by the project's pipeline too.
      }
    }
    return Variables.of(environment, entries);
  }

  /**
   * The files that a project's files include. Only a file that mentions {@code include} is parsed
   * here; the project's pipeline parses every file again when it judges it.
   */
  private Set<Path> includedBy(List<Path> files) {
    Set<Path> included = new HashSet<>();
    for (Path file : files) {
      Path real = real(file);
      Set<Path> ofFile = includes.get(real);
      if (ofFile == null) {
        ofFile = includedBy(real);
        includes.put(real, ofFile);
      }
      included.addAll(ofFile);
    }
    return included;
  }

  /** What one file includes; each file is read once per run. */
  private Set<Path> includedBy(Path file) {
    Set<Path> included = new HashSet<>();
    try {
      byte[] bytes = SourceFiles.read(file, limits.maxCodePoints());
      String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
      // The word itself is looked for first: most files never write it, and a plain search is
      // far cheaper than trying the pattern at every line of a large file before it is compiled.
      if (!latin1.contains("include") || !TOP_LEVEL_INCLUDE.matcher(latin1).find()) {
        return included;
      }
      Optional<ComposeFile> compose =
          ComposeFile.of(new YamlParser(limits).parse(SourceText.decode(bytes)));
      Path folder = file.toAbsolutePath().normalize().getParent();
      if (compose.isEmpty()) {
        return included;
      }
      for (Includes.Include include : Includes.of(compose.get())) {
        for (String path : include.paths()) {
          Optional<String> interpolated = Interpolation.withDefaults(path);
          if (interpolated.isPresent()) {
            included.add(real(folder.resolve(interpolated.get()).normalize()));
          }
        }
      }
    } catch (IOException
        | SourceFiles.Refused
        | dev.composefix.text.InvalidEncodingException
        | dev.composefix.yaml.InvalidYamlException unreadable) {
      // A file that cannot be read or parsed includes nothing; its pipeline reports why.
    }
    return included;
  }

  private String displayOf(Path path) {
    Path base = workingDirectory.toAbsolutePath().normalize();
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(base)
        ? base.relativize(absolute).toString().replace(java.io.File.separatorChar, '/')
        : path.toString();
  }

  private static Path folder(FileTarget file) {
    return file.folder().orElse(file.path().toAbsolutePath().normalize());
  }

  private static String folderOf(String display) {
    int slash = display.lastIndexOf('/');
    return slash < 0 ? "" : display.substring(0, slash + 1);
  }

  private static Path normalized(Path path) {
    return path.toAbsolutePath().normalize();
  }

  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException unresolvable) {
      return normalized(path);
    }
  }
}
