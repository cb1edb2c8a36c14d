package dev.composefix.text;

/**
 * Backslash escaping for the three double-quoted forms the tool writes: JSON strings, YAML
 * double-quoted scalars and file names in git diff headers. The five common escapes ({@code \"}
 * {@code \\} {@code \n} {@code \r} {@code \t}) are the same in all three; each form says how it
 * writes the other characters it must escape.
 */
public final class BackslashEscapes {

  /** How a form writes a character outside the five common escapes. */
  @FunctionalInterface
  public interface Others {
    /** The escape of {@code c}, or null to write it as it is. */
    String escape(char c);
  }

  private BackslashEscapes() {}

  /** {@code text} with every character that needs it escaped, without the surrounding quotes. */
  public static String escape(String text, Others others) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escaped = common(c);
      if (escaped == null) {
        escaped = others.escape(c);
      }
      if (escaped == null) {
        out.append(c);
      } else {
        out.append(escaped);
      }
    }
    return out.toString();
  }

  private static String common(char c) {
    return switch (c) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> null;
    };
  }
}
