package dev.composefix.cli;

import dev.composefix.config.ConfigException;
import dev.composefix.config.ConfigLoader;
import dev.composefix.images.KnowledgeBase;
import dev.composefix.pipeline.ConfigResolver;
import dev.composefix.rules.BuiltInRules;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --config} option of the commands that read the image knowledge base, and the knowledge
 * base it gives: the built-in rows with the user's own rows from {@code images:}.
 */
final class KnowledgeOption {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Read FILE, not the nearest .compose-fix.yaml, for your own rows.")
  Path config;

  /**
   * The knowledge base as seen from {@code workingDirectory}; empty, with the configuration's error
   * printed to {@code err}, when the configuration cannot be read.
   */
  Optional<KnowledgeBase> load(Path workingDirectory, PrintWriter err) {
    try {
      return Optional.of(
          new ConfigResolver(
                  workingDirectory,
                  Optional.ofNullable(config),
                  new ConfigLoader(BuiltInRules.ruleSet().acceptedNames()))
              .imagesFor(workingDirectory.resolve("compose.yaml")));
    } catch (ConfigException e) {
      err.println(e.path() + ":" + e.position() + ": " + e.getMessage());
      err.flush();
      return Optional.empty();
    }
  }
}
