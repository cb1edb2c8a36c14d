package dev.composefix.cli;

import dev.composefix.compose.ImageReference;
import dev.composefix.images.ImageFacts;
import dev.composefix.images.KnowledgeBase;
import dev.composefix.report.ImageReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code compose-fix image NAME[:TAG]}: what the image knowledge base knows of an image, fact by
 * fact, with the source of each; {@code --list} prints the table of rows.
 */
@Command(
    name = "image",
    description =
        "Print what compose-fix knows of an image, and where each fact comes from; --list prints"
            + " the table.")
final class ImageCommand extends AbstractSubcommand {

  @ParentCommand ComposeFixCommand parent;

  @Option(
      names = "--list",
      description = "Print one line a row: every row, or the rows of the images named.")
  boolean list;

  @Mixin KnowledgeOption knowledgeOption;

  @Parameters(
      paramLabel = "IMAGE",
      arity = "0..*",
      description = "Images as a Compose file writes them, e.g. postgres:16-alpine.")
  List<String> images = List.of();

  @Override
  public Integer call() {
    if (!list && images.isEmpty()) {
      throw usageError("name an image, e.g. compose-fix image postgres:16, or use --list");
    }
    Optional<KnowledgeBase> knowledge = knowledgeOption.load(parent.workingDirectory(), err());
    if (knowledge.isEmpty()) {
      return ExitCodes.ERROR;
    }
    PrintWriter out = out();
    int exit = list ? table(knowledge.get(), out) : describe(knowledge.get(), out);
    out.flush();
    return exit;
  }

  private int table(KnowledgeBase knowledge, PrintWriter out) {
    List<ImageFacts> rows = knowledge.rows();
    if (!images.isEmpty()) {
      List<String> names =
          images.stream()
              .map(
                  image ->
                      ImageReference.parse(image).map(ImageReference::normalizedName).orElse(image))
              .toList();
      rows = rows.stream().filter(row -> row.names().stream().anyMatch(names::contains)).toList();
    }
    out.print(ImageReport.table(rows));
    return rows.isEmpty() ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  private int describe(KnowledgeBase knowledge, PrintWriter out) {
    int exit = ExitCodes.CLEAN;
    for (String image : images) {
      Optional<ImageReference> reference = ImageReference.parse(image);
      if (reference.isEmpty()) {
        throw usageError("'" + image + "' is no image reference");
      }
      Optional<ImageFacts> row = knowledge.find(reference.get());
      if (row.isPresent()) {
        out.print(ImageReport.text(image, row.get()));
      } else {
        exit = ExitCodes.FINDINGS;
        out.println(
            image
                + ": the knowledge base has no row for it"
                + (knowledge.knowsName(reference.get().normalizedName())
                    ? " (it knows other tags: compose-fix image --list "
                        + reference.get().normalizedName()
                        + ")"
                    : "; describe it under images: in .compose-fix.yaml"));
      }
    }
    return exit;
  }
}
