package dev.composefix.cli;

import java.util.List;

/**
 * What processing one file gave, ready to print: the diff for stdout, the lines for stderr, and
 * the counts the summary adds up.
 */
record FileReport(String diff, List<String> messages, Counts counts) {

  /** Counts for the summary line. */
  record Counts(int findings, int fixable, int unsafeOnly, int fixed, int remaining, int errors, boolean written) {

    static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, false);

    static Counts error() {
      return new Counts(0, 0, 0, 0, 0, 1, false);
    }

    Counts plus(Counts other) {
      return new Counts(findings + other.findings, fixable + other.fixable, unsafeOnly + other.unsafeOnly,
          fixed + other.fixed, remaining + other.remaining, errors + other.errors, written || other.written);
    }
  }

  static FileReport error(String line) {
    return new FileReport("", List.of(line), Counts.error());
  }
}
