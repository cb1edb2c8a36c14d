package dev.composefix.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.support.Processes;
import dev.composefix.support.Projects;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data archive, on a copy of the launcher, its JVM options and the built jar
 * so that the project's own target/ is left alone: made on the first run and used after, remade for
 * a rebuilt jar, silently skipped when damaged, made once when several first runs start together,
 * and without any effect on what the tool prints. The launcher runs the Java running this test.
 */
class LauncherIT {

  private static final String EXAMPLE = "fixtures/example.yml";
  private static final String JAVA_HOME = System.getProperty("java.home");

  /** An AOT cache from Java 24 on, a dynamic AppCDS archive before. */
  private static final String ARCHIVE = Runtime.version().feature() >= 24 ? ".aot" : ".jsa";

  /** Options a user's environment may hold that would add lines to the output. */
  private static final Set<String> UNSET =
      Set.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "COMPOSE_FIX_CDS");

  private static final int TIMEOUT_SECONDS = 300;

  @TempDir Path dir;

  @Test
  void theArchiveIsMadeOnTheFirstRunAndUsedAfter() throws Exception {
    Path project = project("project");
    Processes.Result first = launch(project, project, Map.of(), "--check", EXAMPLE);
    assertEquals(
        plainJava(project, project, "--check", EXAMPLE),
        first,
        "the first run prints only the tool's output");
    assertEquals(1, first.exitCode());
    Path archive = onlyArchive(project);
    Path jar = project.resolve("target/compose-fix.jar");
    String jarKey =
        Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toInstant().getEpochSecond() + "-";
    assertTrue(
        name(archive).startsWith(jarKey),
        "named after the jar's size and time, not a checksum of its bytes: " + name(archive));
    String flags =
        Files.readString(archive.resolveSibling(name(archive).replace(ARCHIVE, ".flags")));
    assertEquals(
        (ARCHIVE.equals(".aot") ? "aot " : "dynamic ")
            + Files.size(archive)
            + " "
            + project.toRealPath()
            + "\n",
        flags);

    Processes.Result version = launch(project, project, Map.of(), "--version");
    List<String> lines = version.out().lines().toList();
    assertEquals(
        new Processes.Result(0, "compose-fix " + System.getProperty("project.version"), ""),
        new Processes.Result(version.exitCode(), lines.get(0), version.err()));
    assertEquals(
        List.of(
            "runtime: system Java, Java "
                + System.getProperty("java.runtime.version")
                + " ("
                + System.getProperty("java.vendor")
                + "), "
                + JAVA_HOME,
            (ARCHIVE.equals(".aot") ? "class data: AOT cache " : "class data: archive ")
                + archive.toRealPath()
                + ", sharing on"),
        lines.subList(1, lines.size()),
        "--version names the Java and the archive it runs with");
    assertUsesTheArchive(project);
    assertEquals(
        Set.of(name(archive), name(archive).replace(ARCHIVE, ".flags")),
        files(project),
        "nothing else is left behind");
  }

  @Test
  void outputIsByteIdenticalWithAndWithoutTheArchive() throws Exception {
    Path project = project("project");
    launch(project, project, Map.of(), "--version");
    onlyArchive(project);
    for (List<String> args :
        List.of(
            List.of("--dry-run", EXAMPLE),
            List.of("--check", "--format", "json", EXAMPLE),
            List.of("--check", "--format", "sarif", EXAMPLE),
            List.of("rules"))) {
      String[] arguments = args.toArray(String[]::new);
      Processes.Result reference = plainJava(project, project, arguments);
      assertEquals(
          reference, launch(project, project, Map.of(), arguments), "with the archive: " + args);
      assertEquals(
          reference,
          launch(project, project, Map.of("COMPOSE_FIX_CDS", "off"), arguments),
          "without: " + args);
    }
    Path withArchive = copyExample("with");
    Path without = copyExample("without");
    Processes.Result written =
        launch(project, withArchive.getParent(), Map.of(), "--write", "compose.yaml");
    assertEquals(plainJava(project, without.getParent(), "--write", "compose.yaml"), written);
    assertArrayEquals(Files.readAllBytes(without), Files.readAllBytes(withArchive));
    assertNotEquals(
        Files.readString(project.resolve(EXAMPLE)),
        Files.readString(withArchive),
        "the write changed the file");
  }

  @Test
  void aRebuiltJarGetsANewArchiveAndTheOldOneGoes() throws Exception {
    Path project = project("project");
    launch(project, project, Map.of(), "--version");
    Path old = onlyArchive(project);

    rebuild(project.resolve("target/compose-fix.jar"));
    Processes.Result result = launch(project, project, Map.of(), "--check", EXAMPLE);
    assertEquals(plainJava(project, project, "--check", EXAMPLE), result);
    Path fresh = onlyArchive(project);
    assertNotEquals(name(old), name(fresh), "the archive's name follows the jar");
    assertTrue(Files.notExists(old), "the old jar's archive is gone");
    assertUsesTheArchive(project);
  }

  @Test
  void aJarRewrittenWithTheSameBytesIsArchivedAgain() throws Exception {
    Path project = project("project");
    launch(project, project, Map.of(), "--version");
    Path archive = onlyArchive(project);
    // mvn package rewrites the jar even when nothing changed, and the JVM then refuses an
    // archive made before, as it checks the jar's time.
    Instant now = Instant.now();
    Files.setLastModifiedTime(archive, FileTime.from(now.minusSeconds(10)));
    Files.setLastModifiedTime(
        project.resolve("target/compose-fix.jar"), FileTime.from(now.minusSeconds(5)));

    assertEquals(
        plainJava(project, project, "--check", EXAMPLE),
        launch(project, project, Map.of(), "--check", EXAMPLE));
    Path again = onlyArchive(project);
    assertNotEquals(name(archive), name(again), "the archive's name follows the jar's time");
    assertUsesTheArchive(project);
  }

  /** An archive is made with bin/jvm.options, so one made before they changed is made again. */
  @Test
  void anArchiveOlderThanTheJvmOptionsIsMadeAgain() throws Exception {
    Path project = project("project");
    Instant now = Instant.now();
    Files.setLastModifiedTime(
        project.resolve("target/compose-fix.jar"), FileTime.from(now.minusSeconds(60)));
    launch(project, project, Map.of(), "--version");
    Path archive = onlyArchive(project);
    Files.setLastModifiedTime(archive, FileTime.from(now.minusSeconds(10)));
    FileTime edited = FileTime.from(now.minusSeconds(5));
    Files.setLastModifiedTime(project.resolve("bin/jvm.options"), edited);

    assertEquals(
        plainJava(project, project, "--check", EXAMPLE),
        launch(project, project, Map.of(), "--check", EXAMPLE));
    Path again = onlyArchive(project);
    assertEquals(name(archive), name(again), "the same jar and Java: the same name");
    assertTrue(
        Files.getLastModifiedTime(again).compareTo(edited) > 0,
        "made again after the options changed: " + Files.getLastModifiedTime(again));
    assertUsesTheArchive(project);
  }

  @Test
  void aDamagedArchiveIsSkippedSilently() throws Exception {
    Path project = project("project");
    Processes.Result reference = plainJava(project, project, "--dry-run", EXAMPLE);
    launch(project, project, Map.of(), "--version");
    Path archive = onlyArchive(project);
    byte[] good = Files.readAllBytes(archive);

    byte[] garbage = new byte[good.length];
    new Random(1).nextBytes(garbage);
    replace(archive, garbage);
    assertEquals(
        reference, launch(project, project, Map.of(), "--dry-run", EXAMPLE), "an archive of noise");

    replace(archive, Arrays.copyOf(good, good.length / 3));
    assertEquals(
        reference, launch(project, project, Map.of(), "--dry-run", EXAMPLE), "a truncated archive");
    assertUsesTheArchive(project);

    replace(archive, new byte[0]);
    assertEquals(
        reference, launch(project, project, Map.of(), "--dry-run", EXAMPLE), "an empty archive");

    Path flags = archive.resolveSibling(name(archive).replace(ARCHIVE, ".flags"));
    Files.writeString(flags, "garbage\n");
    assertEquals(
        reference,
        launch(project, project, Map.of(), "--dry-run", EXAMPLE),
        "a damaged flags file");
    assertUsesTheArchive(project);
  }

  @Test
  void concurrentFirstRunsAllSucceedAndMakeOneArchive() throws Exception {
    Path project = project("project");
    Processes.Result reference = plainJava(project, project, "--check", EXAMPLE);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Processes.Result>> runs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        runs.add(pool.submit(() -> launch(project, project, Map.of(), "--check", EXAMPLE)));
      }
      for (Future<Processes.Result> run : runs) {
        assertEquals(reference, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
    Path archive = onlyArchive(project);
    assertEquals(
        Set.of(name(archive), name(archive).replace(ARCHIVE, ".flags")),
        files(project),
        "no lock or temporary file is left");
    assertUsesTheArchive(project);
  }

  @Test
  void worksThroughASymlinkFromAnyFolder() throws Exception {
    Path project = project("project");
    Path link = Files.createDirectories(dir.resolve("elsewhere/bin")).resolve("compose-fix");
    Files.createSymbolicLink(link, project.resolve("bin/compose-fix"));
    Path work = copyExample("work").getParent();
    Processes.Result result =
        Processes.run(
            work,
            environment(Map.of()),
            UNSET,
            TIMEOUT_SECONDS,
            List.of(link.toString(), "--dry-run", "compose.yaml"));
    assertEquals(plainJava(project, work, "--dry-run", "compose.yaml"), result);
    onlyArchive(project);
    assertUsesTheArchive(project);
  }

  /** A project folder holding just what the launcher needs, its jar newer than its "sources". */
  private Path project(String name) throws IOException {
    Path root = Projects.root();
    Path copy = dir.resolve(name);
    for (String folder : List.of("bin", "target", "fixtures", "src/main")) {
      Files.createDirectories(copy.resolve(folder));
    }
    Files.copy(
        root.resolve("bin/compose-fix"),
        copy.resolve("bin/compose-fix"),
        StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(root.resolve("bin/jvm.options"), copy.resolve("bin/jvm.options"));
    Files.copy(root.resolve("target/compose-fix.jar"), copy.resolve("target/compose-fix.jar"));
    Files.copy(root.resolve(EXAMPLE), copy.resolve(EXAMPLE));
    Files.writeString(copy.resolve("pom.xml"), "");
    FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    Files.setLastModifiedTime(copy.resolve("pom.xml"), old);
    Files.setLastModifiedTime(copy.resolve("src/main"), old);
    return copy.toRealPath();
  }

  private Path copyExample(String folder) throws IOException {
    Path file = Files.createDirectories(dir.resolve(folder)).resolve("compose.yaml");
    Files.copy(Projects.root().resolve(EXAMPLE), file);
    return file;
  }

  private static Processes.Result launch(
      Path project, Path workingDirectory, Map<String, String> extra, String... args) {
    List<String> command = new ArrayList<>();
    command.add(project.resolve("bin/compose-fix").toString());
    command.addAll(List.of(args));
    return Processes.run(workingDirectory, environment(extra), UNSET, TIMEOUT_SECONDS, command);
  }

  /** The jar run by a plain JVM, with no archive and no launcher. */
  private static Processes.Result plainJava(Path project, Path workingDirectory, String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(JAVA_HOME, "bin", "java").toString(),
                "-jar",
                project.resolve("target/compose-fix.jar").toString()));
    command.addAll(List.of(args));
    return Processes.run(workingDirectory, Map.of(), UNSET, TIMEOUT_SECONDS, command);
  }

  private static Map<String, String> environment(Map<String, String> extra) {
    Map<String, String> environment = new HashMap<>(Map.of("JAVA_HOME", JAVA_HOME));
    environment.putAll(extra);
    return environment;
  }

  /** Checks, through the JVM's class-loading log, that the tool's classes come from the archive. */
  private void assertUsesTheArchive(Path project) throws IOException {
    Path log = Files.createTempFile(dir, "class-load", ".log");
    Processes.Result result =
        launch(
            project,
            project,
            Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + log),
            "--version");
    assertEquals(0, result.exitCode(), result.err());
    String loaded = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(
        loaded.contains("dev.composefix.cli.Main source: shared objects file"),
        "Main is loaded from the archive:\n"
            + loaded.lines().filter(l -> l.contains("dev.composefix")).toList());
  }

  private static Path onlyArchive(Path project) throws IOException {
    List<Path> archives;
    try (Stream<Path> list = Files.list(project.resolve("target/cds"))) {
      archives = list.filter(p -> name(p).endsWith(ARCHIVE)).toList();
    }
    assertEquals(1, archives.size(), "one archive: " + archives);
    return archives.get(0);
  }

  private static Set<String> files(Path project) throws IOException {
    try (Stream<Path> list = Files.list(project.resolve("target/cds"))) {
      return list.map(LauncherIT::name)
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
  }

  private static String name(Path path) {
    return path.getFileName().toString();
  }

  /** Writes over a file the JVM made read-only. */
  private static void replace(Path file, byte[] bytes) throws IOException {
    Files.delete(file);
    Files.write(file, bytes);
  }

  /** Rewrites the jar with one more entry, as a rebuild with changed sources would. */
  private static void rebuild(Path jar) throws IOException {
    Path rebuilt = jar.resolveSibling("rebuilt.jar");
    try (InputStream in = Files.newInputStream(jar);
        ZipInputStream zip = new ZipInputStream(in);
        OutputStream out = Files.newOutputStream(rebuilt);
        ZipOutputStream copy = new ZipOutputStream(out)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        copy.putNextEntry(new ZipEntry(entry.getName()));
        zip.transferTo(copy);
        copy.closeEntry();
      }
      copy.putNextEntry(new ZipEntry("META-INF/rebuilt.txt"));
      copy.write("a rebuild\n".getBytes(StandardCharsets.UTF_8));
      copy.closeEntry();
    }
    Files.move(rebuilt, jar, StandardCopyOption.REPLACE_EXISTING);
  }
}
