package dev.composefix.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code compose-fix images}: what is done with the image knowledge base as a whole. */
@Command(
    name = "images",
    mixinStandardHelpOptions = true,
    description = "Check the image knowledge base against real images: images verify IMAGE...")
final class ImagesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "name what to do, e.g. compose-fix images verify postgres:16");
  }
}
