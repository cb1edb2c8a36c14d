package dev.composefix.pipeline;

import dev.composefix.report.Mode;
import dev.composefix.report.OutputFormat;
import dev.composefix.yaml.ParserLimits;
import java.util.List;
import java.util.Optional;

/**
 * How a run treats every file.
 *
 * @param mode dry run, write or check
 * @param select the rules named on the command line, overriding the configuration's
 * @param ignore the rules to skip, besides the configuration's
 * @param unsafeFixes whether unsafe fixes apply, overriding the configuration; empty to follow it
 * @param showSecrets whether secret values are shown instead of masked
 * @param format the output format, which says whether edit text is shown and must be masked
 * @param maskDiff whether the diff masks secrets too; otherwise it shows the file's own bytes, so
 *     that it applies
 * @param limits the parser's limits, which also bound the bytes read
 */
public record RunSettings(
    Mode mode,
    Optional<List<String>> select,
    List<String> ignore,
    Optional<Boolean> unsafeFixes,
    boolean showSecrets,
    OutputFormat format,
    boolean maskDiff,
    ParserLimits limits) {

  public RunSettings {
    ignore = List.copyOf(ignore);
  }

  /**
   * A check with the configuration's rules that shows nothing and writes nothing, as the commands
   * that only read files run it (stats, verify-healthchecks).
   */
  public static RunSettings check(boolean unsafeFixes, ParserLimits limits) {
    return new RunSettings(
        Mode.CHECK,
        Optional.empty(),
        List.of(),
        Optional.of(unsafeFixes),
        false,
        OutputFormat.TEXT,
        false,
        limits);
  }
}
