package dev.composefix.support;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The release artifacts that {@code mvn package -Pdist} makes in target/dist, for the tests that
 * install and run them with no Java on PATH, and what {@code java -jar} prints to compare with.
 */
public final class Dist {

  /** Options a user's environment may hold that would add lines to the output. */
  public static final Set<String> UNSET =
      Set.of("JAVA_HOME", "JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");

  public static final int TIMEOUT_SECONDS = 300;

  private static final String VERSION = System.getProperty("project.version");

  private Dist() {}

  public static Path dir() {
    return Projects.root().resolve("target/dist");
  }

  public static Path jar() {
    return dir().resolve("compose-fix-" + VERSION + ".jar");
  }

  /** The npm package users install, which finds and runs the platform's package. */
  public static Path npmPackage() {
    return dir().resolve("npm/compose-fix-" + VERSION + ".tgz");
  }

  public static Path npmPlatformPackage() {
    return dir().resolve("npm/compose-fix-linux-x64-" + VERSION + ".tgz");
  }

  /** Skips the test unless the artifact was built (mvn package -Pdist). */
  public static Path built(Path artifact) {
    Assumptions.assumeTrue(
        Files.exists(artifact),
        "target/dist/" + dir().relativize(artifact) + " not built (mvn package -Pdist): skipped");
    return artifact;
  }

  /** What the runnable jar prints on the Java running the tests, in the folder given. */
  public static Processes.Result javaJar(Path dir, List<String> args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar().toString()));
    command.addAll(args);
    return Processes.run(dir, Map.of(), UNSET, TIMEOUT_SECONDS, command);
  }

  /**
   * A folder to use as PATH: links to every program in /usr/bin and /bin except those of a JDK or
   * JRE, checked to hold no java. Closing it removes the links, so that JUnit's clean-up of the
   * temporary folder has none to warn about.
   */
  public static final class NoJavaPath implements AutoCloseable {

    private final Path path;
    private final List<Path> links = new ArrayList<>();

    public NoJavaPath(Path dir) throws IOException {
      path = Files.createDirectory(dir.resolve("path-without-java"));
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
    }

    public Path path() {
      return path;
    }

    /** Another link this test makes, removed with the others. */
    public Path link(Path link, Path target) throws IOException {
      links.add(Files.createSymbolicLink(link, target));
      return link;
    }

    @Override
    public void close() throws IOException {
      for (Path link : links) {
        Files.deleteIfExists(link);
      }
    }
  }
}
