package dev.composefix.cli;

import dev.composefix.compose.ImageReference;
import dev.composefix.images.ImageFacts;
import dev.composefix.images.KnowledgeBase;
import dev.composefix.images.verify.DockerProbes;
import dev.composefix.images.verify.DockerUnavailableException;
import dev.composefix.images.verify.ImageVerification;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code compose-fix images verify IMAGE...}: whether the knowledge base's rows hold for the images
 * themselves, asked of a local {@code docker}.
 */
@Command(
    name = "verify",
    description =
        "Check each image's knowledge-base row (shell, tools, declared HEALTHCHECK) against the"
            + " image, with a local docker. Exit 0 when every fact holds, 1 on a mismatch, 2 on an"
            + " error.")
final class ImagesVerifyCommand extends AbstractSubcommand {

  @Mixin DockerOptions docker;

  @Option(
      names = "--all-examples",
      description =
          "Check every example tag of every row, or of the rows of the images named (without a"
              + " tag).")
  boolean allExamples;

  @Mixin KnowledgeOption knowledgeOption;

  @Parameters(
      paramLabel = "IMAGE",
      arity = "0..*",
      description = "Images to check, e.g. postgres:16-alpine; names only with --all-examples.")
  List<String> images = List.of();

  private final Path workingDirectory;
  private final Map<String, String> environment;

  ImagesVerifyCommand(Path workingDirectory, Map<String, String> environment) {
    this.workingDirectory = workingDirectory;
    this.environment = environment;
  }

  /** One image to check: as given, or a row's example with the row it must hold for. */
  private record Target(ImageReference image, Optional<ImageFacts> row) {}

  @Override
  public Integer call() {
    if (!allExamples && images.isEmpty()) {
      throw usageError(
          "name an image, e.g. compose-fix images verify postgres:16, or check every row's"
              + " examples with --all-examples");
    }
    List<ImageReference> references = references();
    PrintWriter err = err();
    Optional<KnowledgeBase> loaded = knowledgeOption.load(workingDirectory, err);
    if (loaded.isEmpty()) {
      return ExitCodes.ERROR;
    }
    KnowledgeBase knowledge = loaded.get();
    Optional<DockerProbes> probes = DockerConnection.open(environment, docker, spec.commandLine());
    if (probes.isEmpty()) {
      return ExitCodes.ERROR;
    }
    ImageVerification verification = new ImageVerification(knowledge, probes.get());
    OutcomePrinter printer = new OutcomePrinter(out(), err, "image");
    try {
      for (Target target : allExamples ? examples(knowledge, references) : asGiven(references)) {
        printer.print(
            target.row().isPresent()
                ? verification.verify(target.image().text(), target.row().get())
                : verification.verify(target.image()));
      }
    } catch (DockerUnavailableException e) {
      err.println("compose-fix: " + e.getMessage());
      err.flush();
      return ExitCodes.ERROR;
    }
    return printer.finish();
  }

  /** The images given, each a reference Docker reads as an image, never as an option. */
  private List<ImageReference> references() {
    List<ImageReference> references = new ArrayList<>();
    for (String image : images) {
      Optional<ImageReference> reference =
          image.startsWith("-") ? Optional.empty() : ImageReference.parse(image);
      if (reference.isEmpty() || !reference.get().hasValidTag()) {
        throw usageError("'" + image + "' is no image reference");
      }
      if (allExamples
          && (reference.get().tag().isPresent() || reference.get().isPinnedByDigest())) {
        throw usageError(
            "with --all-examples, name images without a tag: the rows' examples give the tags");
      }
      references.add(reference.get());
    }
    return references;
  }

  private static List<Target> asGiven(List<ImageReference> references) {
    return references.stream().map(image -> new Target(image, Optional.empty())).toList();
  }

  /**
   * Every example of every row, or of the rows that name one of the images; a name no row has is
   * checked as given, which reports that there is nothing to check it against.
   */
  private static List<Target> examples(KnowledgeBase knowledge, List<ImageReference> names) {
    List<String> wanted = names.stream().map(ImageReference::normalizedName).toList();
    List<String> found = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    for (ImageFacts row : knowledge.rows()) {
      Optional<String> name =
          wanted.isEmpty()
              ? Optional.of(row.names().get(0))
              : row.names().stream().filter(wanted::contains).findFirst();
      if (name.isEmpty()) {
        continue;
      }
      found.add(name.get());
      for (String example : row.examples()) {
        ImageReference.parse(name.get() + ":" + example)
            .ifPresent(image -> targets.add(new Target(image, Optional.of(row))));
      }
    }
    for (ImageReference image : names) {
      if (!found.contains(image.normalizedName())) {
        targets.add(new Target(image, Optional.empty()));
      }
    }
    return targets;
  }
}
