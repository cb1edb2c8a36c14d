package dev.composefix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.composefix.support.Cli;
import dev.composefix.support.Processes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input gets one line, {@code path:line:col: what is wrong}, exit code 2, and an
 * untouched file; hostile inputs answer within seconds.
 */
class BadInputTest {

  private static final String FAILED =
      "Fixed 0 findings, 0 remaining; 1 file could not be processed\n";

  @TempDir Path dir;

  /** Writes the bytes, runs --write on them, and checks the error and that nothing was written. */
  private void refused(byte[] bytes, String error) throws IOException {
    Path file = dir.resolve("compose.yaml");
    Files.write(file, bytes);
    Cli.Result result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> Cli.run(dir, "--write", "compose.yaml"));
    assertEquals("compose.yaml:" + error + "\n" + FAILED, result.err());
    assertEquals("", result.out());
    assertEquals(2, result.exitCode());
    assertArrayEquals(bytes, Files.readAllBytes(file), "nothing is written");
  }

  private void refused(String text, String error) throws IOException {
    refused(text.getBytes(StandardCharsets.UTF_8), error);
  }

  @Test
  void tabIndentation() throws IOException {
    refused(
        "services:\n  web:\n\timage: x\n",
        "3:1: tab character where YAML expects indentation; indent with spaces only");
  }

  @Test
  void duplicateKeys() throws IOException {
    refused(
        "services:\n  web: {}\n  web: {}\n",
        "3:3: duplicate key 'web' (first defined at line 2); remove or rename one of them");
  }

  @Test
  void invalidUtf8() throws IOException {
    refused(
        new byte[] {'s', ':', ' ', (byte) 0xC3, '\n'},
        "1:4: not valid UTF-8 (byte 0xC3); compose-fix reads UTF-8 only, so re-save the file as"
            + " UTF-8");
  }

  @Test
  void binaryFile() throws IOException {
    refused(
        new byte[] {'P', 'K', 3, 4, 0, 0, 'x'},
        "1:3: character U+0003 is not allowed in YAML; is this a binary file?");
  }

  @Test
  void multipleDocuments() throws IOException {
    refused(
        "services: {}\n---\nservices: {}\n",
        "2:1: a second YAML document starts here; a Compose file holds exactly one document");
  }

  @Test
  void topLevelThatIsNotAMapping() throws IOException {
    refused(
        "just a string\n",
        "1:1: a Compose file is a mapping (services:, volumes:, ...) but this file's top level is a"
            + " single value");
  }

  @Test
  void emptyAndCommentOnlyFilesAreCleanAndUntouched() throws IOException {
    for (String text : new String[] {"", "\n\n", "# only comments\n# here\n", "---\n# nothing\n"}) {
      Path file = dir.resolve("compose.yaml");
      Files.writeString(file, text);
      Cli.Result result = Cli.run(dir, "--write", "compose.yaml");
      assertEquals("Fixed 0 findings, 0 remaining\n", result.err(), text);
      assertEquals(0, result.exitCode());
      assertEquals(text, Files.readString(file));
    }
  }

  @Test
  void aliasBomb() throws IOException {
    StringBuilder bomb =
        new StringBuilder("x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    String previous = "a";
    for (char c = 'b'; c <= 'i'; c++) {
      bomb.append("x-").append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ", ").append('*').append(previous);
      }
      bomb.append("]\n");
      previous = String.valueOf(c);
    }
    bomb.append("services: {}\n");
    refused(
        bomb.toString(),
        "7:9: aliases here expand to more than 2000000 nodes (an alias bomb?);"
            + " raise the limit with --max-expanded-nodes if the file is genuine");
  }

  @Test
  void nestingTenThousandLevelsDeep() throws IOException {
    String limit =
        "nesting deeper than 200 levels; raise the limit with --max-depth if the file is genuine";
    refused("x: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n", "1:203: " + limit);
    refused("x: " + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000) + "\n", "1:800: " + limit);
    refused("x:\n" + "- ".repeat(10_000) + "leaf\n", "2:399: " + limit);
  }

  @Test
  void aFileOfFiftyMegabytes() throws IOException {
    Path file = dir.resolve("compose.yaml");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("services:\n".getBytes(StandardCharsets.UTF_8));
      byte[] line =
          "  # padding padding padding padding padding padding padding padding padding\n"
              .getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    Cli.Result result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> Cli.run(dir, "--write", "compose.yaml"));
    assertEquals(
        "compose.yaml:1:1: file is 50 MB, larger than the limit of 16 MB; raise it with"
            + " --max-file-size if the file is genuine\n"
            + FAILED,
        result.err());
    assertEquals(2, result.exitCode());
  }

  @Test
  void longRunsOfCommentOrBlankLines() throws IOException {
    String limit =
        "more than 1000 comment or blank lines in a row; raise the limit with --max-comment-lines"
            + " if the file is genuine";
    // Between a key and its value the YAML parser recurses once per comment line, and ran out of
    // stack.
    refused(
        "services:\n" + "# c\n".repeat(20_000) + "  web:\n    image: redis:7\n",
        "1002:1: " + limit);
    // The parser's time grows with the square of such a run: millions of newlines took it hours.
    refused("\n".repeat(4 * 1024 * 1024) + "services: {}\n", "1001:1: " + limit);
  }

  @Test
  void theCommentLineLimitCanBeRaisedToItsCeiling() throws IOException {
    Files.writeString(
        dir.resolve("compose.yaml"),
        "services:\n" + "# c\n".repeat(1_500) + "  web:\n    image: redis:7\n");
    Cli.Result raised =
        Cli.run(
            dir, "--check", "--select", "image-pin", "--max-comment-lines", "2000", "compose.yaml");
    assertEquals("No findings in 1 file\n", raised.err());
    assertEquals(0, raised.exitCode());
    Cli.Result beyond = Cli.run(dir, "--check", "--max-comment-lines", "5000", "compose.yaml");
    assertEquals(
        "compose-fix: max comment lines must be between 1000 and 2000, got 5000\n"
            + "Run 'compose-fix --help' for usage.\n",
        beyond.err());
    assertEquals(2, beyond.exitCode());
  }

  @Test
  void limitsCanBeRaisedButNotLowered() throws IOException {
    Files.writeString(
        dir.resolve("compose.yaml"),
        "x: " + "[".repeat(300) + "]".repeat(300) + "\nservices: {}\n");
    assertEquals(0, Cli.run(dir, "--check", "--max-depth", "400", "compose.yaml").exitCode());
    Cli.Result lowered = Cli.run(dir, "--check", "--max-depth", "10", "compose.yaml");
    assertEquals(2, lowered.exitCode());
    assertEquals(
        "compose-fix: max depth must be between 200 and 1000, got 10\n"
            + "Run 'compose-fix --help' for usage.\n",
        lowered.err());
  }

  @Test
  void manyFilesWithSomeBad() throws IOException {
    Files.createDirectories(dir.resolve("stack"));
    Files.writeString(
        dir.resolve("stack/compose.yaml"),
        "services:\n  web:\n    healthcheck: {test: [CMD, pg_isready]}\n");
    Files.writeString(dir.resolve("stack/a.compose.yaml"), "services: [\n");
    Files.writeString(dir.resolve("stack/b.compose.yaml"), "services:\n  db: {}\n");
    Files.write(dir.resolve("stack/docker-compose.yml"), new byte[] {(byte) 0xFF});
    Cli.Result result = Cli.run(dir, "--write", "stack", "missing");
    assertEquals(2, result.exitCode());
    assertEquals(
        """
        missing:1:1: no such file or directory; check the path
        stack/a.compose.yaml:2:1: expected the node content, but found '<stream end>' (while parsing a flow node); fix the YAML syntax and run again
        stack/docker-compose.yml:1:1: not valid UTF-8 (byte 0xFF); compose-fix reads UTF-8 only, so re-save the file as UTF-8
        Fixed 1 finding, 0 remaining; 3 files could not be processed
        """,
        result.err());
    assertEquals(
        "services:\n  web:\n    healthcheck: {test: [CMD, pg_isready], start_period: 30s}\n",
        Files.readString(dir.resolve("stack/compose.yaml")),
        "the good file is still fixed");
  }

  /** Runs a command that must finish quickly and print no stack trace. */
  private Cli.Result answered(String... args) {
    Cli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Cli.run(dir, args));
    assertEquals(false, (result.out() + result.err()).contains("Exception"), result.err());
    assertEquals(false, (result.out() + result.err()).contains("\tat "), result.err());
    return result;
  }

  @Test
  void aLongUrlLikeValueIsNoCrashInAnyFormat() throws IOException {
    Files.writeString(
        dir.resolve("compose.yaml"),
        "services:\n  web:\n    image: x:1\n    healthcheck:\n      test: [CMD, curl, http://x/]\n"
            + "    labels:\n      u: http://"
            + "a".repeat(2_000)
            + "\n      j: '{\"url\": \"postgres://u:p@"
            + "b".repeat(50_000)
            + "/d\"}'\n");
    for (String format : List.of("text", "json", "sarif", "github")) {
      Cli.Result result = answered("--format", format, "compose.yaml");
      assertEquals(1, result.exitCode(), format + ": " + result.err());
    }
  }

  @Test
  void commandSubstitutionsNestedThousandsDeepAreReadWithoutCrash() throws IOException {
    String deep = "$(".repeat(3_000) + "curl http://x" + ")".repeat(3_000);
    Files.writeString(
        dir.resolve("compose.yaml"),
        "services:\n  web:\n    image: x:1\n    healthcheck:\n      test: [\"CMD-SHELL\", \""
            + deep
            + "\"]\n      start_period: 5s\n");
    String finding =
        "compose.yaml:5:27: curl-flags service 'web': a curl without -f exits 0 on HTTP 500, so"
            + " this health check can never fail; use curl -sf (no automatic fix: the command line"
            + " has command substitutions nested deeper than 64 levels, which compose-fix does not"
            + " edit)\n1 finding, 0 fixable\n";
    assertEquals(finding, answered("--check", "compose.yaml").err());
    assertEquals(finding, answered("compose.yaml").err());
  }

  @Test
  void aLongSingleLineIsReadInTimeThatGrowsWithIt() throws IOException {
    Files.writeString(
        dir.resolve("compose.yaml"),
        "services:\n  web:\n    image: x:1\n# " + "a".repeat(10_000_000) + "\n");
    Cli.Result result = answered("--check", "compose.yaml");
    assertEquals(
        "compose.yaml:2:3: healthcheck-missing service 'web': worker has no healthcheck, so a hung"
            + " or still-starting container counts as up; add one that shows it is still making"
            + " progress, with a start_period (no automatic fix: the image knowledge base has no"
            + " row for x:1; describe the image under images: in .compose-fix.yaml)\n1 finding, 0"
            + " fixable\n",
        result.err());
  }

  @Test
  void aFifoIsRefusedInsteadOfWaitedOn() throws IOException, InterruptedException {
    Assumptions.assumeTrue(Processes.available("mkfifo"), "needs mkfifo");
    Processes.run(dir, Map.of(), 30, List.of("mkfifo", "compose.yaml"));
    Files.writeString(dir.resolve("docker-compose.yml"), "services:\n  web:\n    image: x:1\n");
    Cli.Result named = answered("--check", "compose.yaml");
    assertEquals(
        "compose.yaml:1:1: not a regular file (a pipe, socket or device); compose-fix reads only"
            + " regular files, so that it never waits on a pipe or reads a device without end\n"
            + "No findings in 0 files; 1 file could not be processed\n",
        named.err());
    assertEquals(2, named.exitCode());
    Cli.Result walked = answered("--check", ".");
    assertEquals(2, walked.exitCode());
    assertEquals(
        List.of(
            "compose.yaml:1:1: not a regular file (a pipe, socket or device); compose-fix reads"
                + " only regular files, so that it never waits on a pipe or reads a device without"
                + " end",
            "1 finding, 0 fixable; 1 file could not be processed"),
        walked.err().lines().filter(line -> !line.startsWith("docker-compose.yml:")).toList());
  }

  @Test
  void aLinkToADeviceIsRefusedAndTheOtherFilesStillProcessed() throws IOException {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
    Files.createSymbolicLink(dir.resolve("compose.yaml"), Path.of("/dev/zero"));
    Files.writeString(
        dir.resolve("docker-compose.yml"),
        "services:\n"
            + "  web:\n"
            + "    image: x:1\n"
            + "    healthcheck:\n"
            + "      test: [CMD, curl, -sf, http://x/]\n");
    Cli.Result result = answered("--write", ".");
    assertEquals(2, result.exitCode());
    assertEquals(
        "compose.yaml:1:1: not a regular file (a pipe, socket or device); compose-fix reads only"
            + " regular files, so that it never waits on a pipe or reads a device without end\n"
            + "Fixed 1 finding, 0 remaining; 1 file could not be processed\n",
        result.err());
    assertEquals(
        true, Files.readString(dir.resolve("docker-compose.yml")).contains("start_period"));
  }

  @Test
  void manySecretDefaultsInOneScalarKeepTheJsonSmall() throws IOException {
    Files.writeString(
        dir.resolve("compose.yaml"),
        "services:\n  web:\n    image: x:1\n    environment:\n      X: \""
            + "${B_PASSWORD:-x}".repeat(2_000)
            + "\"\n");
    Cli.Result result = answered("--check", "--format", "json", "compose.yaml");
    assertEquals(1, result.exitCode());
    // Each finding names its place; the one shared fix is written once, not 2,000 times.
    assertEquals(true, result.out().length() < 2_000_000, "JSON of " + result.out().length());
  }
}
