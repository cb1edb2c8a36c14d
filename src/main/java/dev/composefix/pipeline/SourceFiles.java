package dev.composefix.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a Compose file's bytes, and only a regular file's: a FIFO would block the run forever and a
 * device such as {@code /dev/zero} never ends. The size limit is checked on the bytes actually
 * read, not on what the file system says, which a growing file or a special file can belie.
 */
final class SourceFiles {

  /** Why a file was not read; the message says what to do. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private SourceFiles() {}

  /** The file's bytes, at most {@code maxBytes} of them. */
  static byte[] read(Path path, long maxBytes) throws IOException, Refused {
    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
    if (!attributes.isRegularFile()) {
      throw new Refused(
          "not a regular file ("
              + kind(attributes)
              + "); compose-fix reads only regular files, so that it never waits on a pipe or"
              + " reads a device without end");
    }
    if (attributes.size() > maxBytes) {
      throw new Refused(
          "file is "
              + attributes.size() / (1024 * 1024)
              + " MB, larger than the limit of "
              + maxBytes / (1024 * 1024)
              + " MB; raise it with --max-file-size if the file is genuine");
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new Refused(
            "file grew past the limit of "
                + maxBytes / (1024 * 1024)
                + " MB; raise it with --max-file-size if the file is genuine");
      }
      return bytes;
    }
  }

  private static String kind(BasicFileAttributes attributes) {
    if (attributes.isDirectory()) {
      return "a folder";
    }
    return attributes.isOther() ? "a pipe, socket or device" : "not a file";
  }
}
