package dev.composefix.diff;

import dev.composefix.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/** Parts of a text that output shows as {@code ****}: secret values, unless the user asks to see them. */
public final class Masks {

  public static final Masks NONE = new Masks(List.of());
  public static final String MASK = "****";

  private final List<TextRange> ranges;

  private Masks(List<TextRange> ranges) {
    this.ranges = ranges;
  }

  /** Masks over a text; {@code shift} moves every range, e.g. by one for a BOM in front of the text. */
  public static Masks of(List<TextRange> ranges, int shift) {
    List<TextRange> sorted = new ArrayList<>();
    for (TextRange range : ranges) {
      if (!range.isEmpty()) {
        sorted.add(new TextRange(range.start() + shift, range.end() + shift));
      }
    }
    sorted.sort(null);
    List<TextRange> merged = new ArrayList<>();
    for (TextRange range : sorted) {
      TextRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && range.start() <= last.end()) {
        merged.set(merged.size() - 1, new TextRange(last.start(), Math.max(last.end(), range.end())));
      } else {
        merged.add(range);
      }
    }
    return new Masks(merged);
  }

  /** The line that starts at {@code offset} of the text, with masked parts replaced. */
  String apply(String line, int offset) {
    if (ranges.isEmpty()) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length());
    int content = line.length();
    while (content > 0 && (line.charAt(content - 1) == '\n' || line.charAt(content - 1) == '\r')) {
      content--;
    }
    int cursor = 0;
    for (TextRange range : ranges) {
      int start = Math.max(range.start() - offset, cursor);
      int end = Math.min(range.end() - offset, content);
      if (end <= 0 || start >= line.length() || start >= end) {
        continue;
      }
      out.append(line, cursor, start).append(MASK);
      cursor = end;
    }
    return out.append(line, cursor, line.length()).toString();
  }

  /** A text with masked parts replaced, for messages that quote it. */
  public String applyTo(String text) {
    return apply(text, 0);
  }
}
