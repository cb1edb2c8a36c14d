package dev.composefix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.composefix.support.Projects;
import dev.composefix.support.TempFolders;
import dev.composefix.support.UnifiedPatch;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Multi-file goldens: each folder under {@code fixtures/projects/} is a project, run in a copy with
 * the arguments in {@code <case>.args} (one a line) and an empty environment. {@code
 * golden/projects/<case>/output.txt} holds the exit code, stdout and stderr of that run; unless it
 * is a {@code --check}, {@code golden/projects/<case>/written/} holds every file of the folder
 * after {@code --write}, the dry-run diff applied to the originals must give exactly those files,
 * and a second {@code --write} must change nothing. {@code -Dgolden.update=true} rewrites them.
 */
class ProjectGoldenTest {

  private static final Path FIXTURES = Projects.root().resolve("fixtures/projects");
  private static final Path GOLDEN = Projects.root().resolve("golden/projects");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TestFactory
  Stream<DynamicTest> everyProject() throws IOException {
    return cases().stream().map(name -> DynamicTest.dynamicTest(name, () -> check(name)));
  }

  @Test
  void everyProjectHasItsGolden() throws IOException {
    List<String> expected = cases();
    List<String> golden;
    try (Stream<Path> folders = Files.list(GOLDEN)) {
      golden = folders.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(expected, golden);
  }

  private static List<String> cases() throws IOException {
    try (Stream<Path> folders = Files.list(FIXTURES)) {
      return folders
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  private record Run(int code, String out, String err) {
    String show(List<String> args) {
      return "$ compose-fix "
          + String.join(" ", args)
          + "\nexit "
          + code
          + "\n--- stdout\n"
          + out
          + "--- stderr\n"
          + err;
    }
  }

  private static Run run(Path dir, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      int code = Main.run(args.toArray(String[]::new), dir, Terminal.NONE, Map.of(), o, e);
      o.flush();
      e.flush();
      return new Run(code, out.toString(), err.toString());
    }
  }

  private static void check(String name) throws IOException {
    Path argsFile = FIXTURES.resolve(name + ".args");
    List<String> args =
        Files.exists(argsFile)
            ? Files.readAllLines(argsFile).stream().filter(l -> !l.isBlank()).toList()
            : List.of();
    Path dir = Files.createTempDirectory("project-");
    try {
      copy(FIXTURES.resolve(name), dir);
      Map<String, String> original = TempFolders.contents(dir);
      Run first = run(dir, args);
      compare(GOLDEN.resolve(name).resolve("output.txt"), first.show(args));
      if (args.contains("--check")) {
        assertEquals(original, TempFolders.contents(dir), "--check changed a file");
        return;
      }
      List<String> write = new ArrayList<>(args);
      write.add("--write");
      run(dir, write);
      Map<String, String> written = TempFolders.contents(dir);
      for (Map.Entry<String, String> file : written.entrySet()) {
        compare(GOLDEN.resolve(name).resolve("written").resolve(file.getKey()), file.getValue());
        String patched =
            UnifiedPatch.apply(
                original.get(file.getKey()), UnifiedPatch.partFor(first.out(), file.getKey()));
        assertEquals(file.getValue(), patched, "the dry-run diff of " + file.getKey());
      }
      run(dir, write);
      assertEquals(written, TempFolders.contents(dir), "a second --write changed something");
    } finally {
      TempFolders.delete(dir);
    }
  }

  private static void compare(Path golden, String actual) throws IOException {
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      fail("missing golden " + Projects.root().relativize(golden) + "; run -Dgolden.update=true");
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, golden.toString());
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }
}
