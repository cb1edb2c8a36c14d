package dev.composefix.text;

/** A half-open range {@code [start, end)} of UTF-16 offsets into a source text. */
public record TextRange(int start, int end) implements Comparable<TextRange> {

  public TextRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
    }
  }

  public static TextRange empty(int offset) {
    return new TextRange(offset, offset);
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  public boolean covers(TextRange other) {
    return other.start >= start && other.end <= end;
  }

  public boolean overlaps(TextRange other) {
    return other.start < end && start < other.end;
  }

  @Override
  public int compareTo(TextRange other) {
    int byStart = Integer.compare(start, other.start);
    return byStart != 0 ? byStart : Integer.compare(end, other.end);
  }
}
