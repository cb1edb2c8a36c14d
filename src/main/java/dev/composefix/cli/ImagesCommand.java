package dev.composefix.cli;

import picocli.CommandLine.Command;

/** {@code compose-fix images}: what is done with the image knowledge base as a whole. */
@Command(
    name = "images",
    description = "Check the image knowledge base against real images: images verify IMAGE...")
final class ImagesCommand extends AbstractSubcommand {

  @Override
  public Integer call() {
    throw usageError("name what to do, e.g. compose-fix images verify postgres:16");
  }
}
