package dev.composefix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.support.Processes;
import dev.composefix.support.Projects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release bundle that {@code mvn package -Pdist} makes in target/dist: its launcher runs the
 * jar on the bundled jlink runtime with no Java on PATH and no JAVA_HOME, and prints exactly what
 * {@code java -jar} prints. Skipped when target/dist was not built.
 */
class DistIT {

  private static final String EXAMPLE = "fixtures/example.yml";

  /** Options a user's environment may hold that would add lines to the output. */
  private static final Set<String> UNSET =
      Set.of("JAVA_HOME", "JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");

  private static final int TIMEOUT_SECONDS = 120;

  private final Path root = Projects.root();
  private final Path dist = root.resolve("target/dist");
  private final Path launcher = dist.resolve("compose-fix-linux-x64/bin/compose-fix");
  private final Path jar =
      dist.resolve("compose-fix-" + System.getProperty("project.version") + ".jar");

  @TempDir Path dir;

  /** Symbolic links this test made, removed after it so that JUnit has none to warn about. */
  private final List<Path> links = new ArrayList<>();

  @BeforeEach
  void needsTheBundle() {
    Assumptions.assumeTrue(
        Files.isExecutable(launcher), "target/dist not built (mvn package -Pdist): skipped");
  }

  @AfterEach
  void removeLinks() throws IOException {
    for (Path link : links) {
      Files.deleteIfExists(link);
    }
  }

  @Test
  void theBundledLauncherPrintsWhatJavaJarPrintsWithNoJavaOnPath() throws Exception {
    Path path = pathWithoutJava();
    for (List<String> args :
        List.of(
            List.of("--dry-run", EXAMPLE),
            List.of("--check", EXAMPLE),
            List.of("--format", "json", EXAMPLE),
            List.of("--version"))) {
      Processes.Result bundled = run(launcher, path, args);
      Processes.Result plain = javaJar(args);
      assertEquals(plain, bundled, "bundled launcher against java -jar, " + args);
      assertNotEquals("", bundled.out() + bundled.err(), "it printed something, " + args);
    }
  }

  @Test
  void theLauncherWorksThroughASymlink() throws Exception {
    Path path = pathWithoutJava();
    Path link = Files.createSymbolicLink(path.resolve("compose-fix"), launcher);
    links.add(link);
    assertEquals(javaJar(List.of("--version")), run(link, path, List.of("--version")));
  }

  @Test
  void theChecksumsCoverTheBundleAndMatch() throws Exception {
    String sums = Files.readString(dist.resolve("SHA256SUMS"));
    assertTrue(sums.contains("  " + jar.getFileName() + "\n"), sums);
    assertTrue(sums.contains("  compose-fix-linux-x64/bin/compose-fix\n"), sums);
    assertTrue(sums.contains("  runtime/linux-x64/bin/java\n"), sums);
    Processes.Result check =
        Processes.run(
            dist,
            Map.of(),
            TIMEOUT_SECONDS,
            List.of("sha256sum", "--check", "--quiet", "--strict", "SHA256SUMS"));
    assertEquals(new Processes.Result(0, "", ""), check);
  }

  /**
   * A folder to use as PATH: links to every program in /usr/bin and /bin except those of a JDK or
   * JRE, checked to hold no java.
   */
  private Path pathWithoutJava() throws IOException {
    Path path = Files.createDirectory(dir.resolve("path"));
    for (String folder : List.of("/usr/bin", "/bin")) {
      try (Stream<Path> programs = Files.list(Path.of(folder))) {
        for (Path program : (Iterable<Path>) programs::iterator) {
          Path link = path.resolve(program.getFileName().toString());
          if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)
              && !program.getFileName().toString().startsWith("java")
              && !program.toRealPath().startsWith("/usr/lib/jvm")) {
            links.add(Files.createSymbolicLink(link, program));
          }
        }
      }
    }
    Processes.Result java =
        Processes.run(
            dir,
            Map.of("PATH", path.toString()),
            UNSET,
            TIMEOUT_SECONDS,
            List.of("/bin/sh", "-c", "command -v java"));
    assertNotEquals(0, java.exitCode(), "java is still on PATH: " + java.out());
    return path;
  }

  private Processes.Result run(Path program, Path path, List<String> args) {
    List<String> command = new ArrayList<>(List.of(program.toString()));
    command.addAll(args);
    return Processes.run(root, Map.of("PATH", path.toString()), UNSET, TIMEOUT_SECONDS, command);
  }

  private Processes.Result javaJar(List<String> args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString()));
    command.addAll(args);
    return Processes.run(root, Map.of(), UNSET, TIMEOUT_SECONDS, command);
  }
}
