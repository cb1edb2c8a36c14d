package dev.composefix.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.support.Cli;
import dev.composefix.support.UnifiedPatch;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.InvalidYamlException;
import dev.composefix.yaml.YComment;
import dev.composefix.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The promises every run keeps, checked through the command itself on a real file:
 *
 * <ol>
 *   <li>with no applicable fix, the file comes back byte-identical;
 *   <li>otherwise the result parses, and means the input plus the intended changes (the fix loop
 *       checks that on every pass; a failure there is an internal error, exit 2);
 *   <li>every comment survives, in order;
 *   <li>a second run changes nothing;
 *   <li>the --dry-run diff applied to the input gives exactly the --write output.
 * </ol>
 */
final class Invariants {

  private Invariants() {}

  /**
   * Runs the command on {@code input} in {@code dir} with the given options and checks every
   * promise.
   */
  static void check(Path dir, byte[] input, List<String> options) throws IOException {
    Path file = dir.resolve("compose.yaml");
    Files.write(file, input);
    Cli.Result dryRun = Cli.run(dir, with(options, "--dry-run", "--show-secrets"));
    assertTrue(dryRun.exitCode() == 0 || dryRun.exitCode() == 1, "dry run works:\n" + dryRun.err());
    assertEquals(List.of(), internalErrors(dryRun), "no internal error");
    Cli.Result write = Cli.run(dir, with(options, "--write"));
    assertTrue(write.exitCode() == 0 || write.exitCode() == 1, "write works:\n" + write.err());
    byte[] output = Files.readAllBytes(file);
    String inputText = new String(input, StandardCharsets.UTF_8);
    String outputText = new String(output, StandardCharsets.UTF_8);

    if (dryRun.out().isEmpty()) {
      assertEquals(inputText, outputText, "nothing to fix: byte-identical");
    }
    assertEquals(
        outputText,
        UnifiedPatch.apply(inputText, dryRun.out()),
        "the dry-run diff gives the written file");
    assertEquals(comments(input), comments(output), "every comment survives, in order");

    Cli.Result again = Cli.run(dir, with(options, "--write"));
    assertTrue(again.exitCode() == 0 || again.exitCode() == 1, "second run works:\n" + again.err());
    assertEquals(
        outputText, Files.readString(file, StandardCharsets.UTF_8), "a second run changes nothing");
  }

  static List<String> internalErrors(Cli.Result result) {
    return result.err().lines().filter(line -> line.contains("internal error")).toList();
  }

  static List<String> comments(byte[] bytes) {
    try {
      return new YamlParser()
          .parse(SourceText.decode(bytes)).comments().stream().map(YComment::text).toList();
    } catch (InvalidYamlException | dev.composefix.text.InvalidEncodingException e) {
      throw new AssertionError("does not parse: " + e.getMessage(), e);
    }
  }

  private static List<String> with(List<String> options, String... more) {
    List<String> args = new ArrayList<>(List.of(more));
    args.addAll(options);
    args.add("compose.yaml");
    return args;
  }
}
