package dev.composefix.lint;

import dev.composefix.config.Config;
import dev.composefix.images.KnowledgeBase;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a Compose file is judged against besides its own text.
 *
 * @param config its configuration
 * @param images the image knowledge base, with the configuration's own rows in front
 * @param folder the folder the file's relative paths (build contexts) resolve from; empty for
 *     standard input
 */
public record Surroundings(Config config, KnowledgeBase images, Optional<Path> folder) {

  /** A configuration with the built-in knowledge base and no folder to read build contexts in. */
  public static Surroundings of(Config config) {
    return new Surroundings(config, KnowledgeBase.builtIn(), Optional.empty());
  }
}
