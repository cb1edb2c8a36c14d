package dev.composefix.images;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.Environment;
import dev.composefix.compose.EnvironmentEntry;
import dev.composefix.compose.ExtendedService;
import dev.composefix.compose.Interpolation;
import dev.composefix.images.routes.BuildFacts;
import dev.composefix.images.routes.BuildReading;
import dev.composefix.images.routes.BuildRequest;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The build contexts of a Compose file's {@code build:} services, read from the folder the file's
 * relative paths resolve from, each once per run however many rules and passes ask: the rules of
 * one file ask for the same service again and again.
 */
public final class BuildContexts {

  /** For a file with no folder, as standard input: no build context is read. */
  public static final BuildContexts NONE =
      new BuildContexts(Optional.empty(), new BuildReading.Reuse());

  private final Optional<Path> folder;
  private final Map<BuildRequest, BuildFacts> read = new ConcurrentHashMap<>();

  /** What builds of the same context and stage share, read once for all of them. */
  private final BuildReading.Reuse reuse;

  private BuildContexts(Optional<Path> folder, BuildReading.Reuse reuse) {
    this.folder = folder;
    this.reuse = reuse;
  }

  /**
   * The build contexts of a file in {@code folder}, sharing what they read with the other files of
   * the run through {@code reuse}.
   */
  public static BuildContexts in(Path folder, BuildReading.Reuse reuse) {
    return new BuildContexts(Optional.of(folder), reuse);
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
    if (request.isEmpty()) {
      return Optional.empty();
    }
    BuildFacts facts = read.get(request.get());
    if (facts == null) {
      facts = BuildReading.read(request.get(), reuse);
      BuildFacts first = read.putIfAbsent(request.get(), facts);
      facts = first == null ? facts : first;
    }
    return Optional.of(facts);
  }

  private static Optional<BuildRequest> request(
      ComposeFile compose, ExtendedService service, Path folder) {
    Optional<YNode> build = service.get("build");
    if (build.isEmpty()) {
      return Optional.empty();
    }
    YNode value = Mappings.resolve(build.get());
    BuildRequest.Parts request = BuildRequest.of(folder).parts();
    if (value instanceof YScalar scalar) {
      Optional<String> context = Interpolation.withDefaults(scalar.value());
      if (context.isEmpty()) {
        return Optional.empty();
      }
      request.context = context.get();
    } else if (value instanceof YMapping mapping) {
      String context = text(mapping, "context").orElse(".");
      if (context.contains("$")) {
        return Optional.empty();
      }
      request.context = context;
      request.dockerfile = text(mapping, "dockerfile");
      YScalar inline = scalar(mapping, "dockerfile_inline");
      request.dockerfileInline = inline == null ? Optional.empty() : Optional.of(inline.value());
      request.target = text(mapping, "target");
      request.buildArgs = args(mapping);
    } else {
      return Optional.empty();
    }
    request.projectImages = compose.builtImages();
    request.entrypoint = service.argv("entrypoint");
    request.command = service.argv("command");
    request.environment = environment(service);
    return Optional.of(request.build());
  }

  /** A value of the build mapping, with variables read with their defaults. */
  private static Optional<String> text(YMapping mapping, String key) {
    YScalar scalar = scalar(mapping, key);
    if (scalar == null || scalar.isEmptyPlain()) {
      return Optional.empty();
    }
    String value = scalar.value();
    return Optional.of(Interpolation.withDefaults(value).orElse(value));
  }

  /** A key's value when it is a scalar; null otherwise. */
  private static YScalar scalar(YMapping mapping, String key) {
    Optional<YNode> value = Mappings.get(mapping, key);
    return value.isPresent() && Mappings.resolve(value.get()) instanceof YScalar scalar
        ? scalar
        : null;
  }

  /** {@code build.args}, map or list style; an argument without a known value is left out. */
  private static Map<String, String> args(YMapping build) {
    Map<String, String> args = new LinkedHashMap<>();
    Optional<YNode> found = Mappings.get(build, "args");
    YNode node = found.isPresent() ? Mappings.resolve(found.get()) : null;
    if (node instanceof YMapping mapping) {
      for (Mappings.Found entry : Mappings.effectiveEntries(mapping)) {
        if (Mappings.resolve(entry.entry().value()) instanceof YScalar scalar) {
          Optional<String> value = Interpolation.withDefaults(scalar.value());
          if (value.isPresent()) {
            args.put(entry.entry().keyText(), value.get());
          }
        }
      }
    } else if (node instanceof YSequence sequence) {
      for (YNode item : sequence.items()) {
        if (Mappings.resolve(item) instanceof YScalar scalar && scalar.value().contains("=")) {
          String text = scalar.value();
          int equals = text.indexOf('=');
          Optional<String> value = Interpolation.withDefaults(text.substring(equals + 1));
          if (value.isPresent()) {
            args.put(text.substring(0, equals), value.get());
          }
        }
      }
    }
    return args;
  }

  /** The service's environment with the values written out; variables are left out. */
  private static Map<String, String> environment(ExtendedService service) {
    Map<String, String> environment = new LinkedHashMap<>();
    Optional<Environment> env = service.service().environment();
    if (env.isEmpty()) {
      return environment;
    }
    for (EnvironmentEntry entry : env.get().entries()) {
      if (entry.value().isPresent() && !entry.value().get().contains("$")) {
        environment.put(entry.name(), entry.value().get());
      }
    }
    return environment;
  }
}
