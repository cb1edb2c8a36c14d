package dev.composefix.images.routes;

import java.util.Arrays;

/**
 * A source file's text with its comments blanked out (each comment character becomes a space, line
 * breaks stay), so that patterns run over code only and offsets still point into the file. String
 * literals are kept: routes are string literals. Python's triple-quoted strings are blanked too, as
 * they are docstrings far more often than paths.
 */
final class CodeText {

  /** How a language writes comments. */
  enum Syntax {
    /** {@code #} to the end of the line: Python, Ruby, YAML, TOML, properties, conf, ini. */
    HASH,
    /** Python: {@code #} comments and triple-quoted strings. */
    PYTHON,
    /** {@code //} and {@code /* ... *&#47;}: JavaScript, TypeScript, Go, Java, Kotlin. */
    C,
    /** C comments, and {@code '} is a lifetime more often than a character. */
    RUST,
    /** C comments and {@code #} comments, but not {@code #[...]} attributes. */
    PHP,
    /** No comments. */
    NONE
  }

  final String text;
  final String code;
  private final int[] lineStarts;

  private CodeText(String text, String code) {
    this.text = text;
    this.code = code;
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  static CodeText of(String text, Syntax syntax) {
    return new CodeText(text, syntax == Syntax.NONE ? text : mask(text, syntax));
  }

  /** The 1-based line of an offset. */
  int lineOf(int offset) {
    int found = Arrays.binarySearch(lineStarts, offset);
    return (found >= 0 ? found : -found - 2) + 1;
  }

  private static String mask(String s, Syntax syntax) {
    char[] out = s.toCharArray();
    int i = 0;
    int n = s.length();
    boolean hash = syntax == Syntax.HASH || syntax == Syntax.PYTHON || syntax == Syntax.PHP;
    boolean slashes = syntax == Syntax.C || syntax == Syntax.RUST || syntax == Syntax.PHP;
    while (i < n) {
      char c = s.charAt(i);
      if (syntax == Syntax.PYTHON && (s.startsWith("\"\"\"", i) || s.startsWith("'''", i))) {
        int end = s.indexOf(s.substring(i, i + 3), i + 3);
        int stop = end < 0 ? n : end + 3;
        blank(out, i + 3, end < 0 ? n : end);
        i = stop;
      } else if (c == '"' || c == '\'' && syntax != Syntax.RUST || c == '`' && syntax == Syntax.C) {
        i = skipString(s, i, c);
      } else if (syntax == Syntax.RUST && c == 'r' && isRawStringStart(s, i)) {
        i = skipRawString(s, i);
      } else if (hash
          && c == '#'
          && !(syntax == Syntax.PHP && i + 1 < n && s.charAt(i + 1) == '[')) {
        int end = lineEnd(s, i);
        blank(out, i, end);
        i = end;
      } else if (slashes && c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
        int end = lineEnd(s, i);
        blank(out, i, end);
        i = end;
      } else if (slashes && c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
        int end = s.indexOf("*/", i + 2);
        int stop = end < 0 ? n : end + 2;
        blank(out, i, stop);
        i = stop;
      } else {
        i++;
      }
    }
    return new String(out);
  }

  /** Past a string literal; a line break ends an unclosed one, except in a template string. */
  private static int skipString(String s, int start, char quote) {
    int i = start + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else if (c == '\n' && quote != '`') {
        return i;
      } else {
        i++;
      }
    }
    return s.length();
  }

  private static boolean isRawStringStart(String s, int i) {
    if (i > 0 && Character.isJavaIdentifierPart(s.charAt(i - 1))) {
      return false;
    }
    int k = i + 1;
    while (k < s.length() && s.charAt(k) == '#') {
      k++;
    }
    return k < s.length() && s.charAt(k) == '"';
  }

  private static int skipRawString(String s, int i) {
    int k = i + 1;
    int hashes = 0;
    while (s.charAt(k) == '#') {
      hashes++;
      k++;
    }
    String close = "\"" + "#".repeat(hashes);
    int end = s.indexOf(close, k + 1);
    return end < 0 ? s.length() : end + close.length();
  }

  private static int lineEnd(String s, int i) {
    int end = s.indexOf('\n', i);
    return end < 0 ? s.length() : end;
  }

  private static void blank(char[] out, int from, int to) {
    for (int k = from; k < to; k++) {
      if (out[k] != '\n' && out[k] != '\r') {
        out[k] = ' ';
      }
    }
  }
}
