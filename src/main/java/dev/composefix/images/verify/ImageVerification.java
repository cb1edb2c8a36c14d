package dev.composefix.images.verify;

import dev.composefix.compose.ImageReference;
import dev.composefix.images.ImageFacts;
import dev.composefix.images.KnowledgeBase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code compose-fix images verify}: whether an image's knowledge-base row holds for the image
 * itself: its shell, each of its tools, and its declared {@code HEALTHCHECK}.
 */
public final class ImageVerification {

  private final KnowledgeBase knowledge;
  private final DockerProbes probes;

  public ImageVerification(KnowledgeBase knowledge, DockerProbes probes) {
    this.knowledge = knowledge;
    this.probes = probes;
  }

  /** Checks an image against the row it matches. */
  public Outcome verify(ImageReference image) throws DockerUnavailableException {
    Optional<ImageFacts> row = knowledge.find(image);
    if (row.isEmpty()) {
      return Outcome.failed(
          image.text() + ": the knowledge base has no row for it, so there is nothing to check");
    }
    return verify(image.text(), row.get());
  }

  /** Checks an image, such as one of the row's examples, against that row. */
  public Outcome verify(String image, ImageFacts row) throws DockerUnavailableException {
    String prefix = image + ": ";
    try {
      ImageConfig config = probes.prepare(image);
      Optional<ProgramSurvey> survey = Optional.empty();
      if (row.shell().isPresent() || !row.tools().isEmpty()) {
        survey = Optional.of(survey(image, RowCheck.programs(row)));
      }
      List<String> mismatches = RowCheck.mismatches(row, config, survey);
      if (mismatches.isEmpty()) {
        return Outcome.held(prefix + "row " + row.id() + " holds (" + RowCheck.covered(row) + ")");
      }
      return Outcome.mismatched(mismatches.stream().map(line -> prefix + line).toList());
    } catch (ProbeFailure failure) {
      return failure.outcome(prefix);
    }
  }

  /** One container when the image has /bin/sh; one a program when it has not. */
  private ProgramSurvey survey(String image, List<String> programs)
      throws ProbeFailure, DockerUnavailableException {
    Optional<Map<String, ProgramState>> states = probes.withShell(image, programs);
    if (states.isPresent()) {
      return new ProgramSurvey(true, states.get());
    }
    Map<String, ProgramState> started = new LinkedHashMap<>();
    for (String program : programs) {
      started.put(program, probes.byStarting(image, program));
    }
    return new ProgramSurvey(false, started);
  }
}
