package dev.composefix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.Dist;
import dev.composefix.support.Processes;
import dev.composefix.support.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .deb from target/dist/deb: unpacked with dpkg-deb, and installed by dpkg into a throwaway
 * root of its own (never this machine's), its /usr/bin/compose-fix runs with no java on PATH and
 * prints what java -jar prints. Skipped when it was not built or dpkg is missing.
 */
class DebIT {

  private static final String EXAMPLE = "fixtures/example.yml";

  @TempDir Path dir;

  private Path deb;

  @BeforeEach
  void needsTheDeb() {
    String version = System.getProperty("project.version").replace('-', '~');
    deb = Dist.built(Dist.dir().resolve("deb/compose-fix_" + version + "_amd64.deb"));
    Assumptions.assumeTrue(Processes.available("dpkg-deb"), "dpkg-deb is not installed");
  }

  @Test
  void unpackedItsBinaryRunsWithNoJava() throws Exception {
    Path tree = dir.resolve("tree");
    assertEquals(0, command(List.of("dpkg-deb", "-x", deb.toString(), tree.toString())).exitCode());
    assertRunsAsTheJar(tree.resolve("usr/bin/compose-fix"));
  }

  @Test
  void dpkgInstallsItAndItRuns() throws Exception {
    Path root = dir.resolve("root");
    Path admin = Files.createDirectories(root.resolve("var/lib/dpkg"));
    Files.createDirectories(admin.resolve("info"));
    Files.createDirectories(admin.resolve("updates"));
    Files.writeString(admin.resolve("status"), "");
    // libc6, its one dependency, is on this machine but not in the empty root's database.
    Processes.Result install =
        command(
            List.of(
                "dpkg",
                "--root=" + root,
                "--force-depends",
                "--force-script-chrootless",
                "--install",
                deb.toString()));
    assertEquals(0, install.exitCode(), install.out() + install.err());
    Processes.Result listed =
        command(List.of("dpkg-query", "--admindir=" + admin, "-W", "compose-fix"));
    assertEquals(
        new Processes.Result(
            0,
            "compose-fix\t" + System.getProperty("project.version").replace('-', '~') + "\n",
            ""),
        listed);
    assertRunsAsTheJar(root.resolve("usr/bin/compose-fix"));
  }

  private void assertRunsAsTheJar(Path binary) throws Exception {
    try (Dist.NoJavaPath path = new Dist.NoJavaPath(dir)) {
      for (List<String> args : List.of(List.of("--dry-run", EXAMPLE), List.of("rules"))) {
        List<String> run = new ArrayList<>(List.of(binary.toString()));
        run.addAll(args);
        assertEquals(
            Dist.javaJar(Projects.root(), args),
            Processes.run(
                Projects.root(),
                Map.of("PATH", path.path().toString()),
                Dist.UNSET,
                Dist.TIMEOUT_SECONDS,
                run),
            "the .deb's compose-fix, " + args);
      }
      Processes.Result version =
          Processes.run(
              Projects.root(),
              Map.of("PATH", path.path().toString()),
              Dist.UNSET,
              Dist.TIMEOUT_SECONDS,
              List.of(binary.toString(), "--version"));
      assertEquals(
          "compose-fix " + System.getProperty("project.version"),
          version.out().lines().findFirst().orElse(""),
          version.err());
    }
  }

  private Processes.Result command(List<String> command) {
    return Processes.run(dir, Map.of(), Dist.TIMEOUT_SECONDS, command);
  }
}
