package dev.composefix.rules.images;

import dev.composefix.compose.ImageReference;
import dev.composefix.compose.Interpolation;
import dev.composefix.project.Merged;
import dev.composefix.project.ProjectView;
import dev.composefix.project.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the other files of a project, and its variables, say about a service's image. */
final class ProjectImages {

  /** A tag another file sets for the service, and where, as {@code compose.yaml:3}. */
  record OtherTag(String tag, String where) {}

  /**
   * An image whose text refers to variables that are set, read with their values.
   *
   * @param used the variables that are set, with their origins
   */
  record Interpolated(ImageReference image, List<Variables.Variable> used) {

    /** {@code PG_TAG=latest from .env:1}. */
    String describeVariables() {
      List<String> parts = new ArrayList<>();
      for (Variables.Variable variable : used) {
        parts.add(variable.name() + "=" + variable.value() + " from " + variable.origin());
      }
      return String.join(", ", parts);
    }

    String origins() {
      return String.join(", ", used.stream().map(Variables.Variable::origin).toList());
    }
  }

  private ProjectImages() {}

  /**
   * Whether another file decides the service's image: a later file writes {@code image:}, or some
   * file gives it {@code build:}, so what this file writes is not what runs.
   */
  static boolean judgedElsewhere(ProjectView project, String service) {
    if (!project.hasOtherFiles()) {
      return false;
    }
    Optional<Merged.Mapping> merged = project.merged(service);
    return merged.flatMap(m -> m.get("build")).isPresent()
        || merged
            .flatMap(m -> m.get("image"))
            .map(image -> image.origin().layer() != project.currentLayer())
            .orElse(true);
  }

  /**
   * The image read with the variables that are set, when at least one reference is set: {@code
   * postgres:${PG_TAG}} with {@code PG_TAG=latest} in {@code .env} is {@code postgres:latest}.
   * Empty when no variable it uses is set, or its value is unknown.
   */
  static Optional<Interpolated> fromVariables(String text, Variables variables) {
    List<Variables.Variable> used = new ArrayList<>();
    for (Interpolation.Reference reference : Interpolation.references(text)) {
      Optional<Variables.Variable> variable = variables.find(reference.name());
      if (variable.isPresent()) {
        used.add(variable.get());
      }
    }
    if (used.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> resolved = Interpolation.resolve(text, variables);
    Optional<ImageReference> image =
        resolved.isPresent() ? ImageReference.parse(resolved.get()) : Optional.empty();
    return image.isPresent() && image.get().hasValidTag()
        ? Optional.of(new Interpolated(image.get(), used))
        : Optional.empty();
  }

  /**
   * The newest pinned tag another file of the project sets for this service's image, so that a pin
   * never goes below what the base runs.
   */
  static Optional<OtherTag> newestElsewhere(
      ProjectView project, String service, ImageReference image) {
    Optional<OtherTag> newest = Optional.empty();
    for (Merged other : project.othersWriting(service, "image")) {
      if (!(other instanceof Merged.Scalar scalar)) {
        continue;
      }
      Optional<ImageReference> reference =
          Interpolation.withDefaults(scalar.value()).flatMap(ImageReference::parse);
      if (reference.isEmpty()
          || reference.get().isFloating()
          || reference.get().tag().isEmpty()
          || !reference.get().normalizedName().equals(image.normalizedName())) {
        continue;
      }
      String tag = reference.get().tag().get();
      if (newest.isEmpty()
          || StackTags.compare(tag, newest.get().tag()).filter(order -> order > 0).isPresent()) {
        newest = Optional.of(new OtherTag(tag, project.describe(scalar.origin())));
      }
    }
    return newest;
  }
}
