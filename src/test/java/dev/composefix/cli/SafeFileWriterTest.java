package dev.composefix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.composefix.pipeline.IoMessages;
import dev.composefix.support.Processes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFileWriterTest {

  @TempDir Path dir;

  @AfterEach
  void noHook() {
    SafeFileWriter.beforeRename = null;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private List<String> filesIn(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }

  private static boolean root() {
    return "0".equals(Processes.run(Path.of("."), Map.of(), 30, List.of("id", "-u")).out().trim());
  }

  @Test
  void replacesContentAndKeepsEveryModeBit() throws IOException {
    Path file = dir.resolve("compose.yaml");
    Files.write(file, bytes("old\n"));
    Files.setAttribute(file, "unix:mode", 07754);
    SafeFileWriter.write(file, bytes("old\n"), bytes("new\n"));
    assertArrayEquals(bytes("new\n"), Files.readAllBytes(file));
    assertEquals(
        Integer.toOctalString(0107754),
        Integer.toOctalString((Integer) Files.getAttribute(file, "unix:mode")));
    assertEquals(List.of("compose.yaml"), filesIn(dir));
  }

  @Test
  void keepsExtendedAttributes() throws IOException {
    Path file = dir.resolve("compose.yaml");
    Files.write(file, bytes("old\n"));
    UserDefinedFileAttributeView view =
        Files.getFileAttributeView(file, UserDefinedFileAttributeView.class);
    try {
      view.write("compose-fix.test", StandardCharsets.UTF_8.encode("kept"));
    } catch (IOException unsupported) {
      Assumptions.abort("this file system has no extended attributes: " + unsupported);
    }
    SafeFileWriter.write(file, bytes("old\n"), bytes("new\n"));
    UserDefinedFileAttributeView after =
        Files.getFileAttributeView(file, UserDefinedFileAttributeView.class);
    ByteBuffer value = ByteBuffer.allocate(16);
    after.read("compose-fix.test", value);
    value.flip();
    assertEquals("kept", StandardCharsets.UTF_8.decode(value).toString());
  }

  @Test
  void keepsAnAccessControlList() throws IOException {
    Assumptions.assumeTrue(
        Processes.available("setfacl"), "setfacl is needed (Debian's acl package)");
    Path file = dir.resolve("compose.yaml");
    Files.write(file, bytes("old\n"));
    Processes.Result set =
        Processes.run(dir, Map.of(), 30, List.of("setfacl", "-m", "u:nobody:rw", "compose.yaml"));
    Assumptions.assumeTrue(set.exitCode() == 0, "this file system takes no ACLs: " + set.err());
    String before =
        Processes.run(dir, Map.of(), 30, List.of("getfacl", "-c", "compose.yaml")).out();
    SafeFileWriter.write(file, bytes("old\n"), bytes("new\n"));
    assertEquals(
        before, Processes.run(dir, Map.of(), 30, List.of("getfacl", "-c", "compose.yaml")).out());
    assertEquals(true, before.contains("user:nobody:rw-"), before);
  }

  @Test
  void keepsAnotherUsersOwnershipWhenRootWrites() throws IOException {
    Assumptions.assumeTrue(root(), "only root can give a file to another user");
    Path file = dir.resolve("compose.yaml");
    Files.write(file, bytes("old\n"));
    UserPrincipal nobody =
        file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
    Files.setOwner(file, nobody);
    SafeFileWriter.write(file, bytes("old\n"), bytes("new\n"));
    assertEquals(nobody, Files.getOwner(file));
    assertArrayEquals(bytes("new\n"), Files.readAllBytes(file));
  }

  @Test
  void aFileWithSeveralHardLinksKeepsThem() throws IOException {
    Path file = dir.resolve("compose.yaml");
    Files.write(file, bytes("old\n"));
    Path other = Files.createLink(dir.resolve("other.yaml"), file);
    SafeFileWriter.write(file, bytes("old\n"), bytes("new\n"));
    assertArrayEquals(bytes("new\n"), Files.readAllBytes(other), "the other name sees it too");
    assertEquals(2, Files.getAttribute(file, "unix:nlink"));
    assertEquals(List.of("compose.yaml", "other.yaml"), filesIn(dir));
  }

  @Test
  void refusesAFileThatChangedSinceItWasRead() throws IOException {
    Path file = dir.resolve("compose.yaml");
    Files.write(file, bytes("edited by someone else\n"));
    IOException e =
        assertThrows(
            IOException.class,
            () -> SafeFileWriter.write(file, bytes("as read\n"), bytes("fixed\n")));
    assertEquals(
        "the file changed on disk while compose-fix was working on it; nothing written, run"
            + " compose-fix again",
        IoMessages.describe(e));
    assertArrayEquals(bytes("edited by someone else\n"), Files.readAllBytes(file));
    assertEquals(List.of("compose.yaml"), filesIn(dir));
  }

  @Test
  void anEditJustBeforeTheRenameIsPutBack() throws IOException {
    Path file = dir.resolve("compose.yaml");
    Files.write(file, bytes("as read\n"));
    SafeFileWriter.beforeRename =
        () -> {
          try {
            Files.write(file, bytes("edited meanwhile\n"), StandardOpenOption.TRUNCATE_EXISTING);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
    assertThrows(
        SafeFileWriter.ChangedOnDiskException.class,
        () -> SafeFileWriter.write(file, bytes("as read\n"), bytes("fixed\n")));
    assertArrayEquals(bytes("edited meanwhile\n"), Files.readAllBytes(file));
    assertEquals(List.of("compose.yaml"), filesIn(dir));
  }

  @Test
  void writesThroughASymlinkToItsTarget() throws IOException {
    Path target = Files.createDirectories(dir.resolve("real")).resolve("compose.yaml");
    Files.write(target, bytes("old\n"));
    Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), target);
    SafeFileWriter.write(link, bytes("old\n"), bytes("new\n"));
    assertEquals(true, Files.isSymbolicLink(link));
    assertArrayEquals(bytes("new\n"), Files.readAllBytes(target));
  }

  @Test
  void cleansUpAfterAKilledRun() throws IOException {
    Path file = dir.resolve("compose.yaml");
    Files.write(file, bytes("old\n"));
    // A process id beyond the kernel's limit is never alive.
    Files.write(dir.resolve(".compose.yaml.4999999.123.compose-fix.tmp"), bytes("half"));
    Files.write(dir.resolve(".compose.yaml.0123456789abcdef.compose-fix-original"), bytes("old\n"));
    Optional<String> notice = SafeFileWriter.write(file, bytes("old\n"), bytes("new\n"));
    assertEquals(Optional.empty(), notice);
    assertEquals(List.of("compose.yaml"), filesIn(dir));
  }

  @Test
  void keepsAnOriginalItCannotAccountForAndSaysSo() throws IOException {
    Path file = dir.resolve("compose.yaml");
    Files.write(file, bytes("old\n"));
    Path copy = dir.resolve(".compose.yaml.0123456789abcdef.compose-fix-original");
    Files.write(copy, bytes("something else\n"));
    Optional<String> notice = SafeFileWriter.write(file, bytes("old\n"), bytes("new\n"));
    assertEquals(
        Optional.of(
            "an interrupted compose-fix run left a copy of this file's original in"
                + " .compose.yaml.0123456789abcdef.compose-fix-original; check the file, then"
                + " remove the copy"),
        notice);
    assertEquals(true, Files.exists(copy));
  }

  @Test
  void aReadOnlyFileIsRefused() throws IOException {
    Path file = dir.resolve("compose.yaml");
    Files.write(file, bytes("old\n"));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    assertThrows(
        java.nio.file.AccessDeniedException.class,
        () -> SafeFileWriter.write(file, bytes("old\n"), bytes("new\n")));
    assertArrayEquals(bytes("old\n"), Files.readAllBytes(file));
  }
}
