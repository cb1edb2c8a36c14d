package dev.composefix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.support.Dist;
import dev.composefix.support.Processes;
import dev.composefix.support.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release bundle that {@code mvn package -Pdist} makes in target/dist: its launcher runs the
 * jar on the bundled jlink runtime with no Java on PATH and no JAVA_HOME, prints exactly what
 * {@code java -jar} prints for every command, and loads its classes from the AOT cache trained into
 * the runtime. Skipped when target/dist was not built.
 */
class DistIT {

  private static final String EXAMPLE = "fixtures/example.yml";

  private final Path root = Projects.root();
  private final Path runtime = Dist.dir().resolve("runtime/linux-x64");
  private final Path launcher = Dist.dir().resolve("compose-fix-linux-x64/bin/compose-fix");

  @TempDir Path dir;

  @BeforeEach
  void needsTheBundle() {
    Dist.built(launcher);
  }

  /**
   * Every command, the opt-in schema rule among them, because the runtime has only the modules the
   * tool needs: a class from a module left out would fail here and not under java -jar.
   */
  @Test
  void theBundledLauncherPrintsWhatJavaJarPrintsWithNoJavaOnPath() throws Exception {
    try (Dist.NoJavaPath path = new Dist.NoJavaPath(dir)) {
      for (List<String> args :
          List.of(
              List.of("--dry-run", EXAMPLE),
              List.of("--dry-run", "--unsafe-fixes", "fixtures"),
              List.of("--check", EXAMPLE),
              List.of("--format", "json", EXAMPLE),
              List.of("--format", "sarif", EXAMPLE),
              List.of("--format", "github", EXAMPLE),
              List.of("--select", "compose-schema", "--format", "json", "fixtures/compose-schema"),
              List.of("stats", "--format", "json", "fixtures"),
              List.of("rules"),
              List.of("rule", "healthcheck-tool"),
              List.of("image", "postgres:16-alpine"),
              List.of("missing.yml"),
              List.of("--help"))) {
        Processes.Result bundled = run(launcher, path.path(), args);
        Processes.Result plain = Dist.javaJar(root, args);
        assertEquals(plain, bundled, "bundled launcher against java -jar, " + args);
        assertNotEquals("", bundled.out() + bundled.err(), "it printed something, " + args);
      }
    }
  }

  @Test
  void versionNamesTheBundledRuntimeAndItsAotCache() throws Exception {
    try (Dist.NoJavaPath path = new Dist.NoJavaPath(dir)) {
      Processes.Result version = run(launcher, path.path(), List.of("--version"));
      String real = runtime.toRealPath().toString();
      String java = Files.readString(runtime.resolve("release"));
      String feature =
          java.lines()
              .filter(line -> line.startsWith("JAVA_VERSION="))
              .findFirst()
              .orElseThrow()
              .replaceAll("^JAVA_VERSION=\"(.*)\"$", "$1");
      List<String> lines = version.out().lines().toList();
      assertEquals(
          new Processes.Result(0, "", ""),
          new Processes.Result(version.exitCode(), "", version.err()));
      assertEquals("compose-fix " + System.getProperty("project.version"), lines.get(0));
      assertTrue(
          lines.get(1).startsWith("runtime: bundled jlink runtime, Java " + feature)
              && lines.get(1).endsWith("), " + real),
          lines.get(1));
      assertEquals(
          "class data: AOT cache " + real + "/lib/compose-fix.aot, sharing on", lines.get(2));
      assertEquals(3, lines.size(), version.out());
    }
  }

  @Test
  void theLauncherWorksThroughASymlink() throws Exception {
    try (Dist.NoJavaPath path = new Dist.NoJavaPath(dir)) {
      Path link = path.link(path.path().resolve("compose-fix"), launcher);
      assertEquals(
          Dist.javaJar(root, List.of("--check", EXAMPLE)),
          run(link, path.path(), List.of("--check", EXAMPLE)));
    }
  }

