package dev.composefix.lint;

/**
 * How far a fix can be trusted. {@code --write} applies safe fixes; unsafe ones only with {@code
 * --unsafe-fixes}; display-only ones are shown, never applied.
 */
public enum Applicability {
  SAFE,
  UNSAFE,
  DISPLAY_ONLY;

  public boolean appliesWith(boolean unsafeFixes) {
    return this == SAFE || this == UNSAFE && unsafeFixes;
  }
}
