package dev.composefix.pipeline;

import dev.composefix.config.Config;
import dev.composefix.config.ConfigException;
import dev.composefix.config.ConfigLoader;
import dev.composefix.images.ImageFacts;
import dev.composefix.images.KnowledgeBase;
import dev.composefix.images.UserImages;
import dev.composefix.text.Position;
import dev.composefix.yaml.InvalidYamlException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the {@code .compose-fix.yaml} that governs a Compose file (next to it or in a parent
 * folder; {@code --config} overrides) and loads each one once.
 */
public final class ConfigResolver {

  /**
   * A loaded configuration with the knowledge base its {@code images:} rows make, or the error that
   * stopped it loading.
   */
  private record Loaded(Config config, KnowledgeBase images, ConfigException error) {
    static Loaded failed(ConfigException error) {
      return new Loaded(null, null, error);
    }
  }

  private static final Loaded DEFAULTS = new Loaded(Config.DEFAULTS, KnowledgeBase.builtIn(), null);

  /** A configuration is a few lines; anything this large is not one. */
  private static final long MAX_CONFIG_BYTES = 1024 * 1024;

  private final Path workingDirectory;
  private final Optional<Path> explicit;
  private final ConfigLoader loader;
  private final Map<Path, Optional<Path>> configOfDirectory = new ConcurrentHashMap<>();
  private final Map<Path, Loaded> loaded = new ConcurrentHashMap<>();

  public ConfigResolver(Path workingDirectory, Optional<Path> explicit, ConfigLoader loader) {
    this.workingDirectory = workingDirectory;
    this.explicit =
        explicit.isPresent() ? Optional.of(workingDirectory.resolve(explicit.get())) : explicit;
    this.loader = loader;
  }

  public Config configFor(Path composeFile) throws ConfigException {
    return loadedFor(composeFile).config();
  }

  /** The image knowledge base for a Compose file: the built-in rows after its configuration's. */
  public KnowledgeBase imagesFor(Path composeFile) throws ConfigException {
    return loadedFor(composeFile).images();
  }

  private Loaded loadedFor(Path composeFile) throws ConfigException {
    Optional<Path> file =
        explicit.isPresent()
            ? explicit
            : lookUp(composeFile.toAbsolutePath().normalize().getParent());
    if (file.isEmpty()) {
      return DEFAULTS;
    }
    Loaded result = loaded.computeIfAbsent(file.get(), this::load);
    if (result.error() != null) {
      throw result.error();
    }
    return result;
  }

  private Optional<Path> lookUp(Path directory) {
    if (directory == null) {
      return Optional.empty();
    }
    Optional<Path> cached = configOfDirectory.get(directory);
    if (cached != null) {
      return cached;
    }
    Path candidate = directory.resolve(Config.FILE_NAME);
    Optional<Path> found =
        Files.isRegularFile(candidate) ? Optional.of(candidate) : lookUp(directory.getParent());
    configOfDirectory.put(directory, found);
    return found;
  }

  private Loaded load(Path file) {
    String display = display(file);
    Config config;
    try {
      config = loader.load(display, SourceFiles.read(file, MAX_CONFIG_BYTES));
    } catch (SourceFiles.Refused e) {
      return Loaded.failed(
          new ConfigException(
              display, new Position(1, 1), "cannot read the configuration: " + e.getMessage()));
    } catch (IOException e) {
      return Loaded.failed(
          new ConfigException(
              display,
              new Position(1, 1),
              "cannot read the configuration: " + IoMessages.describe(e)));
    } catch (ConfigException e) {
      return Loaded.failed(e);
    }
    try {
      List<ImageFacts> rows = UserImages.read(config.images(), display);
      return new Loaded(config, KnowledgeBase.builtIn().withUserRows(rows), null);
    } catch (InvalidYamlException e) {
      Position position = config.images().source().orElseThrow().positionOf(e.offset());
      return Loaded.failed(new ConfigException(display, position, e.getMessage()));
    }
  }

  private String display(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = workingDirectory.toAbsolutePath().normalize();
    String relative =
        absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    return relative.isEmpty() ? "." : relative;
  }
}
