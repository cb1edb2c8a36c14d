package dev.composefix.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;

/**
 * Replaces a file's content all at once: a temporary file in the same folder, flushed to disk,
 * given the original's permissions, then renamed over it. A symlink is written through to its
 * target. A file that changed since it was read is refused.
 */
final class AtomicFileWriter {

  /** The file on disk is no longer what was read, so the fixes no longer apply to it. */
  static final class ChangedOnDiskException extends IOException {
    private static final long serialVersionUID = 1L;

    ChangedOnDiskException() {
      super(
          "the file changed on disk while compose-fix was working on it; nothing written, run"
              + " compose-fix again");
    }
  }

  private AtomicFileWriter() {}

  static void write(Path path, byte[] expectedCurrent, byte[] content) throws IOException {
    Path target = path.toRealPath();
    if (isReadOnly(target)) {
      throw new AccessDeniedException(
          path.toString(),
          null,
          "the file is read-only; nothing written, make it writable to fix it");
    }
    if (!Arrays.equals(Files.readAllBytes(target), expectedCurrent)) {
      throw new ChangedOnDiskException();
    }
    Path directory = target.getParent();
    Path temporary =
        Files.createTempFile(directory, "." + target.getFileName() + ".", ".compose-fix.tmp");
    boolean moved = false;
    try {
      try (FileChannel channel =
          FileChannel.open(
              temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      copyPermissions(target, temporary);
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      moved = true;
      syncDirectory(directory);
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /**
   * A file nobody may write to is read-only even for root, who could: overwriting it would defeat
   * what its owner meant by the permissions.
   */
  private static boolean isReadOnly(Path file) throws IOException {
    if (!Files.isWritable(file)) {
      return true;
    }
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    return view != null
        && view.readAttributes().permissions().stream()
            .noneMatch(
                p ->
                    p == PosixFilePermission.OWNER_WRITE
                        || p == PosixFilePermission.GROUP_WRITE
                        || p == PosixFilePermission.OTHERS_WRITE);
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    PosixFileAttributeView destination =
        Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (source == null || destination == null) {
      return;
    }
    PosixFileAttributes attributes = source.readAttributes();
    destination.setPermissions(attributes.permissions());
    if (!attributes.group().equals(destination.readAttributes().group())) {
      try {
        destination.setGroup(attributes.group());
      } catch (IOException notAllowed) {
        // Only the owner's groups may be set; the permissions above are what matters.
        return;
      }
    }
  }

  /** Makes the rename itself durable; a file system that cannot open a folder simply skips this. */
  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException unsupported) {
      // Not every platform lets a folder be opened; the data itself was already forced.
      return;
    }
  }
}
