package dev.composefix.images.dockerfile;

import java.util.List;
import java.util.Optional;

/**
 * One Dockerfile instruction, its continuation lines joined.
 *
 * @param keyword the instruction in upper case: {@code FROM}, {@code RUN}, ...
 * @param flags its leading {@code --name=value} or {@code --name} options, as written
 * @param arguments the text after the keyword and flags, continuation lines joined and comment
 *     lines inside it removed
 * @param execForm the JSON array of an exec-form instruction, when {@code arguments} is one
 * @param heredocs the here-documents the instruction opens, in order
 * @param line the 1-based line of the keyword
 * @param endLine the 1-based last line, here-documents included
 */
public record Instruction(
    String keyword,
    List<String> flags,
    String arguments,
    Optional<List<String>> execForm,
    List<Heredoc> heredocs,
    int line,
    int endLine) {

  public Instruction {
    flags = List.copyOf(flags);
    execForm = execForm.map(List::copyOf);
    heredocs = List.copyOf(heredocs);
  }

  /** The value of flag {@code --name=value}; an empty string for a bare {@code --name}. */
  public Optional<String> flag(String name) {
    String prefix = "--" + name;
    for (String flag : flags) {
      if (flag.equals(prefix)) {
        return Optional.of("");
      }
      if (flag.startsWith(prefix + "=")) {
        return Optional.of(flag.substring(prefix.length() + 1));
      }
    }
    return Optional.empty();
  }

  /** Whether it is written as a JSON array. */
  public boolean isExecForm() {
    return execForm.isPresent();
  }
}
