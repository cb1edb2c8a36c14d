package dev.composefix.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnifiedDiffTest {

  @TempDir Path work;

  @Test
  void equalTextsGiveNoDiff() {
    assertEquals("", UnifiedDiff.render("a.yml", "x\n", "x\n"));
  }

  @Test
  void insertionWithContext() {
    String before = "a\nb\nc\nd\ne\nf\ng\n";
    String after = "a\nb\nc\nd\nnew\ne\nf\ng\n";
    assertEquals(
        "--- a/x.yml\n+++ b/x.yml\n@@ -2,6 +2,7 @@\n b\n c\n d\n+new\n e\n f\n g\n",
        UnifiedDiff.render("x.yml", before, after));
  }

  @Test
  void farApartChangesMakeTwoHunks() {
    String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
    String after = "1\nA\n3\n4\n5\n6\n7\n8\n9\n10\nB\n12\n";
    assertEquals(
        "--- a/x.yml\n"
            + "+++ b/x.yml\n"
            + "@@ -1,5 +1,5 @@\n"
            + " 1\n"
            + "-2\n"
            + "+A\n"
            + " 3\n"
            + " 4\n"
            + " 5\n"
            + "@@ -8,5 +8,5 @@\n"
            + " 8\n"
            + " 9\n"
            + " 10\n"
            + "-11\n"
            + "+B\n"
            + " 12\n",
        UnifiedDiff.render("x.yml", before, after));
  }

  @Test
  void marksAMissingFinalNewline() {
    assertEquals(
        "--- a/x.yml\n"
            + "+++ b/x.yml\n"
            + "@@ -1,2 +1,3 @@\n"
            + " a\n"
            + "-b\n"
            + "\\ No newline at end of file\n"
            + "+b\n"
            + "+c\n"
            + "\\ No newline at end of file\n",
        UnifiedDiff.render("x.yml", "a\nb", "a\nb\nc"));
  }

  @Test
  void keepsCrlfInsideLines() {
    assertEquals(
        "--- a/x.yml\n+++ b/x.yml\n@@ -1 +1,2 @@\n a\r\n+b\r\n",
        UnifiedDiff.render("x.yml", "a\r\n", "a\r\nb\r\n"));
  }

  @Test
  void insertionIntoAnEmptyFile() {
    assertEquals(
        "--- a/x.yml\n+++ b/x.yml\n@@ -0,0 +1 @@\n+a\n", UnifiedDiff.render("x.yml", "", "a\n"));
  }

  /** The diff must apply with the real tools and give exactly the new text. */
  @Test
  void appliesWithPatchAndGitApply() throws Exception {
    List<String[]> pairs =
        List.of(
            new String[] {"a: 1\nb: 2\n", "a: 1\nb: 2\nc: 3\n"},
            new String[] {"a: 1\r\nb: 2\r\n", "a: 1\r\n  x: y\r\nb: 2\r\n"},
            new String[] {"\uFEFFa: 1\nb: 2", "\uFEFFa: 1\nb: 2\n  c: 3"},
            new String[] {
              "h: {t: x}\n" + "k: v\n".repeat(20) + "z: 1",
              "h: {t: x, s: 1}\n" + "k: v\n".repeat(20) + "z: 1\nw: 2"
            });
    for (String tool : List.of("patch", "git")) {
      Assumptions.assumeTrue(onPath(tool), tool + " is not installed");
      for (String[] pair : pairs) {
        Path dir = Files.createTempDirectory(work, tool);
        Path file = dir.resolve("compose.yaml");
        Files.write(file, pair[0].getBytes(StandardCharsets.UTF_8));
        Path patch = dir.resolve("fix.patch");
        Files.write(
            patch,
            UnifiedDiff.render("compose.yaml", pair[0], pair[1]).getBytes(StandardCharsets.UTF_8));
        List<String> command =
            tool.equals("patch")
                ? List.of("patch", "-p1", "--quiet", "-i", "fix.patch")
                : List.of("git", "apply", "--unsafe-paths", "fix.patch");
        assertEquals(0, run(dir, command), tool + " applies the diff");
        assertArrayEquals(
            pair[1].getBytes(StandardCharsets.UTF_8),
            Files.readAllBytes(file),
            tool + " gives the new text");
      }
    }
  }

  private static boolean onPath(String tool) {
    try {
      return run(Path.of("."), List.of(tool, "--version")) == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static int run(Path dir, List<String> command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }
}
