package dev.composefix.images.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.composefix.images.dockerfile.CopyFact;
import dev.composefix.images.dockerfile.ReadNote;
import dev.composefix.support.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files of a context are read: what the Dockerfile copies, within bounds, never via links.
 */
class ContextFilesTest {

  @TempDir Path context;

  private void write(String path, String text) throws IOException {
    Path file = context.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static CopyFact copy(String destination, String... sources) {
    return new CopyFact("COPY", List.of(sources), destination, Optional.empty(), "0", 3);
  }

  private SourceFiles read(DockerIgnore ignore, Limits limits, CopyFact... copies) {
    return ContextFiles.read(context, List.of(copies), ignore, limits);
  }

  private static List<String> paths(SourceFiles files) {
    return files.files().stream().map(f -> f.path() + " -> " + f.imagePath()).toList();
  }

  @Test
  void foldersGlobsAndSingleFilesWithTheirImagePaths() throws IOException {
    write("app/main.py", "print(1)\n");
    write("app/sub/routes.py", "x = 1\n");
    write("app/logo.png", "not text we read\n");
    write("server.js", "//\n");
    write("lib.js", "//\n");
    write("conf/app.yml", "a: 1\n");
    write("tests/test_main.py", "assert True\n");
    SourceFiles files =
        read(
            DockerIgnore.NONE,
            Limits.DEFAULT,
            copy("/srv/app/", "app"),
            copy("/usr/src/", "*.js"),
            copy("/etc/app.yml", "./conf/app.yml"));
    assertEquals(
        List.of(
            "app/main.py -> /srv/app/main.py",
            "app/sub/routes.py -> /srv/app/sub/routes.py",
            "lib.js -> /usr/src/lib.js",
            "server.js -> /usr/src/server.js",
            "conf/app.yml -> /etc/app.yml"),
        paths(files));
    assertEquals("x = 1\n", files.files().get(1).text());
    assertEquals(List.of(), files.notes());
  }

  @Test
  void dockerignoreExclusionsAndReinclusions() throws IOException {
    write("src/app.py", "\n");
    write("src/secret_settings.py", "\n");
    write("src/generated/schema.py", "\n");
    write("src/generated/keep.py", "\n");
    write("node_modules/pkg/index.js", "\n");
    DockerIgnore ignore =
        DockerIgnore.parse(
            "# comment\n**/secret_*\nsrc/generated\n!src/generated/keep.py\nnode_modules/\n");
    assertEquals(
        List.of(
            "src/app.py -> /app/src/app.py", "src/generated/keep.py -> /app/src/generated/keep.py"),
        paths(read(ignore, Limits.DEFAULT, copy("/app/", "."))));
  }

  @Test
  void aSourceMissingFromTheContextIsANoteAndSourcesCannotClimbOut() throws IOException {
    write("app.py", "\n");
    SourceFiles files =
        read(
            DockerIgnore.NONE,
            Limits.DEFAULT,
            copy("/app/", "missing.py"),
            copy("/x/", "../../app.py"));
    assertEquals(List.of("app.py -> /x/app.py"), paths(files));
    assertEquals(
        List.of(
            new ReadNote("missing.py", 0, "copied by the COPY at line 3 but not in the context")),
        files.notes());
  }

  @Test
  void symbolicLinksAreNeverFollowed(@TempDir Path outside) throws IOException {
    Files.writeString(outside.resolve("secret.py"), "TOKEN = 1\n");
    write("app/main.py", "\n");
    Files.createSymbolicLink(context.resolve("app/leak.py"), outside.resolve("secret.py"));
    Files.createSymbolicLink(context.resolve("app/outside"), outside);
    Files.createSymbolicLink(context.resolve("linked"), outside);
    Files.createSymbolicLink(context.resolve("app/loop"), context.resolve("app"));
    SourceFiles files =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () ->
                read(
                    DockerIgnore.NONE,
                    Limits.DEFAULT,
                    copy("/app/", "app"),
                    copy("/l/", "linked")));
    assertEquals(List.of("app/main.py -> /app/main.py"), paths(files));
    assertEquals(
        List.of(
            new ReadNote("app/leak.py", 0, "not read: a symbolic link (links are never followed)"),
            new ReadNote("linked", 0, "not read: a symbolic link (links are never followed)")),
        files.notes());
  }

