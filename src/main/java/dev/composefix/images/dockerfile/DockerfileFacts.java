package dev.composefix.images.dockerfile;

import java.util.List;
import java.util.Optional;

/**
 * What a Dockerfile says about the stage Compose builds.
 *
 * @param stage the facts of the chosen stage; empty when there is none (no {@code FROM}, or a
 *     {@code target} that names no stage)
 * @param stages every stage, by name or index, in order
 * @param notes what could not be read, and why
 */
public record DockerfileFacts(
    Optional<StageFacts> stage, List<String> stages, List<ReadNote> notes) {

  public DockerfileFacts {
    stages = List.copyOf(stages);
    notes = List.copyOf(notes);
  }
}
