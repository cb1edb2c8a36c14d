package dev.composefix.images;

import java.util.List;

/**
 * Whether an image has a program.
 *
 * @param program the program's name, as a healthcheck calls it
 * @param architectures when not empty, the program is there only on these architectures
 */
public record ToolFact(
    String program, Presence presence, List<String> architectures, List<Source> sources) {
  public ToolFact {
    architectures = List.copyOf(architectures);
    sources = List.copyOf(sources);
  }
}
