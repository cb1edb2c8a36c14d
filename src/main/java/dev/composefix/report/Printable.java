package dev.composefix.report;

/**
 * Text from a file made safe for a terminal: control characters (ESC, BEL, CR, a line break in a
 * service name), line and paragraph separators and bidirectional overrides are written as escapes
 * such as {@code \x1b}, so that a file can neither move the cursor, recolour the terminal, hide
 * text, nor start a line that looks like another finding.
 */
final class Printable {

  private Printable() {}

  static String of(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(
            c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isUnsafe(char c) {
    return c != '\t' && Character.isISOControl(c)
        || c == '\u2028'
        || c == '\u2029'
        || c >= '\u202a' && c <= '\u202e'
        || c >= '\u2066' && c <= '\u2069';
  }
}
