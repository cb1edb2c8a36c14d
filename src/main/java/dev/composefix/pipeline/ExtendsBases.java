package dev.composefix.pipeline;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.Service;
import dev.composefix.project.ProjectView;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the services of a file extend from other files (compose-spec {@code 05-services.md},
 * "extends": {@code file:} and {@code service:}), followed recursively, each file read once. The
 * files extended are read, not judged: a service's own file judges it.
 */
final class ExtendsBases {

  private final FilePipeline files;
  private final Path workingDirectory;
  private final Map<Path, Optional<ComposeFile>> read = new HashMap<>();

  // Each link of every chain names its file by its real path: resolving it asks the file system
  // about every part of the path, and a file whose services extend one another in a long chain
  // asked again for every link of every service's chain.
  private final Map<Path, Path> realPaths = new HashMap<>();

  ExtendsBases(FilePipeline files, Path workingDirectory) {
    this.files = files;
    this.workingDirectory = workingDirectory;
  }

  /**
   * For each service of the file whose {@code extends} chain reaches another file, the services it
   * extends, the deepest first; a chain with a missing file, service or a cycle gives nothing.
   */
  Map<String, List<ProjectView.Base>> of(FileTarget file, ComposeFile compose) {
    Map<String, List<ProjectView.Base>> bases = new LinkedHashMap<>();
    for (Service service : compose.services()) {
      if (service.find("extends").isEmpty()) {
        continue;
      }
      List<ProjectView.Base> chain = new ArrayList<>();
      if (collect(file, compose, service, chain, new HashSet<>())
          && chain.stream().anyMatch(base -> !base.display().equals(file.display()))) {
        bases.put(service.name(), List.copyOf(chain));
      }
    }
    return bases;
  }

  /** Adds what the service extends to the chain, the deepest first; false when a link fails. */
  private boolean collect(
      FileTarget file,
      ComposeFile compose,
      Service service,
      List<ProjectView.Base> chain,
      Set<String> visiting) {
    Optional<YNode> extendsValue = service.find("extends").map(Mappings.Found::value);
    if (extendsValue.isEmpty()) {
      return true;
    }
    FileTarget baseFile = file;
    ComposeFile baseCompose = compose;
    Optional<String> name = Optional.empty();
    if (extendsValue.get() instanceof YScalar scalar) {
      name = Optional.of(scalar.value());
    } else if (extendsValue.get() instanceof YMapping mapping) {
      name = text(mapping, "service");
      Optional<String> other = text(mapping, "file");
      if (other.isPresent()) {
        Path folder = file.folder().orElse(workingDirectory);
        Path path = folder.resolve(other.get()).normalize();
        baseFile =
            FileTarget.of(
                path,
                ProjectPipeline.displayBeside(file.display(), folder, path),
                workingDirectory);
        Optional<ComposeFile> loaded = load(baseFile);
        if (loaded.isEmpty()) {
          return false;
        }
        baseCompose = loaded.get();
      }
    }
    if (name.isEmpty() || !visiting.add(real(baseFile.path()) + "#" + name.get())) {
      return false;
    }
    Optional<Service> base = baseCompose.service(name.get());
    if (base.isEmpty() || !collect(baseFile, baseCompose, base.get(), chain, visiting)) {
      return false;
    }
    chain.add(
        new ProjectView.Base(baseFile.display(), base.get(), baseCompose.document().source()));
    return true;
  }

  private Optional<ComposeFile> load(FileTarget file) {
    return read.computeIfAbsent(real(file.path()), path -> files.load(file).compose());
  }

  private static Optional<String> text(YMapping mapping, String key) {
    return Mappings.get(mapping, key)
        .flatMap(Mappings::asScalar)
        .filter(scalar -> !scalar.isEmptyPlain())
        .map(YScalar::value);
  }

  private Path real(Path path) {
    Path known = realPaths.get(path);
    if (known == null) {
      try {
        known = path.toRealPath();
      } catch (IOException unresolvable) {
        known = path.toAbsolutePath().normalize();
      }
      realPaths.put(path, known);
    }
    return known;
  }
}
