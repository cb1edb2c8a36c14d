package dev.composefix.images.verify;

import java.util.List;

/**
 * How the check of one image, or one service's healthcheck, came out.
 *
 * @param lines what to print: the mismatches one a line, or one line for the other kinds
 */
public record Outcome(Kind kind, List<String> lines) {

  /** Kinds of outcome, from best to worst. */
  public enum Kind {
    /** Every fact checked holds. */
    HELD,
    /** Some facts do not hold: one line each. */
    MISMATCHED,
    /** Not checked, and nothing wrong: not present locally, or built by Compose. */
    SKIPPED,
    /** Docker failed or timed out, or there was nothing to check it against. */
    FAILED
  }

  public Outcome {
    lines = List.copyOf(lines);
  }

  static Outcome held(String line) {
    return new Outcome(Kind.HELD, List.of(line));
  }

  static Outcome mismatched(List<String> lines) {
    return new Outcome(Kind.MISMATCHED, lines);
  }

  static Outcome skipped(String line) {
    return new Outcome(Kind.SKIPPED, List.of(line));
  }

  static Outcome failed(String line) {
    return new Outcome(Kind.FAILED, List.of(line));
  }
}
