package dev.composefix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.Cli;
import dev.composefix.support.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line says what happened, plainly, and its output is safe to read and to apply. */
class CommandLineHonestyTest {

  private static final String FIXABLE =
      "services:\n"
          + "  web:\n"
          + "    image: x:1\n"
          + "    healthcheck:\n"
          + "      test: [CMD, curl, -sf, http://x/]\n";

  private static final String FINDING_LINE =
      ":4:5: healthcheck-start-period [*] service 'web': healthcheck has no start_period, so probes"
          + " that fail while it starts count toward retries; add start_period: 30s\n";

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  @Test
  void aFileNamedTwiceIsProcessedOnce() throws IOException {
    write("x.yml", FIXABLE);
    Cli.Result result =
        Cli.run(dir, "--check", "x.yml", "./x.yml", ".", dir.resolve("x.yml").toString());
    assertEquals("x.yml" + FINDING_LINE + "1 finding, 1 fixable\n", result.err());
    assertEquals(1, result.exitCode());
  }

  @Test
  void aRunThatFindsNoComposeFileSaysSo() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    Cli.Result result = Cli.run(dir, "--check", "empty");
    assertEquals(
        "compose-fix: no Compose files in empty (it looks for compose.yaml, compose.*.yaml,"
            + " docker-compose*.yml and *.compose.yaml, also with .yml)\n"
            + "No findings in 0 files\n",
        result.err());
    assertEquals(0, result.exitCode());
  }

  @Test
  void anEmptySelectionIsAUsageError() throws IOException {
    write("x.yml", FIXABLE);
    Cli.Result result = Cli.run(dir, "--check", "--select", ",", "x.yml");
    assertEquals(
        "compose-fix: --select takes rule names or codes separated by commas, such as"
            + " image-pin,CF002\nRun 'compose-fix --help' for usage.\n",
        result.err());
    assertEquals(2, result.exitCode());
  }

  @Test
  void theFileSizeLimitIsInMegabytes() throws IOException {
    write("x.yml", FIXABLE);
    assertEquals(
        "compose-fix: --max-file-size is in MB and must be between 16 and 256, got 2048\n"
            + "Run 'compose-fix --help' for usage.\n",
        Cli.run(dir, "--check", "--max-file-size", "2048", "x.yml").err());
    assertEquals(1, Cli.run(dir, "--check", "--max-file-size", "256", "x.yml").exitCode());
  }

  @Test
  void aConfigurationThatIsAFolderIsNamed() throws IOException {
    write("x.yml", FIXABLE);
    Cli.Result result = Cli.run(dir, "--check", "--config", ".", "x.yml");
    assertEquals(
        ".:1:1: cannot read the configuration: not a regular file (a folder); compose-fix reads"
            + " only regular files, so that it never waits on a pipe or reads a device without"
            + " end\n"
            + "No findings in 0 files; 1 file could not be processed\n",
        result.err());
    assertEquals(2, result.exitCode());
  }

  @Test
  void aConfigurationErrorDoesNotSpeakOfAComposeFile() throws IOException {
    write("x.yml", FIXABLE);
    write(".compose-fix.yaml", "select: []\n---\nignore: []\n");
    Cli.Result result = Cli.run(dir, "--check", "x.yml");
    assertEquals(
        ".compose-fix.yaml:2:1: a second YAML document starts here; a configuration file holds"
            + " exactly one document\n"
            + "No findings in 0 files; 1 file could not be processed\n",
        result.err());
  }

  @Test
  void aSymbolicLinkLoopIsCalledOne() throws IOException {
    Files.createSymbolicLink(dir.resolve("a.yml"), dir.resolve("b.yml"));
    Files.createSymbolicLink(dir.resolve("b.yml"), dir.resolve("a.yml"));
    Cli.Result result = Cli.run(dir, "--check", "a.yml");
    assertEquals(
        "a.yml:1:1: a loop of symbolic links; check where the link points\n"
            + "No findings in 0 files; 1 file could not be processed\n",
        result.err());
    assertEquals(2, result.exitCode());
  }

  @Test
  void aVersionOneFileIsReportedAsSuch() throws IOException {
    write("docker-compose.yml", "web:\n  image: nginx:latest\ndb:\n  image: postgres\n");
    Cli.Result result = Cli.run(dir, "--check", "docker-compose.yml");
    assertEquals(
        "docker-compose.yml:1:1: this is the old Compose file format 1, with services at the top"
            + " level and no services: key; move them under services: to use the Compose"
            + " Specification\n"
            + "No findings in 0 files; 1 file could not be processed\n",
        result.err());
    assertEquals(2, result.exitCode());
  }

  @Test
  void controlCharactersFromTheFileNeverReachTheTerminalRaw() throws IOException {
    write(
        "x.yml",
        "services:\n  \"web\\e[31m\\a\\rbad\\nx\":\n    image: x:1\n"
            + "    healthcheck:\n      test: [CMD, curl, -sf, http://x/]\n");
    String expected =
        ":4:5: healthcheck-start-period [*] service 'web\\x1b[31m\\x07\\x0dbad\\x0ax': healthcheck"
            + " has no start_period, so probes that fail while it starts count toward retries; add"
            + " start_period: 30s\n";
    assertEquals(
        "x.yml" + expected + "1 finding, 1 fixable\n", Cli.run(dir, "--check", "x.yml").err());
    String github = Cli.run(dir, "--check", "--format", "github", "x.yml").out();
    assertEquals(true, github.contains("service 'web\\x1b[31m\\x07\\x0dbad\\x0ax'"), github);
    assertEquals(false, github.chars().anyMatch(c -> c == 0x1b || c == 0x07), github);
  }

  @Test
  void diffsOfAbsolutePathsAndOddNamesApplyFromHere() throws IOException {
    Assumptions.assumeTrue(
        Processes.available("git") && Processes.available("patch"), "needs git and patch");
    write("plain/compose.yaml", FIXABLE);
    write("back\\slash/compose.yaml", FIXABLE);
    write("new\nline/compose.yaml", FIXABLE);
    Cli.Result result =
        Cli.run(
            dir,
            dir.resolve("plain/compose.yaml").toString(),
            "back\\slash/compose.yaml",
            "new\nline");
    assertEquals(
        List.of(
            "--- a/plain/compose.yaml",
            "--- \"a/back\\\\slash/compose.yaml\"",
            "--- \"a/new\\nline/compose.yaml\""),
        result.out().lines().filter(line -> line.startsWith("--- ")).toList());
    Files.writeString(dir.resolve("fix.diff"), result.out());
    assertEquals(
        0,
        Processes.run(dir, Map.of(), 30, List.of("git", "apply", "--check", "fix.diff"))
            .exitCode());
    Processes.Result patch =
        Processes.run(dir, Map.of(), 30, List.of("patch", "-p1", "--dry-run", "-i", "fix.diff"));
    assertEquals(0, patch.exitCode(), patch.out() + patch.err());
  }

  @Test
  void aDiffOfFilesAboveHereSaysHowToApplyIt() throws IOException {
    write("other/compose.yaml", FIXABLE);
    Files.createDirectories(dir.resolve("here"));
    Cli.Result result = Cli.run(dir.resolve("here"), "../other/compose.yaml");
    assertEquals("--- a/../other/compose.yaml", result.out().lines().findFirst().orElse(""));
    assertEquals(
        "compose-fix: the diff names files outside the current folder by ../ paths, which patch"
            + " refuses; apply it with git apply --unsafe-paths, or run from a folder above them",
        result.err().lines().findFirst().orElse(""));
  }
}
