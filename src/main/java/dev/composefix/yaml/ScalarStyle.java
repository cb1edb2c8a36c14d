package dev.composefix.yaml;

/** How a scalar is written in the source. */
public enum ScalarStyle {
  PLAIN,
  SINGLE_QUOTED,
  DOUBLE_QUOTED,
  LITERAL,
  FOLDED;

  public boolean isBlock() {
    return this == LITERAL || this == FOLDED;
  }
}
