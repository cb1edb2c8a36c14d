package dev.composefix.text;

/** A 1-based line and column; the column counts Unicode code points, as editors do. */
public record Position(int line, int column) {

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
