package dev.composefix.lint;

import dev.composefix.config.Config;
import dev.composefix.images.BuildContexts;
import dev.composefix.images.KnowledgeBase;
import dev.composefix.project.ProjectView;

/**
 * What a Compose file is judged against besides its own text.
 *
 * @param config its configuration
 * @param images the image knowledge base, with the configuration's own rows in front
 * @param builds the build contexts of its {@code build:} services, read from its folder
 * @param project the project it belongs to: the other files, merged with it, and its variables
 */
public record Surroundings(
    Config config, KnowledgeBase images, BuildContexts builds, ProjectView project) {

  /** A file judged alone, with no project around it. */
  public Surroundings(Config config, KnowledgeBase images, BuildContexts builds) {
    this(config, images, builds, ProjectView.ALONE);
  }

  /** A configuration with the built-in knowledge base and no folder to read build contexts in. */
  public static Surroundings of(Config config) {
    return new Surroundings(config, KnowledgeBase.builtIn(), BuildContexts.NONE);
  }
}
