package dev.composefix.pipeline;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.Interpolation;
import dev.composefix.compose.Service;
import dev.composefix.project.DotEnv;
import dev.composefix.project.Includes;
import dev.composefix.project.ProjectView;
import dev.composefix.project.Variables;
import dev.composefix.report.FileError;
import dev.composefix.report.FileResult;
import dev.composefix.text.InvalidEncodingException;
import dev.composefix.text.Position;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YamlData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
 * One project from its files to a result per file: reads its {@code .env}, loads its files and what
 * they include (compose-spec {@code 14-include.md}; an include cycle is refused, as Compose refuses
 * it), and judges each file with the whole project around it, through the per-file pipeline.
 */
public final class ProjectPipeline {

  /** Passes over a project's files until their fixes stop moving one another. */
  private static final int MAX_PASSES = 4;

  /** A file of the project and its result. */
  public record Judged(FileTarget target, FileResult result) {}

  /**
   * What came of a project: the results of the files it reports, notes on the files it judged with
   * them but does not change, when those have fixes, and the project as read.
   */
  public record Outcome(List<Judged> files, List<String> notes, ProjectView project) {}

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
      Optional<ComposeFile> compose = member.loaded().compose();
      layers.add(
          new ProjectView.Layer(
              target.display(),
              compose,
              compose.isPresent() ? bases.of(target, compose.get()) : Map.of()));
    }
    // Each file is judged with the other files as they will be written: a fix in one (a pinned
    // image) can decide what another's healthcheck may call, and judging it against the unfixed
    // file would leave a fix for the next run. So the files are judged again, each from its own
    // original text, until no file's fixed text moves, a few passes at most.
    List<ProjectView.Layer> asWritten = new ArrayList<>(layers);
    Map<Integer, String> fixedTexts = new HashMap<>();
    List<Judged> results;
    List<String> notes;
    Map<Integer, Judged> judged;
    int pass = 0;
    boolean moved;
    do {
      results = new ArrayList<>(loading.envErrors);
      notes = new ArrayList<>();
      judged = new LinkedHashMap<>();
      moved = false;
      for (int i = 0; i < loading.members.size(); i++) {
        Member member = loading.members.get(i);
        ProjectView view = new ProjectView(asWritten, i, member.variables());
        if (member.reported()) {
          Judged result = new Judged(member.loaded().target(), files.judge(member.loaded(), view));
          judged.put(i, result);
          results.add(result);
          String text = fixedText(result);
          moved |= text != null && !text.equals(fixedTexts.put(i, text));
          asWritten.set(i, fixedLayer(layers.get(i), result, bases));
        } else if (!project.reported().isEmpty()
            && !loading.judgedElsewhere.contains(real(member.loaded().target().path()))) {
          Optional<String> note =
              unchangedFixes(member.loaded().target(), files.judge(member.loaded(), view));
          if (note.isPresent()) {
            notes.add(note.get());
          }
        }
      }
      pass++;
    } while (moved && layers.size() > 1 && pass < MAX_PASSES);
    return new Outcome(
        verified(layers, bases, judged, results),
        notes,
        new ProjectView(layers, 0, Variables.NONE));
  }

  /** The text a file's fixes give; null when the file failed or nothing changed. */
  private static String fixedText(Judged result) {
    if (result.result().failed() || !result.result().outcome().changed()) {
      return null;
    }
    return result.result().outcome().fixedDocument().source().text();
  }

  /** The layer as its file will be written: the fixed document when the file's fixes changed it. */
  private static ProjectView.Layer fixedLayer(
      ProjectView.Layer layer, Judged result, ExtendsBases bases) {
    if (result.result().failed() || !result.result().outcome().changed()) {
      return layer;
    }
    try {
      Optional<ComposeFile> fixed = ComposeFile.of(result.result().outcome().fixedDocument());
      return fixed.isEmpty()
          ? layer
          : new ProjectView.Layer(layer.display(), fixed, bases.of(result.target(), fixed.get()));
    } catch (dev.composefix.yaml.InvalidYamlException e) {
      // The project check after fixing reports it; judge the rest with the file as it was.
      return layer;
    }
  }

  /**
   * The results, or, when the project merged from the fixed files differs from the original beyond
   * the fixes, each changed file's internal error, so that none of them is written. Only a project
   * of several files in which something changed is merged again.
   */
  private List<Judged> verified(
      List<ProjectView.Layer> layers,
      ExtendsBases bases,
      Map<Integer, Judged> judged,
      List<Judged> results) {
    List<Integer> changed = new ArrayList<>();
    for (Map.Entry<Integer, Judged> entry : judged.entrySet()) {
      FileResult result = entry.getValue().result();
      if (!result.failed() && result.outcome().changed()) {
        changed.add(entry.getKey());
      }
    }
    if (changed.isEmpty() || layers.size() < 2 && layers.get(0).bases().isEmpty()) {
      return results;
    }
    List<ProjectView.Layer> fixedLayers = new ArrayList<>(layers);
    List<ProjectFixCheck.Change> changes = new ArrayList<>();
    Set<String> services = new java.util.TreeSet<>();
    Optional<String> difference = Optional.empty();
    try {
      for (int i : changed) {
        Judged file = judged.get(i);
        var outcome = file.result().outcome();
        ComposeFile fixed = ComposeFile.of(outcome.fixedDocument()).orElseThrow();
        fixedLayers.set(
            i,
            new ProjectView.Layer(
                layers.get(i).display(), Optional.of(fixed), bases.of(file.target(), fixed)));
        changes.add(
            new ProjectFixCheck.Change(outcome.originalDocument(), outcome.fixedDocument()));
      }
      for (List<ProjectView.Layer> project : List.of(layers, fixedLayers)) {
        for (ProjectView.Layer layer : project) {
          if (layer.compose().isPresent()) {
            for (Service service : layer.compose().get().services()) {
              services.add(service.name());
            }
          }
        }
      }
      difference =
          ProjectFixCheck.difference(
              new ProjectView(layers, 0, Variables.NONE),
              new ProjectView(fixedLayers, 0, Variables.NONE),
              changes,
              services);
    } catch (dev.composefix.yaml.InvalidYamlException | java.util.NoSuchElementException e) {
      difference = Optional.of("a fixed file no longer reads as a Compose file");
    }
    if (difference.isEmpty()) {
      return results;
    }
    List<String> names = new ArrayList<>();
    for (int i : changed) {
      names.add(judged.get(i).target().display());
    }
    FileError error =
        FilePipeline.internalError(
            "the project merged from the fixed files differs from the original beyond the fixes ("
                + difference.get()
                + "); files: "
                + String.join(", ", names));
    List<Judged> failed = new ArrayList<>();
    for (Judged result : results) {
      boolean stopped = false;
      for (int i : changed) {
        stopped |= judged.get(i) == result;
      }
      failed.add(
          stopped
              ? new Judged(result.target(), FileResult.failed(result.target().display(), error))
              : result);
    }
    return failed;
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
      ImportedServices imported = new ImportedServices(loaded.compose().get());
      for (Includes.Include include : Includes.of(loaded.compose().get())) {
        int before = loading.members.size();
        error = include(loading, file, loaded, include, variables, reported);
        if (error.isEmpty()) {
          Optional<Conflict> conflict =
              imported.conflict(include, loading.members.subList(before, loading.members.size()));
          if (conflict.isPresent()) {
            error = Optional.of(conflictError(file, loaded, conflict.get()));
          }
        }
        if (error.isPresent()) {
          break;
        }
      }
    }
    loading.including.pop();
    loading.members.add(
        new Member(
            error.isPresent() ? FilePipeline.Loaded.failed(file, error.get()) : loaded,
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
      Optional<String> path = Interpolation.resolve(written, variables);
      if (path.isEmpty()) {
        return Optional.of(
            failed(file, at, "include path '" + written + "' uses a variable that is not set"));
      }
      paths.add(folder.resolve(path.get()).normalize());
    }
    Path projectDirectory =
        include.projectDirectory().isPresent()
            ? folder.resolve(include.projectDirectory().get()).normalize()
            : paths.get(0).getParent();
    List<Path> envFiles = new ArrayList<>();
    for (String envFile : include.envFiles()) {
      envFiles.add(folder.resolve(envFile).normalize());
    }
    if (envFiles.isEmpty()) {
      envFiles.add(projectDirectory.resolve(".env"));
    }
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
      // Each level of includes is a level of this walk's stack, so its depth is bounded as the
      // nesting within a file is: a chain of thousands of files would otherwise run out of stack.
      int maxDepth = files.settings().limits().maxDepth();
      if (loading.including.size() >= maxDepth) {
        return Optional.of(
            failed(
                file,
                at,
                "includes nested deeper than "
                    + maxDepth
                    + " files ("
                    + file.display()
                    + " includes "
                    + display
                    + "); raise the limit with --max-depth if the project is genuine"));
      }
      add(loading, FileTarget.of(path, display, workingDirectory), includedVariables, reported);
    }
    return Optional.empty();
  }

  /**
   * The services a file defines and those its includes have imported so far. compose-go refuses a
   * service an include imports when the including file, or an earlier include, already has it with
   * another definition ({@code loader/include.go}, {@code importResource}: "services.NAME conflicts
   * with imported resource"; compose-spec/compose-go at 0761c331, checked 2026-12-06); an identical
   * definition is accepted. The files of one include entry are merged with each other first, so
   * they may share a service.
   */
  private static final class ImportedServices {
    private final Map<String, YNode> owned = new LinkedHashMap<>();
    private final Map<String, Member> importedFrom = new HashMap<>();
    private final Map<String, YNode> nameNodes = new HashMap<>();

    ImportedServices(ComposeFile including) {
      for (Service service : including.services()) {
        owned.put(service.name(), service.mapping());
        nameNodes.put(service.name(), service.nameNode());
      }
    }

    /** The first service the include's files define that clashes; records the rest as imported. */
    Optional<Conflict> conflict(Includes.Include include, List<Member> added) {
      Map<String, Member> entry = new LinkedHashMap<>();
      Map<String, YNode> definitions = new LinkedHashMap<>();
      for (Member member : added) {
        for (Service service :
            member.loaded().compose().map(ComposeFile::services).orElse(List.of())) {
          entry.put(service.name(), member);
          definitions.put(service.name(), service.mapping());
        }
      }
      for (var defined : definitions.entrySet()) {
        String name = defined.getKey();
        YNode existing = owned.get(name);
        if (existing != null && !YamlData.of(existing).equals(YamlData.of(defined.getValue()))) {
          return Optional.of(
              new Conflict(
                  name,
                  Optional.ofNullable(nameNodes.get(name)).orElse(include.at()),
                  entry.get(name).loaded().target().display(),
                  Optional.ofNullable(importedFrom.get(name))
                      .map(m -> m.loaded().target().display())));
        }
      }
      definitions.forEach(owned::putIfAbsent);
      entry.forEach(importedFrom::putIfAbsent);
      return Optional.empty();
    }
  }

  /**
   * A service defined twice across an include.
   *
   * @param at the including file's service key, or the include entry when an earlier include
   *     brought the service
   * @param earlierInclude the file of the earlier include that brought it, if one did
   */
  private record Conflict(
      String service, YNode at, String includedFile, Optional<String> earlierInclude) {}

  private static FileResult conflictError(
      FileTarget file, FilePipeline.Loaded loaded, Conflict conflict) {
    Position at =
        loaded.compose().orElseThrow().document().source().positionOf(conflict.at().span().start());
    String where =
        conflict.earlierInclude().map(earlier -> "included file " + earlier).orElse(file.display());
    return failed(
        file,
        at,
        "service '"
            + conflict.service()
            + "' is defined both in "
            + where
            + " and in included file "
            + conflict.includedFile()
            + ", with different definitions; Compose refuses that (services."
            + conflict.service()
            + " conflicts with imported resource), so define it in one of them and change it"
            + " in an override file");
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
