package dev.composefix.yaml;

import dev.composefix.text.BackslashEscapes;

/**
 * Writes scalar values as YAML source text. A value keeps the style asked for when that style can
 * hold it; otherwise it falls back to double quotes, which can hold anything.
 */
public final class ScalarWriter {

  private static final String INDICATORS = ",[]{}#&*!|>'\"%@`";
  private static final String FLOW_INDICATORS = ",[]{}";

  private ScalarWriter() {}

  /**
   * Whether a value can be written plain where it stands and be read back as the same string.
   * Deliberately strict: a value it refuses is quoted, never misread.
   */
  public static boolean canBePlainString(String value, boolean inFlow) {
    return isPlainSafe(value, inFlow) && YamlTags.STR.equals(YamlParser.resolvePlain(value));
  }

  /**
   * Whether text can stand as a plain scalar and be read back as the same text, of whatever type.
   */
  public static boolean isPlainSafe(String value, boolean inFlow) {
    if (value.isEmpty() || isBlank(value.charAt(0)) || isBlank(value.charAt(value.length() - 1))) {
      return false;
    }
    char first = value.charAt(0);
    if (INDICATORS.indexOf(first) >= 0) {
      return false;
    }
    if ("-?:".indexOf(first) >= 0 && (value.length() == 1 || isBlank(value.charAt(1)))) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isControl(c)) {
        return false;
      }
      // Wherever it stands, even after a leading "-" or a ":", a flow indicator ends the scalar.
      if (inFlow && FLOW_INDICATORS.indexOf(c) >= 0) {
        return false;
      }
      if (c == ':' && (i + 1 == value.length() || isBlank(value.charAt(i + 1)))) {
        return false;
      }
      if (c == '#' && isBlank(value.charAt(i - 1))) {
        return false;
      }
    }
    return true;
  }

  public static String singleQuoted(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  public static boolean canBeSingleQuoted(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
        return false;
      }
    }
    return true;
  }

  public static String doubleQuoted(String value) {
    return "\"" + escapeDoubleQuoted(value) + "\"";
  }

  /** Escapes text for the inside of a double-quoted scalar. */
  public static String escapeDoubleQuoted(String value) {
    return BackslashEscapes.escape(value, CONTROLS);
  }

  /** A control character as a four-digit escape; a class, as a lambda is linked on every run. */
  private static final BackslashEscapes.Others CONTROLS =
      new BackslashEscapes.Others() {
        @Override
        public String escape(char c) {
          return isControl(c) ? String.format("\\u%04X", (int) c) : null;
        }
      };

  /** Writes a string in the given style, or double-quoted when that style cannot hold it. */
  public static String write(String value, ScalarStyle style, boolean inFlow) {
    if (style == ScalarStyle.PLAIN && canBePlainString(value, inFlow)) {
      return value;
    }
    if (style == ScalarStyle.SINGLE_QUOTED && canBeSingleQuoted(value)) {
      return singleQuoted(value);
    }
    return doubleQuoted(value);
  }

  /** Writes a mapping key: plain where possible. */
  public static String key(String key, boolean inFlow) {
    return canBePlainString(key, inFlow) ? key : doubleQuoted(key);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /** A character a plain or quoted scalar cannot hold as itself: controls, line and BOM marks. */
  private static boolean isControl(char c) {
    return c < 0x20
        || c == 0x7F
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029'
        || c == '\uFEFF';
  }
}
