package dev.composefix.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a Compose file's new content without losing anything: not another process's edit, not the
 * file's owner, group, mode bits (setuid, setgid and sticky included), extended attributes or ACLs,
 * and not its hard links.
 *
 * <p>Normally the new content goes into a temporary file made as a copy of the original, so that it
 * carries the original's attributes, and is renamed over it: readers see the old file or the new
 * one, never half of each. A hard link to the original, taken before the rename, keeps what the
 * rename replaces: if that is not what was read, another process wrote the file meanwhile, and its
 * version is put back.
 *
 * <p>A file with several hard links, or owned by someone this process cannot give a file to, is
 * written in place instead, which keeps its links and owner. A copy of the original is written
 * first and removed after; should the run be killed between, the next run in that folder finds the
 * copy, named {@code .NAME.<hash>.compose-fix-original}, and removes it when the file holds either
 * version whole, or keeps it and says so.
 */
final class SafeFileWriter {

  private static final String TEMPORARY = ".compose-fix.tmp";
  private static final String ORIGINAL = ".compose-fix-original";

  /** The file on disk is no longer what was read, so the fixes no longer apply to it. */
  static final class ChangedOnDiskException extends IOException {
    private static final long serialVersionUID = 1L;

    ChangedOnDiskException() {
      super(
          "the file changed on disk while compose-fix was working on it; nothing written, run"
              + " compose-fix again");
    }
  }

  /** Runs just before the rename, when set; tests put another process's edit here. */
  static volatile Runnable beforeRename;

  /** The folder cannot take the temporary file or the copy of the original that a write needs. */
  static final class FolderNotWritableException extends IOException {
    private static final long serialVersionUID = 1L;

    FolderNotWritableException(Path folder) {
      super(folder.toString());
    }
  }

  private SafeFileWriter() {}

  /**
   * Replaces the file's content, which must still be {@code expectedCurrent}.
   *
   * @return a note for the user about a leftover of an earlier, interrupted run, if one was found
   */
  static Optional<String> write(Path path, byte[] expectedCurrent, byte[] content)
      throws IOException {
    Path target = path.toRealPath();
    Path directory = target.getParent();
    Optional<String> leftover = cleanUpAfterKilledRuns(directory, target);
    checkWritable(path, expectedCurrent);
    if (linkCount(target) > 1 || !canKeepOwner(target)) {
      writeInPlace(target, expectedCurrent, content);
    } else {
      replaceByRename(target, expectedCurrent, content);
    }
    syncDirectory(directory);
    return leftover;
  }

  /**
   * Checks, without writing, that the file could be written now: it is writable, still {@code
   * expectedCurrent}, and its folder takes the temporary file. Several files that must be written
   * together are all checked before any is written.
   */
  static void checkWritable(Path path, byte[] expectedCurrent) throws IOException {
    Path target = path.toRealPath();
    Path directory = target.getParent();
    if (isReadOnly(target)) {
      throw new AccessDeniedException(
          path.toString(),
          null,
          "the file is read-only; nothing written, make it writable to fix it");
    }
    if (!Arrays.equals(Files.readAllBytes(target), expectedCurrent)) {
      throw new ChangedOnDiskException();
    }
    if (!Files.isWritable(directory)) {
      throw new FolderNotWritableException(directory);
    }
  }

