package dev.composefix.pipeline;

import dev.composefix.config.Config;
import dev.composefix.config.ConfigException;
import dev.composefix.config.ConfigLoader;
import dev.composefix.text.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the {@code .compose-fix.yaml} that governs a Compose file (next to it or in a parent
 * folder; {@code --config} overrides) and loads each one once.
 */
public final class ConfigResolver {

  /** A loaded configuration, or the error that stopped it loading. */
  private record Loaded(Config config, ConfigException error) {}

  /** A configuration is a few lines; anything this large is not one. */
  private static final long MAX_CONFIG_BYTES = 1024 * 1024;

  private final Path workingDirectory;
  private final Optional<Path> explicit;
  private final ConfigLoader loader;
  private final Map<Path, Optional<Path>> configOfDirectory = new ConcurrentHashMap<>();
  private final Map<Path, Loaded> loaded = new ConcurrentHashMap<>();

  public ConfigResolver(Path workingDirectory, Optional<Path> explicit, ConfigLoader loader) {
    this.workingDirectory = workingDirectory;
    this.explicit = explicit.map(workingDirectory::resolve);
    this.loader = loader;
  }

  public Config configFor(Path composeFile) throws ConfigException {
    Optional<Path> file =
        explicit.isPresent()
            ? explicit
            : lookUp(composeFile.toAbsolutePath().normalize().getParent());
    if (file.isEmpty()) {
      return Config.DEFAULTS;
    }
    Loaded result = loaded.computeIfAbsent(file.get(), this::load);
    if (result.error() != null) {
      throw result.error();
    }
    return result.config();
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
    try {
      return new Loaded(loader.load(display, SourceFiles.read(file, MAX_CONFIG_BYTES)), null);
    } catch (SourceFiles.Refused e) {
      return new Loaded(
          null,
          new ConfigException(
              display, new Position(1, 1), "cannot read the configuration: " + e.getMessage()));
    } catch (IOException e) {
      return new Loaded(
          null,
          new ConfigException(
              display,
              new Position(1, 1),
              "cannot read the configuration: " + IoMessages.describe(e)));
    } catch (ConfigException e) {
      return new Loaded(null, e);
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
