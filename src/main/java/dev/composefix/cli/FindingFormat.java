package dev.composefix.cli;

import dev.composefix.rules.Finding;
import dev.composefix.text.SourceText;

/** One finding as a line: {@code path:line:col: rule-name [*] message}, [*] when --write would fix it. */
final class FindingFormat {

  private FindingFormat() {}

  static String line(String path, SourceText source, Finding finding, boolean unsafeFixes) {
    String marker = finding.isFixable(unsafeFixes) ? " [*]" : "";
    return path + ":" + source.positionOf(finding.range().start()) + ": " + finding.rule().name() + marker + " "
        + finding.message();
  }
}
