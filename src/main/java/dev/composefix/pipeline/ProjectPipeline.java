package dev.composefix.pipeline;

import dev.composefix.compose.Interpolation;
import dev.composefix.project.DotEnv;
import dev.composefix.project.Includes;
import dev.composefix.project.ProjectView;
import dev.composefix.project.Variables;
import dev.composefix.report.FileError;
import dev.composefix.report.FileResult;
import dev.composefix.text.InvalidEncodingException;
import dev.composefix.text.Position;
import dev.composefix.text.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One project from its files to a result per file: reads its {@code .env}, loads its files and what
 * they include (compose-spec {@code 14-include.md}; an include cycle is refused, as Compose refuses
 * it), and judges each file with the whole project around it, through the per-file pipeline.
 */
public final class ProjectPipeline {

  /** A file of the project and its result. */
  public record Judged(FileTarget target, FileResult result) {}

  /**
   * What came of a project: the results of the files it reports, and notes on the files it judged
   * with them but does not change, when those have fixes.
   */
  public record Outcome(List<Judged> files, List<String> notes) {}

  private final FilePipeline files;
  private final Function<String, Optional<String>> environment;
  private final Path workingDirectory;

  /**
   * @param environment the process environment, which wins over {@code .env}
   * @param workingDirectory the folder diff headers are relative to
   */
  public ProjectPipeline(
      FilePipeline files, Function<String, Optional<String>> environment, Path workingDirectory) {
    this.files = files;
    this.environment = environment;
    this.workingDirectory = workingDirectory;
  }

  public FilePipeline files() {
    return files;
  }

  /** A loaded file, the variables it is read with, and whether its result is reported. */
  private record Member(FilePipeline.Loaded loaded, Variables variables, boolean reported) {}

  /** The project's loading: its members in merge order and the errors of its env files. */
  private final class Loading {
    final List<Member> members = new ArrayList<>();
    final List<Judged> envErrors = new ArrayList<>();
    final Set<Path> loaded = new HashSet<>();
    final Deque<Path> including = new ArrayDeque<>();
    final Set<Path> envErrorsSeen = new HashSet<>();
    final Set<Path> judgedElsewhere;

    Loading(Set<Path> judgedElsewhere) {
      this.judgedElsewhere = judgedElsewhere;
    }
  }

