package dev.composefix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The fast parser and picocli, both built from {@link MainOption}, accept and refuse the same
 * command lines: every command line the fast parser reads, picocli reads to the same arguments, and
 * a whole run gives the same exit code, stdout and stderr whichever parser reads it, errors
 * included.
 */
class FastArgumentsTest {

  private static final String FIXABLE =
      "services:\n"
          + "  web:\n"
          + "    image: x:1\n"
          + "    environment:\n"
          + "      DB_PASSWORD: ${DB_PASSWORD:-hunter2}\n"
          + "    healthcheck:\n"
          + "      test: [CMD, curl, -sf, http://x/]\n";

  /** Words command lines are made of: options, values good and bad, paths, and oddities. */
  private static final String[] WORDS = {
    "--dry-run",
    "--write",
    "--check",
    "--select",
    "--ignore",
    "--unsafe-fixes",
    "--no-unsafe-fixes",
    "--config",
    "--show-secrets",
    "--max-file-size",
    "--max-depth",
    "--max-expanded-nodes",
    "--max-comment-lines",
    "--format",
    "--color",
    "-q",
    "--quiet",
    "--format=json",
    "--format=JSON",
    "--format=xml",
    "--format=",
    "--color=never",
    "--select=",
    "--select=image-pin,CF002",
    "--ignore=secret-default",
    "--quiet=true",
    "--max-depth=50",
    "--max-file-size=2048",
    "--max-file-size=32",
    "--check=yes",
    "--no-check",
    "-qq",
    "-",
    "--",
    "--bogus",
    "-x",
    "@args.txt",
    "json",
    "sarif",
    "github",
    "text",
    "never",
    "always",
    "image-pin",
    "CF002",
    "image-pin,",
    ",",
    "a,,b",
    "nope",
    "\"image-pin\"",
    "100",
    "x",
    "-1",
    "compose.yaml",
    "compose.yaml",
    "missing.yml",
    "cfg.yaml",
    ".",
    "sub",
    "rules",
    "help",
    "--help",
    "-V",
    "-h",
    "-f",
    "--file",
    "--file=compose.yaml",
    "--project-directory",
    "--project-directory=sub",
    "--env-file",
    "--env-file=vars.env",
    "vars.env"
  };

  @TempDir Path dir;

  @Test
  void readsTheCommonCommandLinesItself() {
    RunArguments arguments =
        FastArguments.parse(
            new String[] {
              "--check",
              "--format",
              "json",
              "--select=image-pin,CF002",
              "--select",
              "secret-default",
              "--no-unsafe-fixes",
              "--max-depth=50",
              "-q",
              "compose.yaml",
              "--",
              "--write"
            });
    assertEquals(
        "{CHECK=true, SELECT=[image-pin, CF002, secret-default], UNSAFE_FIXES=false,"
            + " MAX_DEPTH=50, FORMAT=JSON, QUIET=true} [compose.yaml, --write]",
        String.valueOf(arguments));
  }

  @Test
  void leavesHelpVersionSubcommandsAndMistakesToPicocli() {
    for (String[] args :
        new String[][] {
          {"--help"},
          {"-V"},
          {"rules"},
          {"--check", "--check"},
          {"--check", "--write"},
          {"--format", "xml"},
          {"--format"},
          {"--select", "a,,b"},
          {"--bogus"},
          {"@args.txt"},
          {"-"}
        }) {
      assertNull(FastArguments.parse(args), String.join(" ", args));
    }
  }

  @Test
  void bothParsersGiveTheSameForHandPickedCommandLines() throws IOException {
    String[][] lines = {
      {},
      {"--check", "compose.yaml"},
      {"--write", "compose.yaml"},
      {"compose.yaml", "--format", "json"},
      {"--check", "--format=sarif", "--unsafe-fixes", "compose.yaml"},
      {"--check", "--format", "github", "--show-secrets", "compose.yaml"},
      {"--check", "--select", "image-pin,CF002", "--ignore", "secret-default", "."},
      {"--check", "--select", "nope", "compose.yaml"},
      {"--check", "--select", ",", "compose.yaml"},
      {"--check", "--ignore", "a,,b", "compose.yaml"},
      {"--check", "--max-file-size", "2048", "compose.yaml"},
      {"--check", "--max-depth", "0", "compose.yaml"},
      {"--check", "--max-depth", "x", "compose.yaml"},
      {"--check", "--config", "cfg.yaml", "compose.yaml"},
      {"--check", "--config", "missing.yaml", "compose.yaml"},
      {"--check", "--check", "compose.yaml"},
      {"--check", "--write", "compose.yaml"},
      {"--check", "-q", "--color", "always", "compose.yaml"},
      {"--check", "--quiet", "--quiet", "compose.yaml"},
      {"--format", "xml"},
      {"--format"},
      {"--bogus", "compose.yaml"},
      {"--", "--check"},
      {"--check", "missing.yml"},
      {"--check", "-f", "compose.yaml", "--env-file", "vars.env"},
      {"--check", "-f", "compose.yaml", "-f", "missing.yml"},
      {"--check", "--project-directory", ".", "--env-file", "vars.env", "--env-file", "x"},
      {"--check", "-f", "compose.yaml", "compose.yaml"},
      {"--check", "--project-directory", "sub", "--project-directory", "sub"},
    };
    for (String[] line : lines) {
      assertSame(line);
    }
  }

  @Test
  void bothParsersGiveTheSameForGeneratedCommandLines() throws IOException {
    Random random = new Random(18);
    for (int i = 0; i < 300; i++) {
      List<String> line = new ArrayList<>();
      int length = random.nextInt(6);
      for (int j = 0; j < length; j++) {
        line.add(WORDS[random.nextInt(WORDS.length)]);
      }
      String[] args = line.toArray(String[]::new);
      if (line.contains("help") || line.contains("--help") || line.contains("-h")) {
        // Help is picocli's either way, and long; one case above is enough.
        continue;
      }
      assertSame(args);
    }
  }

  /** Both parsers read the command line alike, and a whole run gives the same output. */
  private void assertSame(String[] args) throws IOException {
    String line = String.join(" ", args);
    RunArguments fast = FastArguments.parse(args);
    if (fast != null) {
      CommandLine.ParseResult parsed =
          new CommandLine(MainCommandSpec.of(new ComposeFixCommand(dir, Terminal.NONE, Map.of())))
              .parseArgs(args);
      assertEquals(RunArguments.of(parsed).toString(), fast.toString(), line);
    }
    assertEquals(run(args, false), run(args, true), line);
  }

  private String run(String[] args, boolean picocli) throws IOException {
    Files.writeString(dir.resolve("compose.yaml"), FIXABLE);
    Files.writeString(dir.resolve("cfg.yaml"), "ignore: [image-pin]\n");
    Files.writeString(dir.resolve("args.txt"), "--check\ncompose.yaml\n");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("vars.env"), "DB_PASSWORD=from-env-file\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err)) {
      code =
          picocli
              ? Main.runWithPicocli(
                  args, new ComposeFixCommand(dir, Terminal.NONE, Map.of()), outWriter, errWriter)
              : Main.run(args, dir, Terminal.NONE, Map.of(), outWriter, errWriter);
    }
    return "exit "
        + code
        + "\n--- stdout\n"
        + out
        + "--- stderr\n"
        + err
        + "--- file\n"
        + Files.readString(dir.resolve("compose.yaml"));
  }
}