  /** The classes come from the cache trained at build time, not from the jar. */
  @Test
  void theAotCacheTrainedIntoTheRuntimeIsUsed() {
    Processes.Result loaded =
        bundledJava(
            "@" + runtime.resolve("lib/compose-fix.options"),
            "-XX:AOTCache=" + runtime.resolve("lib/compose-fix.aot"),
            "-Xlog:class+load=info:stdout",
            "-jar",
            Dist.jar().toString(),
            "--check",
            EXAMPLE);
    List<String> ours =
        loaded.out().lines().filter(line -> line.contains(" dev.composefix.")).toList();
    assertTrue(ours.size() > 100, "the run loads compose-fix's classes:\n" + loaded.out());
    List<String> fromTheJar =
        ours.stream().filter(line -> !line.endsWith("source: shared objects file")).toList();
    assertEquals(List.of(), fromTheJar, "classes not from the AOT cache");
  }

  /**
   * The bundle's JVM is set up as bin/compose-fix sets up its own: the release once lost the
   * launcher's young-generation size, and with it half of the peak memory of a large file.
   */
  @Test
  void theRuntimesOptionsSetTheJvmAsTheDevelopmentLaunchersDo() {
    assertEquals(
        commandLineFlags("@" + root.resolve("bin/jvm.options")),
        commandLineFlags("@" + runtime.resolve("lib/compose-fix.options")));
  }

  /**
   * The flags the bundled JVM takes from the given option, by its own account, with their values.
   */
  private List<String> commandLineFlags(String options) {
    // Both ways the launchers run: the runtime's file names -Xshare:auto below Java 25.
    Processes.Result flags =
        bundledJava(options, "-Xshare:auto", "-XX:+PrintFlagsFinal", "-version");
    assertEquals(0, flags.exitCode(), flags.err());
    return (flags.out() + flags.err())
        .lines()
        .filter(line -> line.endsWith("{command line}") && !line.contains(" PrintFlagsFinal "))
        .map(line -> line.trim().replaceAll("\\s+", " "))
        .toList();
  }

  /** java.base alone: jackson's java.sql, java.desktop and java.xml handlers are optional. */
  @Test
  void theRuntimeHasOnlyTheModulesTheToolNeeds() {
    Processes.Result modules = bundledJava("--list-modules");
    assertEquals(
        List.of("java.base"),
        modules.out().lines().map(line -> line.replaceAll("@.*", "")).toList(),
        modules.out() + modules.err());
  }

  @Test
  void theChecksumsCoverEveryFileAndMatch() throws Exception {
    String version = System.getProperty("project.version");
    List<String> listed =
        Files.readString(Dist.dir().resolve("SHA256SUMS"))
            .lines()
            .map(line -> line.substring(line.indexOf("  ") + 2))
            .toList();
    List<String> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(Dist.dir())) {
      all.filter(Files::isRegularFile)
          .map(file -> Dist.dir().relativize(file).toString())
          .filter(name -> !name.equals("SHA256SUMS"))
          .sorted()
          .forEach(files::add);
    }
    assertEquals(files, listed, "SHA256SUMS lists every file, in order");
    for (String artifact :
        List.of(
            "compose-fix-" + version + ".jar",
            "compose-fix-" + version + "-sources.jar",
            "compose-fix-" + version + "-javadoc.jar",
            "compose-fix-linux-x64/bin/compose-fix",
            "runtime/linux-x64/bin/java",
            "runtime/linux-x64/lib/compose-fix.aot",
            "npm/compose-fix-" + version + ".tgz",
            "npm/compose-fix-linux-x64-" + version + ".tgz",
            "deb/compose-fix_" + version.replace('-', '~') + "_amd64.deb")) {
      assertTrue(listed.contains(artifact), artifact + " in SHA256SUMS");
    }
    Processes.Result check =
        Processes.run(
            Dist.dir(),
            Map.of(),
            Dist.TIMEOUT_SECONDS,
            List.of("sha256sum", "--check", "--quiet", "--strict", "SHA256SUMS"));
    assertEquals(new Processes.Result(0, "", ""), check);
  }

  /** The bundled runtime's java, with no Java options from the environment. */
  private Processes.Result bundledJava(String... args) {
    List<String> command = new ArrayList<>(List.of(runtime.resolve("bin/java").toString()));
    command.addAll(List.of(args));
    return Processes.run(root, Map.of(), Dist.UNSET, Dist.TIMEOUT_SECONDS, command);
  }

  private Processes.Result run(Path program, Path path, List<String> args) {
    List<String> command = new ArrayList<>(List.of(program.toString()));
    command.addAll(args);
    return Processes.run(
        root, Map.of("PATH", path.toString()), Dist.UNSET, Dist.TIMEOUT_SECONDS, command);
  }
}
