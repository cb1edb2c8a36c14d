package dev.composefix.images.verify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an image has: a shell at {@code /bin/sh}, and what each program asked about is.
 *
 * @param shell whether {@code /bin/sh} runs
 * @param programs each program asked about, in the order asked
 */
record ProgramSurvey(boolean shell, Map<String, ProgramState> programs) {

  ProgramSurvey {
    programs = Collections.unmodifiableMap(new LinkedHashMap<>(programs));
  }

  ProgramState state(String program) {
    return programs.getOrDefault(program, ProgramState.MISSING);
  }
}
