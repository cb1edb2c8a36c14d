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
    // The services whose chains stay in this file and end well. A walk that reaches one while it
    // is still in this file stops there, so a chain of n services is walked once, not once for
    // each of them (n squared links).
    Set<String> local = new HashSet<>();
    // The services whose chains fail (a missing file or service, or a cycle): a walk that reaches
    // one fails there, for the same reason, so a cycle of n services is walked once too.
    Set<String> failing = new HashSet<>();
    for (Service service : compose.services()) {
      if (service.find("extends").isEmpty()) {
        continue;
      }
      Link first = new Link(file, compose, service);
      List<Link> nearestFirst = new ArrayList<>();
      if (!walk(first, local, failing, nearestFirst)) {
        failing.add(key(first));
        for (Link link : nearestFirst) {
          failing.add(key(link));
        }
        continue;
      }
      if (nearestFirst.stream().allMatch(link -> inFile(link, file))) {
        local.add(key(file, service));
        for (Link link : nearestFirst) {
          local.add(key(link.file(), link.service()));
        }
      } else {
        List<ProjectView.Base> chain = new ArrayList<>();
        for (int i = nearestFirst.size() - 1; i >= 0; i--) {
          Link link = nearestFirst.get(i);
          chain.add(
              new ProjectView.Base(
                  link.file().display(), link.service(), link.compose().document().source()));
        }
        bases.put(service.name(), List.copyOf(chain));
      }
    }
    return bases;
  }

  /**
   * Adds the links of the service's chain to {@code nearestFirst}, up to its end or to a service
   * known to be {@code local} while the chain is still in the first service's file; false when a
   * link fails or reaches a service known to be {@code failing}. Followed link by link, not
   * recursively: a chain of thousands of services must not run out of stack.
   */
  private boolean walk(
      Link first, Set<String> local, Set<String> failing, List<Link> nearestFirst) {
    Set<String> visiting = new HashSet<>();
    boolean inFirstFile = true;
    Link current = first;
    while (current.service().find("extends").isPresent()) {
      String key = key(current);
      if (failing.contains(key)) {
        return false;
      }
      if (inFirstFile && local.contains(key)) {
        return true;
      }
      Optional<Link> base = base(current, visiting);
      if (base.isEmpty()) {
        return false;
      }
      current = base.get();
      inFirstFile &= inFile(current, first.file());
      nearestFirst.add(current);
    }
    return true;
  }

  private static boolean inFile(Link link, FileTarget file) {
    return link.file().display().equals(file.display());
  }

  private String key(Link link) {
    return key(link.file(), link.service());
  }

  private String key(FileTarget file, Service service) {
    return real(file.path()) + "#" + service.name();
  }

  /** A service, and the file it is in. */
  private record Link(FileTarget file, ComposeFile compose, Service service) {}

  /**
   * The service that this link's service extends; empty when its file or service is missing, its
   * {@code extends} names none, or the chain comes back to a service it has visited.
   */
  private Optional<Link> base(Link link, Set<String> visiting) {
    YNode extendsValue = link.service().find("extends").orElseThrow().value();
    FileTarget baseFile = link.file();
    ComposeFile baseCompose = link.compose();
    Optional<String> name = Optional.empty();
    if (extendsValue instanceof YScalar scalar) {
      name = Optional.of(scalar.value());
    } else if (extendsValue instanceof YMapping mapping) {
      name = text(mapping, "service");
      Optional<String> other = text(mapping, "file");
      if (other.isPresent()) {
        Path folder = link.file().folder().orElse(workingDirectory);
        Path path = folder.resolve(other.get()).normalize();
        baseFile =
            FileTarget.of(
                path,
                ProjectPipeline.displayBeside(link.file().display(), folder, path),
                workingDirectory);
        Optional<ComposeFile> loaded = load(baseFile);
        if (loaded.isEmpty()) {
          return Optional.empty();
        }
        baseCompose = loaded.get();
      }
    }
    if (name.isEmpty() || !visiting.add(real(baseFile.path()) + "#" + name.get())) {
      return Optional.empty();
    }
    Optional<Service> base = baseCompose.service(name.get());
    return base.isEmpty()
        ? Optional.empty()
        : Optional.of(new Link(baseFile, baseCompose, base.get()));
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
