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
import dev.composefix.report.FileResult;
import dev.composefix.support.WritingPipelines;
import dev.composefix.text.TextEdit;
import dev.composefix.yaml.Intent;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YamlChange;
import dev.composefix.yaml.YamlData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule whose fix does more than it says is caught before anything is written. */
class BrokenRuleTest {

  /** Says it sets the image to "z" but writes "y". */
  static final class LyingRule implements Rule {
    @Override
    public RuleMetadata metadata() {
      return new RuleMetadata(
          "lies",
          "CF999",
          "A broken rule",
          Severity.LOW,
          FixAvailability.ALWAYS,
          Applicability.SAFE,
          "");
    }

    @Override
    public void check(RuleContext context) {
      YScalar image =
          (YScalar)
              Mappings.get(context.compose().services().get(0).mapping(), "image").orElseThrow();
      context.report(
          image,
          "lie",
          Fix.safe(
              "lie",
              new YamlChange(
                  List.of(TextEdit.replace(image.span().start(), image.span().end(), "y")),
                  List.of(new Intent.NodeReplaced(image, YamlData.Scalar.string("z"))))));
    }
  }

  @TempDir Path dir;

  @Test
  void anInternalErrorWritesNothing() throws Exception {
    Path file = dir.resolve("compose.yaml");
    String yaml = "services:\n  web:\n    image: x # keep\n";
    Files.writeString(file, yaml);
    FilePipeline pipeline = WritingPipelines.running(dir, new LyingRule());
    FileResult result = new FileWriting(pipeline).process(new FileTarget(file, "compose.yaml"));
    assertEquals(true, result.failed());
    assertEquals(
        "internal error, nothing written: a fix by lies changed more than it meant to "
            + "(services.web.image has a different value); please report this with the file",
        result.error().orElseThrow().message());
    assertEquals(true, result.error().orElseThrow().internal());
    assertEquals(yaml, Files.readString(file));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file is left");
    }
  }
}
