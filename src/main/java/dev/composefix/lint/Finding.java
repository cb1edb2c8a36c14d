package dev.composefix.lint;

import dev.composefix.text.TextRange;
import java.util.Optional;

/** One problem a rule found, where it is, and the fix for it if there is one. */
public record Finding(
    Rule rule, Severity severity, TextRange range, String message, Optional<Fix> fix) {

  public boolean isFixable(boolean unsafeFixes) {
    return fix.isPresent() && fix.get().applicability().appliesWith(unsafeFixes);
  }
}
