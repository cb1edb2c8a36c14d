package dev.composefix.images.dockerfile;

import java.util.List;
import java.util.Optional;

/**
 * The image a stage is built on, after following {@code FROM <stage>} to the first {@code FROM}
 * that names no stage.
 *
 * @param kind what the reference is
 * @param reference the image reference after variable substitution, as written otherwise ({@code
 *     python:3.12-slim}); {@code scratch}; the raw text when it is unknown
 * @param line the line of that {@code FROM}
 * @param stages the stages followed, from the chosen one down to the one whose {@code FROM} names
 *     the image
 * @param reason why the reference is unknown, or a project image
 */
public record BaseImage(
    Kind kind, String reference, int line, List<String> stages, Optional<String> reason) {

  /** What a base reference is. */
  public enum Kind {
    /** An image pulled from a registry. */
    EXTERNAL,
    /** {@code FROM scratch}: an empty file system. */
    SCRATCH,
    /** An image another service of the same project builds, so nothing is known about it here. */
    PROJECT_IMAGE,
    /** A reference that cannot be worked out, such as an {@code ARG} without a value. */
    UNKNOWN
  }

  public BaseImage {
    stages = List.copyOf(stages);
  }
}
