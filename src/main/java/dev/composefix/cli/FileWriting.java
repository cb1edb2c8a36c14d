package dev.composefix.cli;

import dev.composefix.pipeline.FilePipeline;
import dev.composefix.pipeline.FileTarget;
import dev.composefix.pipeline.IoMessages;
import dev.composefix.pipeline.ProjectPipeline;
import dev.composefix.report.FileError;
import dev.composefix.report.FileResult;
import dev.composefix.report.Mode;
import dev.composefix.text.Position;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * Writes what the pipeline fixed in a project's files, all of them or none: every changed file is
   * checked before any is written, and when one cannot be written, none is, and each says which
   * file stopped it.
   */
  List<FileResult> writeAll(List<ProjectPipeline.Judged> judged) {
    List<ProjectPipeline.Judged> changed = new ArrayList<>();
    for (ProjectPipeline.Judged j : judged) {
      if (isWrittenChange(j.result())) {
        changed.add(j);
      }
    }
    List<FileResult> results = new ArrayList<>(judged.size());
    if (changed.size() > 1) {
      for (ProjectPipeline.Judged file : changed) {
        try {
          SafeFileWriter.checkWritable(
              file.target().path(), file.result().outcome().original().encode());
        } catch (IOException e) {
          String why = IoMessages.describe(e);
          for (ProjectPipeline.Judged j : judged) {
            results.add(isWrittenChange(j.result()) ? notWritten(j, file, why) : j.result());
          }
          return results;
        }
      }
    }
    for (ProjectPipeline.Judged j : judged) {
      results.add(write(j.target(), j.result()));
    }
    return results;
  }

  /** A changed file of a project that is not written because {@code stopper} cannot be. */
  private static FileResult notWritten(
      ProjectPipeline.Judged file, ProjectPipeline.Judged stopper, String why) {
    String message =
        file == stopper
            ? "cannot write: "
                + why
                + "; so none of its project's files is written, since they are written all"
                + " together or not at all"
            : "not written: "
                + stopper.target().display()
                + " of the same project cannot be written, and a project's files are written"
                + " all together or not at all";
    return file.result().notWritten(new FileError(new Position(1, 1), message, false));
  }

  private boolean isWrittenChange(FileResult result) {
    return pipeline.settings().mode() == Mode.WRITE
        && !result.failed()
        && result.outcome().changed();
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