  @Test
  void aFifoIsNeverOpened() throws IOException {
    Assumptions.assumeTrue(Processes.available("mkfifo"), "needs mkfifo");
    write("app/main.py", "\n");
    Processes.run(context.resolve("app"), Map.of(), 30, List.of("mkfifo", "pipe.py"));
    SourceFiles files =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () ->
                read(
                    DockerIgnore.NONE,
                    Limits.DEFAULT,
                    copy("/app/", "app"),
                    copy("/p.py", "app/pipe.py")));
    assertEquals(List.of("app/main.py -> /app/main.py"), paths(files));
    assertEquals(
        List.of(
            new ReadNote("app/pipe.py", 0, "not read: not a regular file"),
            new ReadNote("app/pipe.py", 0, "not read: not a regular file")),
        files.notes());
  }

  @Test
  void binaryAndOversizedFilesAreSkippedWithNotes() throws IOException {
    write("a.py", "ok = True\n");
    Files.write(context.resolve("b.py"), new byte[] {'x', 0, 'y'});
    write("c.py", "#".repeat(300 << 10));
    Files.write(context.resolve("d.py"), new byte[] {'p', '=', (byte) 0xC3, '\n'});
    SourceFiles files = read(DockerIgnore.NONE, Limits.DEFAULT, copy("/app/", "."));
    assertEquals(List.of("a.py -> /app/a.py", "d.py -> /app/d.py"), paths(files));
    assertEquals("p=\uFFFD\n", files.files().get(1).text());
    assertEquals(
        List.of(
            new ReadNote("b.py", 0, "not read: binary content"),
            new ReadNote("c.py", 0, "not read: larger than 256 KiB")),
        files.notes());
  }

  @Test
  void fileCountTotalSizeAndEntryLimitsStopTheReadingWithANote() throws IOException {
    for (int i = 0; i < 5; i++) {
      write("f" + i + ".py", "x".repeat(100) + "\n");
    }
    assertEquals(
        new SourceFiles(
            read(DockerIgnore.NONE, Limits.DEFAULT, copy("/app/", ".")).files().subList(0, 3),
            List.of(ReadNote.of("more than 3 source files copied; the rest are not read"))),
        read(DockerIgnore.NONE, new Limits(3, 1 << 20, 1 << 10, 100), copy("/app/", ".")));
    SourceFiles bySize =
        read(DockerIgnore.NONE, new Limits(100, 250, 1 << 10, 100), copy("/app/", "."));
    assertEquals(List.of("f0.py -> /app/f0.py", "f1.py -> /app/f1.py"), paths(bySize));
    assertEquals(
        List.of(ReadNote.of("more than 0 KiB of source files copied; the rest are not read")),
        bySize.notes());
    write("a/x.py", "\n");
    write("a/y.py", "\n");
    write("b/z.py", "\n");
    write("b/w.py", "\n");
    write("b/v.py", "\n");
    SourceFiles byEntries =
        read(
            DockerIgnore.NONE,
            new Limits(100, 1 << 20, 1 << 10, 4),
            copy("/a/", "a"),
            copy("/b/", "b"));
    assertEquals(List.of("a/x.py -> /a/x.py", "a/y.py -> /a/y.py"), paths(byEntries));
    assertEquals(
        List.of(ReadNote.of("more than 4 folder entries in the copied folders")),
        byEntries.notes());
  }

  @Test
  void aMissingContextIsANote() {
    Path missing = context.resolve("nope");
    assertEquals(
        new SourceFiles(
            List.of(),
            List.of(ReadNote.of("build context " + missing + " is not a readable folder"))),
        ContextFiles.read(missing, List.of(copy("/app/", ".")), DockerIgnore.NONE, Limits.DEFAULT));
  }

  @Test
  void copiesFromStagesAreNotContextFiles() throws IOException {
    write("app.py", "\n");
    CopyFact fromStage =
        new CopyFact("COPY", List.of("app.py"), "/app/", Optional.of("build"), "1", 9);
    assertEquals(SourceFiles.NONE, read(DockerIgnore.NONE, Limits.DEFAULT, fromStage));
  }

  @Test
  void aWideFolderIsBoundedInTime() throws IOException {
    List<CopyFact> copies = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      Files.writeString(context.resolve("m" + i + ".txt"), "");
    }
    copies.add(copy("/app/", "."));
    SourceFiles files =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () -> ContextFiles.read(context, copies, DockerIgnore.NONE, Limits.DEFAULT));
    assertEquals(SourceFiles.NONE, files);
  }
}
