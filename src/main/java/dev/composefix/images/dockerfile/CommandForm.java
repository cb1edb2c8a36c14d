package dev.composefix.images.dockerfile;

import java.util.List;
import java.util.Optional;

/**
 * A {@code CMD}, {@code ENTRYPOINT} or {@code HEALTHCHECK CMD} as Docker will run it.
 *
 * @param shellForm whether it was written as a shell command line rather than a JSON array
 * @param argv what Docker executes: the JSON array, or the {@code SHELL} (by default {@code /bin/sh
 *     -c}) followed by the command line
 * @param text the command line of a shell form; the JSON array joined by spaces otherwise
 * @param words for a shell form that is one simple command, its words as the shell passes them
 *     (quotes removed, nothing expanded); for an exec form, {@code argv}; empty when the command
 *     line uses more shell than one command
 * @param line the line of the instruction
 * @param inheritedFrom the stage it was inherited from, when an earlier stage set it
 */
public record CommandForm(
    boolean shellForm,
    List<String> argv,
    String text,
    Optional<List<String>> words,
    int line,
    Optional<String> inheritedFrom) {

  public CommandForm {
    argv = List.copyOf(argv);
    words = words.map(List::copyOf);
  }

  CommandForm inherited(String stage) {
    return inheritedFrom.isPresent()
        ? this
        : new CommandForm(shellForm, argv, text, words, line, Optional.of(stage));
  }
}
