package dev.composefix.cli;

import dev.composefix.pipeline.FilePipeline;
import dev.composefix.pipeline.FileTarget;
import dev.composefix.pipeline.IoMessages;
import dev.composefix.report.FileError;
import dev.composefix.report.FileResult;
import dev.composefix.report.Mode;
import dev.composefix.text.Position;
import java.io.IOException;
import java.util.Optional;

/**
 * Runs the pipeline on a file and, with {@code --write}, writes what it fixed: the only place
 * Compose files are written.
 */
final class FileWriting {

  private final FilePipeline pipeline;

  FileWriting(FilePipeline pipeline) {
    this.pipeline = pipeline;
  }

  FileResult process(FileTarget target) {
    return write(target, pipeline.process(target));
  }

  /** Writes what the pipeline fixed in the file, with {@code --write}. */
  FileResult write(FileTarget target, FileResult result) {
    if (pipeline.settings().mode() != Mode.WRITE
        || result.failed()
        || !result.outcome().changed()) {
      return result;
    }
    try {
      Optional<String> notice =
          SafeFileWriter.write(
              target.path(),
              result.outcome().original().encode(),
              result.outcome().fixed().encode());
      return result.asWritten(notice);
    } catch (SafeFileWriter.FolderNotWritableException e) {
      String file = target.display();
      String folder = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : ".";
      return result.notWritten(
          new FileError(
              new Position(1, 1),
              "cannot write: the folder "
                  + folder
                  + " is not writable, and compose-fix writes the fixed file beside the original"
                  + " before it renames it; nothing written",
              false));
    } catch (IOException e) {
      return result.notWritten(
          new FileError(new Position(1, 1), "cannot write: " + IoMessages.describe(e), false));
    } catch (RuntimeException e) {
      return FileResult.failed(target.display(), FilePipeline.internalError(e.toString()));
    }
  }
}
