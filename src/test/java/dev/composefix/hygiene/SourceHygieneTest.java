package dev.composefix.hygiene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.Projects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Our own code never swallows broad exceptions, and only the entry point touches the process. */
class SourceHygieneTest {

  private static final Path MAIN = Projects.root().resolve("src/main/java");
  private static final String ENTRY_POINT = "dev/composefix/cli/Main.java";

  /** The one class that starts a program: docker, for the commands that look into images. */
  private static final String DOCKER_RUNNER = "dev/composefix/cli/DockerProcess.java";

  @Test
  void mainSourcesAreClean() throws IOException {
    List<String> problems = new ArrayList<>();
    int files = 0;
    try (Stream<Path> walk = Files.walk(MAIN)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String name = MAIN.relativize(file).toString().replace('\\', '/');
        problems.addAll(
            SourceHygiene.check(
                name,
                Files.readString(file),
                name.equals(ENTRY_POINT),
                name.equals(DOCKER_RUNNER)));
        files++;
      }
    }
    assertEquals(List.of(), problems);
    assertEquals(true, files > 20, "the walk found the sources");
  }

  @Test
  void findsSwallowedBroadCatches() {
    String source =
        """
        class A {
          void a() {
            try { run(); } catch (Exception e) { }
            try { run(); } catch (RuntimeException | java.io.IOException e) { log(e); }
            try { run(); } catch (Throwable t) { throw new IllegalStateException(t); }
            try { run(); } catch (RuntimeException e) { err.println(e); }
            try { run(); } catch (java.io.IOException e) { }
            try { run(); } catch (RuntimeException e) { return Result.failed(e.getMessage()); }
            try { run(); } catch (RuntimeException e) { return null; }
          }
        }
        """;
    assertEquals(
        List.of(
            "A.java:3: catch of Exception neither rethrows nor reports",
            "A.java:4: catch of RuntimeException | java.io.IOException neither rethrows nor"
                + " reports",
            "A.java:9: catch of RuntimeException neither rethrows nor reports"),
        SourceHygiene.check("A.java", source, false));
  }

  @Test
  void findsProgramsAndNetworkConnections() {
    String source =
        """
        import java.net.URL;
        class C {
          void c() throws Exception {
            new ProcessBuilder("sh").start();
            Runtime.getRuntime().exec("sh");
          }
        }
        """;
    assertEquals(
        List.of(
            "C.java:1: imports java.net.URL; compose-fix never opens a network connection",
            "C.java:4: uses ProcessBuilder; compose-fix never runs a program or opens a connection",
            "C.java:5: Runtime.exec; compose-fix never runs a program"),
        SourceHygiene.check("C.java", source, false));
  }

  @Test
  void theDockerRunnerMayStartProgramsButOpensNoConnection() {
    String source =
        """
        import java.net.Socket;
        class D {
          Process d() throws Exception {
            new Socket("example.com", 80);
            return new ProcessBuilder("docker").start();
          }
        }
        """;
    assertEquals(
        List.of(
            "D.java:1: imports java.net.Socket; compose-fix never opens a network connection",
            "D.java:4: uses Socket; compose-fix never runs a program or opens a connection"),
        SourceHygiene.check("D.java", source, false, true));
  }

  @Test
  void findsProcessAccessOutsideTheEntryPoint() {
    String source =
        "class B { void b() { System.out.println(1); System.err.println(2); System.exit(3); } }";
    assertEquals(
        List.of(
            "B.java:1: System.exit outside the CLI entry point",
            "B.java:1: System.out outside the CLI entry point",
            "B.java:1: System.err outside the CLI entry point"),
        SourceHygiene.check("B.java", source, false));
    assertEquals(List.of(), SourceHygiene.check("Main.java", source, true));
  }
}
