package dev.composefix.images;

import java.util.List;

/**
 * Whether an image has a program.
 *
 * @param program the program's name, as a healthcheck calls it
 * @param architectures when not empty, the program is there only on these architectures
 * @param options for a busybox applet, the options a source shows it takes (busybox {@code nc}
 *     takes {@code -z} only when busybox was built with it); empty when none is known
 */
public record ToolFact(
    String program,
    Presence presence,
    List<String> architectures,
    List<String> options,
    List<Source> sources) {
  public ToolFact {
    architectures = List.copyOf(architectures);
    options = List.copyOf(options);
    sources = List.copyOf(sources);
  }

  /** True when the program is a busybox applet that a source shows to take the option. */
  public boolean busyboxWith(String option) {
    return presence == Presence.BUSYBOX && options.contains(option);
  }
}
