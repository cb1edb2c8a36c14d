package dev.composefix.text;

import java.util.Objects;

/**
 * One immutable text change: replace {@code range} with {@code replacement}. An empty range is an
 * insertion, an empty replacement a deletion. Edits never mutate a source; {@link TextEdits}
 * applies them to produce a new text.
 */
public record TextEdit(TextRange range, String replacement) implements Comparable<TextEdit> {

  public TextEdit {
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(replacement, "replacement");
  }

  public static TextEdit replace(int start, int end, String replacement) {
    return new TextEdit(new TextRange(start, end), replacement);
  }

  public static TextEdit insert(int offset, String text) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("an insertion needs text");
    }
    return new TextEdit(TextRange.empty(offset), text);
  }

  public boolean isInsertion() {
    return range.isEmpty();
  }

  public int start() {
    return range.start();
  }

  public int end() {
    return range.end();
  }

  /** True when applying both edits in one pass would be ambiguous or would overwrite each other. */
  public boolean conflictsWith(TextEdit other) {
    if (range.overlaps(other.range)) {
      return true;
    }
    // Two edits touching the same point have no defined order; defer one to the next pass.
    return range.start() == other.range.end() && (isInsertion() || other.isInsertion())
        || other.range.start() == range.end() && (isInsertion() || other.isInsertion());
  }

  @Override
  public int compareTo(TextEdit other) {
    return range.compareTo(other.range);
  }
}
