package dev.composefix.support;

import dev.composefix.config.ConfigLoader;
import dev.composefix.lint.Rule;
import dev.composefix.pipeline.ConfigResolver;
import dev.composefix.pipeline.FilePipeline;
import dev.composefix.pipeline.RunSettings;
import dev.composefix.report.Mode;
import dev.composefix.report.OutputFormat;
import dev.composefix.rules.BuiltInRules;
import dev.composefix.yaml.ParserLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A {@code --write} pipeline that runs only the given rules, for tests of broken fixes. */
public final class WritingPipelines {

  private WritingPipelines() {}

  public static FilePipeline running(Path dir, Rule rule) {
    return new FilePipeline(
        new RunSettings(
            Mode.WRITE,
            Optional.empty(),
            List.of(),
            Optional.empty(),
            false,
            OutputFormat.TEXT,
            false,
            ParserLimits.DEFAULTS),
        new ConfigResolver(dir, Optional.empty(), new ConfigLoader(Set.of())),
        BuiltInRules.ruleSet(),
        (select, ignore) -> List.of(rule));
  }
}
