package dev.composefix.pipeline;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;

/** Short, actionable words for I/O failures, without Java class names. */
public final class IoMessages {

  private IoMessages() {}

  public static String describe(IOException e) {
    if (e instanceof AccessDeniedException denied && denied.getReason() != null) {
      return denied.getReason();
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied; check the file's permissions";
    }
    if (e instanceof FileSystemLoopException
        || e instanceof FileSystemException fs
            && fs.getReason() != null
            && fs.getReason().contains("Too many levels of symbolic links")) {
      return "a loop of symbolic links; check where the link points";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory; check the path";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
