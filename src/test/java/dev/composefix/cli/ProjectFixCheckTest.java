package dev.composefix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.lint.Applicability;
import dev.composefix.lint.Fix;
import dev.composefix.lint.FixAvailability;
import dev.composefix.lint.Rule;
import dev.composefix.lint.RuleContext;
import dev.composefix.lint.RuleMetadata;
import dev.composefix.lint.Severity;
import dev.composefix.pipeline.FilePipeline;
import dev.composefix.pipeline.FileTarget;
import dev.composefix.pipeline.ProjectPipeline;
import dev.composefix.pipeline.ProjectTarget;
import dev.composefix.report.FileResult;
import dev.composefix.support.WritingPipelines;
import dev.composefix.text.TextEdit;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YamlChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fix that is right for its file alone but changes the merged project beyond what it meant is
 * caught before anything is written: each file's fix loop cannot see it, the project check does.
 */
class ProjectFixCheckTest {

  /**
   * Tags a later file's {@code environment} with {@code !override}: the file's data stays the same,
   * so its own check passes, but the merged service loses the base's variables.
   */
  static final class OverrideTagRule implements Rule {
    @Override
    public RuleMetadata metadata() {
      return new RuleMetadata(
          "override-tag",
          "CF998",
          "A rule whose fix changes how files merge",
          Severity.LOW,
          FixAvailability.ALWAYS,
          Applicability.SAFE,
          "");
    }

    @Override
    public void check(RuleContext context) {
      for (var service : context.compose().services()) {
        var environment = Mappings.find(service.mapping(), "environment");
        if (context.project().definesFirst(service.name())
            || environment.isEmpty()
            || environment.get().value().explicitTag().isPresent()) {
          continue;
        }
        int afterKey = environment.get().entry().key().span().end();
        context.report(
            environment.get().entry().key(),
            "tag",
            Fix.safe(
                "tag",
                new YamlChange(List.of(TextEdit.insert(afterKey + 1, " !override")), List.of())));
      }
    }
  }

  @TempDir Path dir;

  private static final String OVERRIDE =
      "services:\n  web:\n    environment:\n      - A=3 # keep\n";

  private List<FileResult> write(String base) throws Exception {
    Files.writeString(dir.resolve("compose.yaml"), base);
    Files.writeString(dir.resolve("compose.override.yaml"), OVERRIDE);
    FilePipeline files = WritingPipelines.running(dir, new OverrideTagRule());
    ProjectTarget project =
        new ProjectTarget(
            dir,
            List.of(
                FileTarget.of(dir.resolve("compose.yaml"), "compose.yaml", dir),
                FileTarget.of(dir.resolve("compose.override.yaml"), "compose.override.yaml", dir)),
            Set.of(),
            Optional.empty());
    ProjectPipeline pipeline = new ProjectPipeline(files, name -> Optional.empty(), dir);
    return new FileWriting(files).writeAll(pipeline.process(project).files());
  }

  @Test
  void aFixThatChangesTheMergeBeyondItselfWritesNothing() throws Exception {
    String base =
        "services:\n  web:\n    image: nginx:1.27-alpine\n    environment:\n      - B=2\n";
    List<FileResult> results = write(base);
    assertEquals(false, results.get(0).failed());
    assertEquals(
        "internal error, nothing written: the project merged from the fixed files differs from"
            + " the original beyond the fixes (service 'web': environment has a different value);"
            + " files: compose.override.yaml; please report this with the file",
        results.get(1).error().orElseThrow().message());
    assertEquals(true, results.get(1).error().orElseThrow().internal());
    assertEquals(base, Files.readString(dir.resolve("compose.yaml")));
    assertEquals(OVERRIDE, Files.readString(dir.resolve("compose.override.yaml")));
  }

  @Test
  void theSameFixIsWrittenWhenTheMergeDoesNotChange() throws Exception {
    String base = "services:\n  web:\n    image: nginx:1.27-alpine\n";
    List<FileResult> results = write(base);
    assertEquals(false, results.get(1).failed());
    assertEquals(base, Files.readString(dir.resolve("compose.yaml")));
    assertEquals(
        "services:\n  web:\n    environment: !override\n      - A=3 # keep\n",
        Files.readString(dir.resolve("compose.override.yaml")));
  }
}
