package dev.composefix.rules.healthcheck;

import dev.composefix.compose.ExtendedService;
import dev.composefix.compose.ImageReference;
import dev.composefix.compose.Interpolation;
import dev.composefix.images.ContainerFacts;
import dev.composefix.lint.RuleContext;
import dev.composefix.project.Merged;
import dev.composefix.project.ProjectView;
import java.util.Optional;

/**
 * What a service's healthcheck test runs in: the image the merged project gives the service. A file
 * that names the image that runs, or builds it, says it itself; a file that only adds a healthcheck
 * (an override over a base that sets the image), or whose image a later file replaces, runs its
 * test in the image another file sets, so that image is judged.
 *
 * @param facts what is known of the container
 * @param fromOtherFile whether the image comes from another file of the project, whose settings
 *     (command, environment, ports) this file does not show
 */
record ProbedImage(ContainerFacts facts, boolean fromOtherFile) {

  static Optional<ProbedImage> of(RuleContext context, ExtendedService service) {
    ProjectView project = context.project();
    Optional<ContainerFacts> facts =
        ContainerFacts.forService(context.compose(), service, context.images(), context.builds());
    Optional<ProbedImage> own =
        facts.isPresent() ? Optional.of(new ProbedImage(facts.get(), false)) : Optional.empty();
    if (!project.hasOtherFiles() || service.has("build")) {
      return own;
    }
    Optional<Merged.Mapping> merged = project.merged(service.service().name());
    if (merged.isEmpty()) {
      return own;
    }
    // An image another file builds is read from that file's build context, not from here.
    if (merged.get().get("build").isPresent()) {
      return Optional.empty();
    }
    if (!(merged.get().get("image").orElse(null) instanceof Merged.Scalar image)) {
      return own;
    }
    if (service.has("image") && image.origin().layer() == project.currentLayer()) {
      return own;
    }
    Optional<String> resolved = Interpolation.resolve(image.value(), project.variables());
    Optional<ImageReference> reference =
        resolved.isPresent() ? ImageReference.parse(resolved.get()) : Optional.empty();
    if (reference.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ProbedImage(
            ContainerFacts.ofImage(reference.get(), context.images())
                .describedAs(
                    reference.get().text()
                        + " (the image "
                        + project.describe(image.origin())
                        + " sets)"),
            true));
  }
}
