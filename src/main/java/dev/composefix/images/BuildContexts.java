package dev.composefix.images;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.Environment;
import dev.composefix.compose.EnvironmentEntry;
import dev.composefix.compose.ExtendedService;
import dev.composefix.compose.Interpolation;
import dev.composefix.compose.Service;
import dev.composefix.images.routes.BuildFacts;
import dev.composefix.images.routes.BuildReading;
import dev.composefix.images.routes.BuildRequest;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The build contexts of a Compose file's {@code build:} services, read from the folder the file's
 * relative paths resolve from, each once per run however many rules and passes ask: the rules of
 * one file ask for the same service again and again.
 */
public final class BuildContexts {

  /** For a file with no folder, as standard input: no build context is read. */
  public static final BuildContexts NONE = new BuildContexts(Optional.empty());

  private final Optional<Path> folder;
  private final Map<BuildRequest, BuildFacts> read = new ConcurrentHashMap<>();

  private BuildContexts(Optional<Path> folder) {
    this.folder = folder;
  }

  /** The build contexts of a file in {@code folder}. */
  public static BuildContexts in(Path folder) {
    return new BuildContexts(Optional.of(folder));
  }

  /**
   * What the service's build says of its image; empty when it has no {@code build:}, when there is
   * no folder to read from, or when a value it needs is a variable without a default.
   */
  public Optional<BuildFacts> of(ComposeFile compose, ExtendedService service) {
    if (folder.isEmpty()) {
      return Optional.empty();
    }
    Optional<BuildRequest> request = request(compose, service, folder.get());
    return request.map(r -> read.computeIfAbsent(r, BuildReading::read));
  }

  private static Optional<BuildRequest> request(
      ComposeFile compose, ExtendedService service, Path folder) {
    Optional<YNode> build = service.get("build").map(Mappings::resolve);
    if (build.isEmpty()) {
      return Optional.empty();
    }
    BuildRequest.Parts request = BuildRequest.of(folder).parts();
    if (build.get() instanceof YScalar scalar) {
      Optional<String> context = Interpolation.withDefaults(scalar.value());
      if (context.isEmpty()) {
        return Optional.empty();
      }
      request.context = context.get();
    } else if (build.get() instanceof YMapping mapping) {
      Optional<String> context = text(mapping, "context").or(() -> Optional.of("."));
      if (context.get().contains("$")) {
        return Optional.empty();
      }
      request.context = context.get();
      request.dockerfile = text(mapping, "dockerfile");
      request.dockerfileInline =
          Mappings.get(mapping, "dockerfile_inline")
              .flatMap(Mappings::asScalar)
              .map(YScalar::value);
      request.target = text(mapping, "target");
      request.buildArgs = args(mapping);
    } else {
      return Optional.empty();
    }
    request.projectImages = projectImages(compose);
    request.entrypoint = service.argv("entrypoint");
    request.command = service.argv("command");
    request.environment = environment(service);
    return Optional.of(request.build());
  }

  /** A value of the build mapping, with variables read with their defaults. */
  private static Optional<String> text(YMapping mapping, String key) {
    return Mappings.get(mapping, key)
        .flatMap(Mappings::asScalar)
        .filter(scalar -> !scalar.isEmptyPlain())
        .map(YScalar::value)
        .map(value -> Interpolation.withDefaults(value).orElse(value));
  }

  /** {@code build.args}, map or list style; an argument without a known value is left out. */
  private static Map<String, String> args(YMapping build) {
    Map<String, String> args = new LinkedHashMap<>();
    Optional<YNode> node = Mappings.get(build, "args").map(Mappings::resolve);
    if (node.isPresent() && node.get() instanceof YMapping mapping) {
      for (Mappings.Found found : Mappings.effectiveEntries(mapping)) {
        Mappings.asScalar(found.entry().value())
            .map(YScalar::value)
            .flatMap(Interpolation::withDefaults)
            .ifPresent(value -> args.put(found.entry().keyText(), value));
      }
    } else if (node.isPresent() && node.get() instanceof YSequence sequence) {
      for (YNode item : sequence.items()) {
        Mappings.asScalar(item)
            .map(YScalar::value)
            .filter(value -> value.contains("="))
            .ifPresent(
                value ->
                    Interpolation.withDefaults(value.substring(value.indexOf('=') + 1))
                        .ifPresent(v -> args.put(value.substring(0, value.indexOf('=')), v)));
      }
    }
    return args;
  }

  /** The images the file's services build, which a Dockerfile may start {@code FROM}. */
  private static Set<String> projectImages(ComposeFile compose) {
    Set<String> images = new HashSet<>();
    for (Service service : compose.services()) {
      ExtendedService extended = ExtendedService.of(compose, service);
      if (extended.has("build")) {
        extended.text("image").flatMap(Interpolation::withDefaults).ifPresent(images::add);
      }
    }
    return images;
  }

  /** The service's environment with the values written out; variables are left out. */
  private static Map<String, String> environment(ExtendedService service) {
    Map<String, String> environment = new LinkedHashMap<>();
    Environment.of(service.service())
        .ifPresent(
            env -> {
              for (EnvironmentEntry entry : env.entries()) {
                entry
                    .value()
                    .filter(value -> !value.contains("$"))
                    .ifPresent(value -> environment.put(entry.name(), value));
              }
            });
    return environment;
  }
}
