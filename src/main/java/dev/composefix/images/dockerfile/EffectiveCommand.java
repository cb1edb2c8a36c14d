package dev.composefix.images.dockerfile;

import java.util.List;

/**
 * What the container runs by default: {@code ENTRYPOINT} followed by {@code CMD}, as Docker
 * combines them.
 *
 * @param argv the arguments of the process
 * @param how how they were combined: "ENTRYPOINT + CMD", "ENTRYPOINT", "CMD", or "shell-form
 *     ENTRYPOINT (CMD ignored)"
 */
public record EffectiveCommand(List<String> argv, String how) {
  public EffectiveCommand {
    argv = List.copyOf(argv);
  }
}