  private static void replaceByRename(Path target, byte[] expected, byte[] content)
      throws IOException {
    Path directory = target.getParent();
    String prefix = "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".";
    Path temporary = Files.createTempFile(directory, prefix, TEMPORARY);
    Path replaced = directory.resolve(temporary.getFileName() + ".replaced");
    boolean moved = false;
    try {
      // A copy carries the original's mode, owner where allowed, extended attributes and ACLs.
      Files.copy(
          target,
          temporary,
          StandardCopyOption.COPY_ATTRIBUTES,
          StandardCopyOption.REPLACE_EXISTING);
      int mode = (Integer) Files.getAttribute(target, "unix:mode");
      overwrite(temporary, content);
      // Writing clears setuid and setgid, so the whole mode goes back last.
      Files.setAttribute(temporary, "unix:mode", mode);
      Files.createLink(replaced, target);
      if (!Arrays.equals(Files.readAllBytes(replaced), expected)) {
        throw new ChangedOnDiskException();
      }
      Runnable hook = beforeRename;
      if (hook != null) {
        hook.run();
      }
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      moved = true;
      if (!Arrays.equals(Files.readAllBytes(replaced), expected)) {
        // Another process wrote the file just before the rename: its version goes back.
        Files.move(
            replaced, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        throw new ChangedOnDiskException();
      }
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
      Files.deleteIfExists(replaced);
    }
  }

  private static void writeInPlace(Path target, byte[] expected, byte[] content)
      throws IOException {
    Path original =
        target.resolveSibling("." + target.getFileName() + "." + digest(content) + ORIGINAL);
    Files.write(original, expected);
    force(original);
    try (FileChannel channel =
            FileChannel.open(target, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel)) {
      ByteBuffer current = ByteBuffer.allocate(expected.length + 1);
      while (current.hasRemaining() && channel.read(current) >= 0) {
        // Reads until the buffer is full or the file ends.
      }
      if (current.position() != expected.length
          || !Arrays.equals(Arrays.copyOf(current.array(), expected.length), expected)) {
        throw new ChangedOnDiskException();
      }
      ByteBuffer buffer = ByteBuffer.wrap(content);
      long at = 0;
      while (buffer.hasRemaining()) {
        at += channel.write(buffer, at);
      }
      channel.truncate(content.length);
      channel.force(true);
    } finally {
      Files.deleteIfExists(original);
    }
  }

  /** An advisory lock keeps out writers that ask for one; a file system without locks is fine. */
  private static FileLock tryLock(FileChannel channel) {
    try {
      return channel.tryLock();
    } catch (IOException
        | UnsupportedOperationException
        | java.nio.channels.OverlappingFileLockException unsupported) {
      return null;
    }
  }

  /**
   * Removes what a killed run left in the folder: temporary files of processes that are gone, and
   * copies of this file's original once the file holds either version whole.
   */
  private static Optional<String> cleanUpAfterKilledRuns(Path directory, Path target)
      throws IOException {
    String name = target.getFileName().toString();
    Optional<String> note = Optional.empty();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "." + name + ".*")) {
      for (Path entry : entries) {
        String file = entry.getFileName().toString();
        String middle = file.substring(name.length() + 2);
        if (file.endsWith(TEMPORARY) || file.endsWith(TEMPORARY + ".replaced")) {
          String pid = middle.substring(0, Math.max(0, middle.indexOf('.')));
          if (pid.chars().allMatch(Character::isDigit)
              && !pid.isEmpty()
              && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
            Files.deleteIfExists(entry);
          }
        } else if (file.endsWith(ORIGINAL)) {
          String hash = middle.substring(0, middle.length() - ORIGINAL.length());
          byte[] now = Files.readAllBytes(target);
          if (hash.equals(digest(now)) || Arrays.equals(now, Files.readAllBytes(entry))) {
            Files.deleteIfExists(entry);
          } else {
            note =
                Optional.of(
                    "an interrupted compose-fix run left a copy of this file's original in "
                        + file
                        + "; check the file, then remove the copy");
          }
        }
      }
    } catch (FileSystemException unreadable) {
      return note;
    }
    return note;
  }

  private static void overwrite(Path file, byte[] content) throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  private static void force(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  private static int linkCount(Path file) throws IOException {
    try {
      return (Integer) Files.getAttribute(file, "unix:nlink");
    } catch (UnsupportedOperationException | IllegalArgumentException notUnix) {
      return 1;
    }
  }

  /** Whether a new file this process makes can be given the original's owner. */
  private static boolean canKeepOwner(Path file) throws IOException {
    try {
      int owner = (Integer) Files.getAttribute(file, "unix:uid");
      long self = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
      return owner == self || self == 0;
    } catch (UnsupportedOperationException | IllegalArgumentException | IOException notUnix) {
      UserPrincipal owner = Files.getOwner(file);
      return owner.getName().equals(System.getProperty("user.name"));
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
    if (view == null) {
      return false;
    }
    Set<PosixFilePermission> permissions = view.readAttributes().permissions();
    return !permissions.contains(PosixFilePermission.OWNER_WRITE)
        && !permissions.contains(PosixFilePermission.GROUP_WRITE)
        && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
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

  private static String digest(byte[] content) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(content);
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
