package dev.composefix.images.routes;

/** Go's {@code filepath.Match} patterns as Java regular expressions. */
final class Globs {

  private Globs() {}

  /** Whether a single path segment has glob characters. */
  static boolean isGlob(String segment) {
    return segment.indexOf('*') >= 0 || segment.indexOf('?') >= 0 || segment.indexOf('[') >= 0;
  }

  /** The pattern of a glob; one Java cannot compile (such as {@code [z-a]}) matches only itself. */
  static java.util.regex.Pattern compile(String glob, boolean doubleStar) {
    try {
      return java.util.regex.Pattern.compile(regex(glob, doubleStar));
    } catch (java.util.regex.PatternSyntaxException invalid) {
      return java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(glob));
    }
  }

  /**
   * The regular expression of a pattern: {@code *} and {@code ?} stay within a segment, {@code
   * [...]} is a class, and with {@code doubleStar} (as in {@code .dockerignore}) {@code **} spans
   * any number of folders.
   */
  static String regex(String glob, boolean doubleStar) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*') {
        if (doubleStar && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
          i++;
          if (i + 1 < glob.length() && glob.charAt(i + 1) == '/') {
            i++;
            out.append("(?:.*/)?");
          } else {
            out.append(".*");
          }
        } else {
          out.append("[^/]*");
        }
      } else if (c == '?') {
        out.append("[^/]");
      } else if (c == '[') {
        int close = glob.indexOf(']', i + 2);
        if (close < 0) {
          out.append("\\[");
        } else {
          String inside = glob.substring(i + 1, close);
          if (inside.startsWith("^") || inside.startsWith("!")) {
            inside = "^" + inside.substring(1);
          }
          out.append('[').append(inside.replace("\\", "\\\\").replace("[", "\\[")).append(']');
          i = close;
        }
      } else if (c == '\\' && i + 1 < glob.length()) {
        out.append(java.util.regex.Pattern.quote(String.valueOf(glob.charAt(++i))));
      } else {
        out.append(java.util.regex.Pattern.quote(String.valueOf(c)));
      }
    }
    return out.toString();
  }
}
