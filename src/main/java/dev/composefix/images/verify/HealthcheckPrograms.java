package dev.composefix.images.verify;

import dev.composefix.compose.HealthcheckTest;
import dev.composefix.shell.ProgramCalls;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The programs a healthcheck's test calls, as the image must have them.
 *
 * @param shell whether the test runs with {@code /bin/sh} (CMD-SHELL or a string)
 * @param programs each program once, in the order called; a shell test's builtins count as there
 */
record HealthcheckPrograms(boolean shell, List<String> programs) {

  HealthcheckPrograms {
    programs = List.copyOf(programs);
  }

  /**
   * The programs of a test; empty when a shell test uses a construct whose calls are not read (a
   * subshell, a command substitution, arithmetic), so that nothing is guessed.
   */
  static Optional<HealthcheckPrograms> of(HealthcheckTest test) {
    List<ProgramCalls.Call> calls = test.calls();
    boolean shell = test.form() == HealthcheckTest.Form.SHELL;
    if (shell && calls.isEmpty()) {
      return Optional.empty();
    }
    Set<String> programs = new LinkedHashSet<>();
    for (ProgramCalls.Call call : calls) {
      String program = call.program().text();
      // A variable names a program only the container knows; it cannot be looked up here.
      if (!program.contains("$") && program.chars().noneMatch(c -> c < 0x20)) {
        programs.add(program);
      }
    }
    return Optional.of(new HealthcheckPrograms(shell, List.copyOf(programs)));
  }
}
