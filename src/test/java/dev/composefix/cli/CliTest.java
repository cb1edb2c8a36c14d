package dev.composefix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.lint.Rule;
import dev.composefix.rules.BuiltInRules;
import dev.composefix.support.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  private static final String NEEDS_FIX =
      """
      services:
        db:
          image: postgres:15-alpine
          healthcheck:
            test: ["CMD", "pg_isready"]
      """;

  private static final String FIXED =
      """
      services:
        db:
          image: postgres:15-alpine
          healthcheck:
            test: ["CMD", "pg_isready"]
            start_period: 30s
      """;

  private static final String CLEAN =
      "services:\n"
          + "  web:\n"
          + "    image: nginx:1.27\n"
          + "    healthcheck:\n"
          + "      test: [\"CMD\", \"curl\", \"-sf\", \"http://localhost/\"]\n"
          + "      start_period: 30s\n";

  private static final String FINDING =
      "compose.yaml:4:5: healthcheck-start-period [*] service 'db': healthcheck has no"
          + " start_period, so probes that fail while it starts count toward retries; add"
          + " start_period: 30s\n";

  private static final String DIFF =
      """
      --- a/compose.yaml
      +++ b/compose.yaml
      @@ -3,3 +3,4 @@
           image: postgres:15-alpine
           healthcheck:
             test: ["CMD", "pg_isready"]
      +      start_period: 30s
      """;

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    return file;
  }

  private String read(String name) throws IOException {
    return Files.readString(dir.resolve(name));
  }

  private static void assertResult(Cli.Result result, int code, String out, String err) {
    assertEquals(err, result.err(), "stderr");
    assertEquals(out, result.out(), "stdout");
    assertEquals(code, result.exitCode(), "exit code");
  }

  @Test
  void dryRunIsTheDefaultAndPrintsOnlyTheDiff() throws IOException {
    write("compose.yaml", NEEDS_FIX);
    assertResult(Cli.run(dir, "compose.yaml"), 1, DIFF, FINDING + "1 finding, 1 fixable\n");
    assertResult(
        Cli.run(dir, "--dry-run", "./compose.yaml"), 1, DIFF, FINDING + "1 finding, 1 fixable\n");
    assertEquals(NEEDS_FIX, read("compose.yaml"), "dry-run changes nothing");
  }

  @Test
  void writeAppliesFixesAndKeepsPermissions() throws IOException {
    Path file = write("compose.yaml", NEEDS_FIX);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    assertResult(Cli.run(dir, "--write", "compose.yaml"), 0, "", "Fixed 1 finding, 0 remaining\n");
    assertEquals(FIXED, read("compose.yaml"));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    try (var leftovers = Files.list(dir)) {
      assertEquals(1, leftovers.count(), "no temporary file is left behind");
    }
    assertResult(Cli.run(dir, "--write", "compose.yaml"), 0, "", "Fixed 0 findings, 0 remaining\n");
  }

  @Test
  void writeGoesThroughASymlink() throws IOException {
    write("real/compose.yaml", NEEDS_FIX);
    Files.createSymbolicLink(dir.resolve("compose.yaml"), dir.resolve("real/compose.yaml"));
    assertResult(Cli.run(dir, "--write", "compose.yaml"), 0, "", "Fixed 1 finding, 0 remaining\n");
    assertEquals(FIXED, read("real/compose.yaml"));
    assertEquals(true, Files.isSymbolicLink(dir.resolve("compose.yaml")));
  }

  @Test
  void writeRefusesAReadOnlyFile() throws IOException {
    Path file = write("compose.yaml", NEEDS_FIX);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    Cli.Result result = Cli.run(dir, "--write", "compose.yaml");
    assertResult(
        result,
        2,
        "",
        FINDING
            + "compose.yaml:1:1: cannot write: the file is read-only; nothing written, make it"
            + " writable to fix it\n"
            + "Fixed 0 findings, 1 remaining; 1 file could not be processed\n");
    assertEquals(NEEDS_FIX, read("compose.yaml"));
  }

  @Test
  void checkReportsWithoutADiff() throws IOException {
    write("compose.yaml", NEEDS_FIX);
    assertResult(
        Cli.run(dir, "--check", "compose.yaml"), 1, "", FINDING + "1 finding, 1 fixable\n");
    write("clean/compose.yaml", CLEAN);
    assertResult(Cli.run(dir, "--check", "clean/compose.yaml"), 0, "", "No findings in 1 file\n");
  }

  @Test
  void modesAreMutuallyExclusive() {
    Cli.Result result = Cli.run(dir, "--write", "--check", "x.yml");
    assertEquals(2, result.exitCode());
    assertEquals("", result.out());
    assertEquals(
        "compose-fix: give one mode: --dry-run, --write or --check, not --write and --check\n"
            + "Run 'compose-fix --help' for usage.\n",
        result.err());
  }

  @Test
  void helpNeverBreaksTheConfigurationFileName() {
    for (String[] command : new String[][] {{"--help"}, {"stats", "--help"}}) {
      Cli.Result result = Cli.run(dir, command);
      assertEquals(0, result.exitCode());
      List<String> broken =
          result
              .out()
              .lines()
              .filter(
                  line -> line.contains("compose-fix.yaml") && !line.contains(".compose-fix.yaml"))
              .toList();
      assertEquals(List.of(), broken, String.join(" ", command));
      assertEquals(
          true,
          result.out().lines().anyMatch(line -> line.contains("the nearest .compose-fix.yaml.")),
          result.out());
    }
  }

  @Test
  void aModeGivenTwiceGetsAPlainMessage() {
    Cli.Result result = Cli.run(dir, "--write", "--write", "x.yml");
    assertEquals(2, result.exitCode());
    assertEquals(
        "compose-fix: --write is given more than once; give it once\n"
            + "Run 'compose-fix --help' for usage.\n",
        result.err());
  }

  @Test
  void unknownRuleIsAUsageError() {
    assertResult(
        Cli.run(dir, "--select", "no-such-rule", "x.yml"),
        2,
        "",
        "compose-fix: unknown rule 'no-such-rule'; run 'compose-fix rules' to list them\n"
            + "Run 'compose-fix --help' for usage.\n");
  }

  @Test
  void tabIndentationIsAnError() throws IOException {
    write("compose.yaml", "services:\n\tweb:\n    image: x\n");
    assertResult(
        Cli.run(dir, "--check", "compose.yaml"),
        2,
        "",
        "compose.yaml:2:1: tab character where YAML expects indentation; indent with spaces only\n"
            + "No findings in 0 files; 1 file could not be processed\n");
  }

  @Test
  void duplicateKeysAreAnError() throws IOException {
    write("compose.yaml", "services:\n  web:\n    image: a\n    image: b\n");
    assertResult(
        Cli.run(dir, "--write", "compose.yaml"),
        2,
        "",
        "compose.yaml:4:5: duplicate key 'image' (first defined at line 3); remove or rename one of"
            + " them\n"
            + "Fixed 0 findings, 0 remaining; 1 file could not be processed\n");
    assertEquals("services:\n  web:\n    image: a\n    image: b\n", read("compose.yaml"));
  }

  @Test
  void missingFileIsAnError() {
    assertResult(
        Cli.run(dir, "--check", "nope.yml"),
        2,
        "",
        "nope.yml:1:1: no such file or directory; check the path\n"
            + "No findings in 0 files; 1 file could not be processed\n");
  }

  @Test
  void invalidUtf8IsAnError() throws IOException {
    Files.write(dir.resolve("compose.yaml"), new byte[] {'a', ':', ' ', (byte) 0xFF, '\n'});
    assertResult(
        Cli.run(dir, "--check", "compose.yaml"),
        2,
        "",
        "compose.yaml:1:4: not valid UTF-8 (byte 0xFF); compose-fix reads UTF-8 only, so re-save"
            + " the file as UTF-8\n"
            + "No findings in 0 files; 1 file could not be processed\n");
  }

  @Test
  void aTopLevelThatIsNotAMappingIsAnError() throws IOException {
    write("compose.yaml", "- a\n- b\n");
    assertResult(
        Cli.run(dir, "--check", "compose.yaml"),
        2,
        "",
        "compose.yaml:1:1: a Compose file is a mapping (services:, volumes:, ...) but this file's"
            + " top level is a sequence\n"
            + "No findings in 0 files; 1 file could not be processed\n");
  }

  @Test
  void emptyAndCommentOnlyFilesAreClean() throws IOException {
    write("empty/compose.yaml", "");
    write("comments/compose.yaml", "# nothing yet\n");
    assertResult(Cli.run(dir, "--check", "empty", "comments"), 0, "", "No findings in 2 files\n");
  }

  @Test
  void aFolderWithOneBadAndOneGoodFileProcessesBoth() throws IOException {
    write("stack/a/docker-compose.yml", "services:\n  x: [\n");
    write("stack/b/compose.yaml", NEEDS_FIX);
    Cli.Result result = Cli.run(dir, "stack");
    assertEquals(2, result.exitCode());
    assertEquals(
        DIFF.replace(
            "--- a/compose.yaml\n+++ b/compose.yaml",
            "--- a/stack/b/compose.yaml\n+++ b/stack/b/compose.yaml"),
        result.out());
    assertEquals(
        "stack/a/docker-compose.yml:3:1: expected the node content, but found '<stream end>' (while"
            + " parsing a flow node); fix the YAML syntax and run again\n"
            + FINDING.replace("compose.yaml:", "stack/b/compose.yaml:")
            + "1 finding, 1 fixable; 1 file could not be processed\n",
        result.err());
  }

  @Test
  void withoutPathsSearchesTheWorkingFolder() throws IOException {
    write("compose.yaml", CLEAN);
    write("sub/docker-compose.prod.yml", CLEAN);
    write("sub/app.compose.yaml", CLEAN);
    write("sub/notes.yml", "- not compose\n");
    write(".hidden/compose.yaml", "- broken\n");
    write("node_modules/x/compose.yaml", "- broken\n");
    assertResult(Cli.run(dir, "--check"), 0, "", "No findings in 3 files\n");
  }

  @Test
  void configIsFoundInAParentFolder() throws IOException {
    write(".compose-fix.yaml", "healthcheck:\n  start_period: 1m\n");
    write("deep/er/compose.yaml", NEEDS_FIX);
    assertResult(
        Cli.run(dir, "--write", "deep/er/compose.yaml"), 0, "", "Fixed 1 finding, 0 remaining\n");
    assertEquals(FIXED.replace("30s", "1m"), read("deep/er/compose.yaml"));
  }

  @Test
  void configSelectAndIgnoreApply() throws IOException {
    write("compose.yaml", NEEDS_FIX);
    write("other.yaml", "ignore: [healthcheck-start-period]\n");
    assertResult(
        Cli.run(dir, "--check", "--config", "other.yaml", "compose.yaml"),
        0,
        "",
        "No findings in 1 file\n");
    assertResult(
        Cli.run(dir, "--check", "--ignore", "CF001", "compose.yaml"),
        0,
        "",
        "No findings in 1 file\n");
  }

  @Test
  void badConfigIsAnErrorThatNamesTheAllowedKeys() throws IOException {
    write(".compose-fix.yaml", "healthcheck:\n  start_perod: 1m\n");
    write("compose.yaml", NEEDS_FIX);
    assertResult(
        Cli.run(dir, "--check", "compose.yaml"),
        2,
        "",
        ".compose-fix.yaml:2:3: unknown key 'healthcheck.start_perod'; allowed keys: select,"
            + " ignore, unsafe-fixes, healthcheck.start_period, pins, secrets.names,"
            + " secrets.ignore, gpu.services, gpu.images, images\n"
            + "No findings in 0 files; 1 file could not be processed\n");
    write(".compose-fix.yaml", "healthcheck:\n  start_period: 30\n");
    assertResult(
        Cli.run(dir, "--check", "compose.yaml"),
        2,
        "",
        ".compose-fix.yaml:2:17: 'healthcheck.start_period' must be a duration such as 30s, 1m30s"
            + " or 500ms, got '30'\n"
            + "No findings in 0 files; 1 file could not be processed\n");
  }

  @Test
  void rulesListsEveryRuleWithItsFixMarker() {
    Cli.Result result = Cli.run(dir, "rules");
    assertEquals(0, result.exitCode());
    assertEquals("", result.err());
    List<String> lines = result.out().lines().toList();
    assertEquals(
        "CF001  healthcheck-start-period  [*]  medium    Healthcheck without start_period",
        lines.get(0));
    assertEquals(
        BuiltInRules.ruleSet().all().size(),
        lines.stream().filter(line -> line.startsWith("CF")).count());
    assertEquals(
        "Run 'compose-fix rule NAME' for a rule's documentation.", lines.get(lines.size() - 1));
  }

  @Test
  void ruleShowsTheDocumentationFromTheRuleItself() {
    Rule rule = BuiltInRules.ruleSet().find("healthcheck-start-period").orElseThrow();
    assertResult(Cli.run(dir, "rule", "healthcheck-start-period"), 0, rule.metadata().doc(), "");
    assertResult(Cli.run(dir, "rule", "cf001"), 0, rule.metadata().doc(), "");
    assertResult(
        Cli.run(dir, "rule", "nope"),
        2,
        "",
        "compose-fix: unknown rule 'nope'; run 'compose-fix rules' to list them\n"
            + "Run 'compose-fix --help' for usage.\n");
  }

  @Test
  void configCanTurnUnsafeFixesOnAndTheCommandLineOff() throws IOException {
    write("compose.yaml", NEEDS_FIX);
    write(".compose-fix.yaml", "unsafe-fixes: true\n");
    assertResult(
        Cli.run(dir, "--check", "--no-unsafe-fixes", "compose.yaml"),
        1,
        "",
        FINDING + "1 finding, 1 fixable\n");
  }

  @Test
  void versionComesFromTheBuild() {
    Cli.Result result = Cli.run(dir, "--version");
    assertEquals(0, result.exitCode());
    List<String> lines = result.out().lines().toList();
    assertEquals(
        "compose-fix " + System.getProperty("project.version", "0.1.0-SNAPSHOT"), lines.get(0));
    assertEquals(RuntimeDescription.current().lines(), lines.subList(1, lines.size()));
  }
}
