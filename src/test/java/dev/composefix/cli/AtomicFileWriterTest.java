package dev.composefix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.composefix.pipeline.IoMessages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

  @TempDir Path dir;

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private long filesIn(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.count();
    }
  }

  @Test
  void replacesContentAndKeepsPermissions() throws IOException {
    Path file = dir.resolve("compose.yaml");
    Files.write(file, bytes("old\n"));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));
    AtomicFileWriter.write(file, bytes("old\n"), bytes("new\n"));
    assertArrayEquals(bytes("new\n"), Files.readAllBytes(file));
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals(1, filesIn(dir));
  }

  @Test
  void refusesAFileThatChangedSinceItWasRead() throws IOException {
    Path file = dir.resolve("compose.yaml");
    Files.write(file, bytes("edited by someone else\n"));
    IOException e =
        assertThrows(
            IOException.class,
            () -> AtomicFileWriter.write(file, bytes("as read\n"), bytes("fixed\n")));
    assertEquals(
        "the file changed on disk while compose-fix was working on it; nothing written, run"
            + " compose-fix again",
        IoMessages.describe(e));
    assertArrayEquals(bytes("edited by someone else\n"), Files.readAllBytes(file));
    assertEquals(1, filesIn(dir));
  }

  @Test
  void writesThroughASymlinkToItsTarget() throws IOException {
    Path target = Files.createDirectories(dir.resolve("real")).resolve("compose.yaml");
    Files.write(target, bytes("old\n"));
    Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), target);
    AtomicFileWriter.write(link, bytes("old\n"), bytes("new\n"));
    assertEquals(true, Files.isSymbolicLink(link));
    assertArrayEquals(bytes("new\n"), Files.readAllBytes(target));
  }
}