  /** Processes the project; the results of the files it reports, in merge order. */
  public Outcome process(ProjectTarget project) {
    Loading loading = new Loading(project.judgedElsewhere());
    Variables variables =
        variables(
            loading,
            project.envFiles().orElse(List.of(project.directory().resolve(".env"))),
            project.files().isEmpty() ? "" : folderOf(project.files().get(0).display()));
    for (FileTarget file : project.files()) {
      add(loading, file, variables, project.reports(file.path()));
    }
    List<ProjectView.Layer> layers = new ArrayList<>();
    ExtendsBases bases = new ExtendsBases(files, workingDirectory);
    for (Member member : loading.members) {
      FileTarget target = member.loaded().target();
      layers.add(
          new ProjectView.Layer(
              target.display(),
              member.loaded().compose(),
              member.loaded().compose().map(c -> bases.of(target, c)).orElse(Map.of())));
    }
    List<Judged> results = new ArrayList<>(loading.envErrors);
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < loading.members.size(); i++) {
      Member member = loading.members.get(i);
      ProjectView view = new ProjectView(layers, i, member.variables());
      if (member.reported()) {
        results.add(new Judged(member.loaded().target(), files.judge(member.loaded(), view)));
      } else if (!project.reported().isEmpty()
          && !loading.judgedElsewhere.contains(real(member.loaded().target().path()))) {
        unchangedFixes(member.loaded().target(), files.judge(member.loaded(), view))
            .ifPresent(notes::add);
      }
    }
    return new Outcome(results, notes);
  }

  /**
   * The note for a file of the project that the run judges with it but does not change (it was not
   * named, as when a pre-commit hook gets only the staged override), when it has fixes.
   */
  private static Optional<String> unchangedFixes(FileTarget file, FileResult result) {
    if (result.failed()) {
      return Optional.empty();
    }
    java.util.Set<String> rules = new java.util.TreeSet<>();
    int fixes = 0;
    for (var finding : result.outcome().findings()) {
      if (finding.isFixable(result.unsafeFixes())) {
        fixes++;
        rules.add(finding.rule().metadata().name());
      }
    }
    if (fixes == 0) {
      return Optional.empty();
    }
    return Optional.of(
        "compose-fix: "
            + file.display()
            + " belongs to the project but was not named, so its "
            + fixes
            + (fixes == 1 ? " fix (" : " fixes (")
            + String.join(", ", rules)
            + ") is left undone; run compose-fix on it too");
  }

  /** Loads a file after what it includes, each file once. */
  private void add(Loading loading, FileTarget file, Variables variables, boolean reported) {
    Path real = real(file.path());
    if (!loading.loaded.add(real)) {
      return;
    }
    FilePipeline.Loaded loaded = files.load(file);
    loading.including.push(real);
    List<Member> included = new ArrayList<>();
    Optional<FileResult> error = Optional.empty();
    if (loaded.compose().isPresent()) {
      for (Includes.Include include : Includes.of(loaded.compose().get())) {
        error = include(loading, file, loaded, include, variables, reported);
        if (error.isPresent()) {
          break;
        }
      }
    }
    loading.including.pop();
    loading.members.add(
        new Member(
            error.map(e -> FilePipeline.Loaded.failed(file, e)).orElse(loaded),
            variables,
            reported && !loading.judgedElsewhere.contains(real)));
  }

  private Optional<FileResult> include(
      Loading loading,
      FileTarget file,
      FilePipeline.Loaded loaded,
      Includes.Include include,
      Variables variables,
      boolean reported) {
    Path folder = file.folder().orElse(workingDirectory);
    Position at =
        loaded.compose().orElseThrow().document().source().positionOf(include.at().span().start());
    List<Path> paths = new ArrayList<>();
    for (String written : include.paths()) {
      Optional<String> path = Interpolation.resolve(written, variables::value);
      if (path.isEmpty()) {
        return Optional.of(
            failed(file, at, "include path '" + written + "' uses a variable that is not set"));
      }
      paths.add(folder.resolve(path.get()).normalize());
    }
    Path projectDirectory =
        include
            .projectDirectory()
            .map(d -> folder.resolve(d).normalize())
            .orElse(paths.get(0).getParent());
    List<Path> envFiles =
        include.envFiles().isEmpty()
            ? List.of(projectDirectory.resolve(".env"))
            : include.envFiles().stream().map(e -> folder.resolve(e).normalize()).toList();
    Variables includedVariables =
        variables.over(envEntries(loading, envFiles, folderOf(file.display())));
    for (Path path : paths) {
      String display = displayBeside(file.display(), folder, path);
      if (loading.including.contains(real(path))) {
        return Optional.of(
            failed(
                file,
                at,
                "include cycle: "
                    + file.display()
                    + " includes "
                    + display
                    + ", which includes it again; Compose refuses a cycle, so remove one of the"
                    + " includes"));
      }
      if (!Files.isRegularFile(path)) {
        return Optional.of(
            failed(file, at, "included file " + display + " does not exist; check the path"));
      }
      add(loading, FileTarget.of(path, display, workingDirectory), includedVariables, reported);
    }
    return Optional.empty();
  }

  /** Reads env files; a line Compose would refuse is that file's error. */
  private Variables variables(Loading loading, List<Path> envFiles, String displayFolder) {
    return Variables.of(environment, envEntries(loading, envFiles, displayFolder));
  }

  /** The entries of env files by display name; a file Compose would refuse gives none. */
  private Map<String, List<DotEnv.Entry>> envEntries(
      Loading loading, List<Path> envFiles, String displayFolder) {
    Map<String, List<DotEnv.Entry>> entries = new LinkedHashMap<>();
    for (Path envFile : envFiles) {
      Path normalized = envFile.toAbsolutePath().normalize();
      if (!Files.exists(normalized)) {
        continue;
      }
      String display = displayOf(normalized, displayFolder);
      try {
        byte[] bytes = SourceFiles.read(normalized, files.settings().limits().maxCodePoints());
        entries.put(display, DotEnv.parse(SourceText.decode(bytes).text(), environment));
      } catch (DotEnv.DotEnvException e) {
        envError(loading, normalized, display, e.position(), e.getMessage());
      } catch (InvalidEncodingException e) {
        envError(loading, normalized, display, e.position(), e.getMessage());
      } catch (SourceFiles.Refused e) {
        envError(loading, normalized, display, new Position(1, 1), e.getMessage());
      } catch (IOException e) {
        envError(
            loading,
            normalized,
            display,
            new Position(1, 1),
            "cannot read: " + IoMessages.describe(e));
      }
    }
    return entries;
  }

  private void envError(
      Loading loading, Path path, String display, Position position, String message) {
    if (loading.envErrorsSeen.add(path)) {
      loading.envErrors.add(
          new Judged(
              new FileTarget(path, display),
              FileResult.failed(display, new FileError(position, message, false))));
    }
  }

  private static FileResult failed(FileTarget file, Position at, String message) {
    return FileResult.failed(file.display(), new FileError(at, message, false));
  }

  /** How output names an env file: beside the project's first file, else as found. */
  private String displayOf(Path envFile, String displayFolder) {
    Path base = workingDirectory.toAbsolutePath().normalize();
    if (envFile.startsWith(base)) {
      return base.relativize(envFile).toString().replace(java.io.File.separatorChar, '/');
    }
    return displayFolder + envFile.getFileName();
  }

  /** An included file named the way the including file is named: {@code proj/db/compose.yaml}. */
  static String displayBeside(String including, Path folder, Path included) {
    String relative =
        folder.relativize(included).toString().replace(java.io.File.separatorChar, '/');
    String joined = folderOf(including) + relative;
    String normalized =
        Path.of(joined).normalize().toString().replace(java.io.File.separatorChar, '/');
    return normalized.isEmpty() ? joined : normalized;
  }

  /** The folder part of a display name, with its slash: {@code proj/} for {@code proj/x.yml}. */
  private static String folderOf(String display) {
    int slash = display.lastIndexOf('/');
    return slash < 0 ? "" : display.substring(0, slash + 1);
  }

  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException unresolvable) {
      return path.toAbsolutePath().normalize();
    }
  }
}
