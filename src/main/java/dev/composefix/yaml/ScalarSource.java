package dev.composefix.yaml;

import dev.composefix.text.SourceText;
import dev.composefix.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps a scalar's value back to the source text it was read from, so that a part of the value can
 * be replaced without touching the rest. The value is decoded again from the source, run by run; a
 * run is a stretch where value and source are the same characters. Escapes, doubled quotes and
 * folded line breaks separate runs. When the decoding does not give exactly the parser's value, the
 * scalar has no map and callers fall back to replacing it whole.
 */
public final class ScalarSource {

  /** A stretch where the value's characters are the source's characters, one for one. */
  record Run(int valueStart, int sourceStart, int length) {}

  private final List<Run> runs;

  private ScalarSource(List<Run> runs) {
    this.runs = runs;
  }

  public static Optional<ScalarSource> of(YScalar scalar, SourceText source) {
    Decoder decoder = new Decoder(source.text());
    TextRange span = scalar.span();
    boolean decoded =
        switch (scalar.style()) {
          case PLAIN -> decoder.flow(span.start(), span.end(), ScalarStyle.PLAIN);
          case SINGLE_QUOTED, DOUBLE_QUOTED ->
              span.length() >= 2 && decoder.flow(span.start() + 1, span.end() - 1, scalar.style());
          case LITERAL, FOLDED ->
              decoder.block(span.start(), span.end(), scalar.style() == ScalarStyle.FOLDED);
        };
    if (!decoded || !decoder.value.toString().equals(scalar.value())) {
      return Optional.empty();
    }
    return Optional.of(new ScalarSource(decoder.runs));
  }

  /**
   * The source range holding the value's characters {@code [from, to)}, when they all lie in one
   * run. An empty range may sit at either end of a run.
   */
  public Optional<TextRange> sourceRange(int from, int to) {
    for (Run run : runs) {
      if (from >= run.valueStart() && to <= run.valueStart() + run.length()) {
        int start = run.sourceStart() + from - run.valueStart();
        return Optional.of(new TextRange(start, start + to - from));
      }
    }
    return Optional.empty();
  }

  /** Re-reads a scalar from its source, recording runs as it goes. */
  private static final class Decoder {

    private final String text;
    private final StringBuilder value = new StringBuilder();
    private final List<Run> runs = new ArrayList<>();

    Decoder(String text) {
      this.text = text;
    }

    private void verbatim(int sourceOffset) {
      int valueOffset = value.length();
      value.append(text.charAt(sourceOffset));
      if (!runs.isEmpty()) {
        Run last = runs.get(runs.size() - 1);
        if (last.sourceStart() + last.length() == sourceOffset
            && last.valueStart() + last.length() == valueOffset) {
          runs.set(
              runs.size() - 1, new Run(last.valueStart(), last.sourceStart(), last.length() + 1));
          return;
        }
      }
      runs.add(new Run(valueOffset, sourceOffset, 1));
    }

    /** Plain and quoted scalars: lines folded into spaces, blank lines into line feeds. */
    boolean flow(int begin, int end, ScalarStyle style) {
      int i = begin;
      boolean first = true;
      while (true) {
        int lineEnd = i;
        while (lineEnd < end && !SourceText.isBreakChar(text.charAt(lineEnd))) {
          lineEnd++;
        }
        int contentStart = i;
        if (!first) {
          while (contentStart < lineEnd && isBlank(text.charAt(contentStart))) {
            contentStart++;
          }
        }
        int contentEnd = lineEnd;
        if (lineEnd < end) {
          while (contentEnd > contentStart && isBlank(text.charAt(contentEnd - 1))) {
            contentEnd--;
          }
        }
        int escapedBreak = decodeLine(contentStart, contentEnd, style);
        if (escapedBreak < 0) {
          return false;
        }
        if (lineEnd >= end) {
          return escapedBreak == 0;
        }
        i = skipBreak(lineEnd);
        int emptyLines = 0;
        while (true) {
          int m = i;
          while (m < end && isBlank(text.charAt(m))) {
            m++;
          }
          if (m < end && SourceText.isBreakChar(text.charAt(m))) {
            emptyLines++;
            i = skipBreak(m);
          } else {
            break;
          }
        }
        if (escapedBreak == 0 && emptyLines == 0) {
          value.append(' ');
        }
        value.append("\n".repeat(emptyLines));
        first = false;
      }
    }

    /**
     * Decodes one line's content; returns 1 when it ends in an escaped line break, -1 on failure.
     */
    private int decodeLine(int start, int end, ScalarStyle style) {
      int i = start;
      while (i < end) {
        char c = text.charAt(i);
        if (style == ScalarStyle.SINGLE_QUOTED && c == '\'') {
          // The parser has ended the scalar at any quote that is not doubled.
          value.append('\'');
          i += 2;
        } else if (style == ScalarStyle.DOUBLE_QUOTED && c == '\\') {
          if (i + 1 == end) {
            return 1;
          }
          int next = escape(i + 1, end);
          if (next < 0) {
            return -1;
          }
          i = next;
        } else {
          verbatim(i);
          i++;
        }
      }
      return 0;
    }

    /** Appends the escape whose letter is at {@code i}; returns the offset after it, or -1. */
    private int escape(int i, int end) {
      char c = text.charAt(i);
      int hexDigits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
      if (hexDigits > 0) {
        if (i + 1 + hexDigits > end) {
          return -1;
        }
        try {
          value.appendCodePoint(Integer.parseInt(text.substring(i + 1, i + 1 + hexDigits), 16));
        } catch (IllegalArgumentException malformed) {
          return -1;
        }
        return i + 1 + hexDigits;
      }
      String simple =
          switch (c) {
            case '0' -> "\0";
            case 'a' -> "\u0007";
            case 'b' -> "\b";
            case 't', '\t' -> "\t";
            case 'n' -> "\n";
            case 'v' -> "\u000B";
            case 'f' -> "\f";
            case 'r' -> "\r";
            case 'e' -> "\u001B";
            case ' ' -> " ";
            case '"' -> "\"";
            case '/' -> "/";
            case '\\' -> "\\";
            case 'N' -> "\u0085";
            case '_' -> "\u00A0";
            case 'L' -> "\u2028";
            case 'P' -> "\u2029";
            default -> null;
          };
      if (simple == null) {
        return -1;
      }
      value.append(simple);
      return i + 1;
    }

    /** Literal and folded block scalars with an auto-detected indentation. */
    boolean block(int start, int end, boolean folded) {
      int headerEnd = start;
      while (headerEnd < end && !SourceText.isBreakChar(text.charAt(headerEnd))) {
        headerEnd++;
      }
      String header = text.substring(start + 1, headerEnd).replaceAll("\\s*#.*$", "").trim();
      if (header.chars().anyMatch(Character::isDigit)) {
        return false;
      }
      boolean keep = header.contains("+");
      boolean strip = header.contains("-");
      List<int[]> lines = new ArrayList<>();
      int i = headerEnd < end ? skipBreak(headerEnd) : end;
      while (i < end) {
        int lineEnd = i;
        while (lineEnd < end && !SourceText.isBreakChar(text.charAt(lineEnd))) {
          lineEnd++;
        }
        lines.add(new int[] {i, lineEnd});
        i = lineEnd < end ? skipBreak(lineEnd) : end;
      }
      int indent = -1;
      for (int[] line : lines) {
        int spaces = 0;
        while (line[0] + spaces < line[1] && text.charAt(line[0] + spaces) == ' ') {
          spaces++;
        }
        if (line[0] + spaces < line[1]) {
          indent = spaces;
          break;
        }
      }
      int previous = 0;
      int pendingEmpty = 0;
      for (int[] line : lines) {
        if (indent < 0
            || line[1] - line[0] <= indent && text.substring(line[0], line[1]).isBlank()) {
          pendingEmpty++;
          continue;
        }
        int contentStart = line[0] + indent;
        int type = isBlank(text.charAt(contentStart)) ? 2 : 1;
        if (previous == 0) {
          value.append("\n".repeat(pendingEmpty));
        } else if (folded && previous == 1 && type == 1) {
          value.append(pendingEmpty == 0 ? " " : "\n".repeat(pendingEmpty));
        } else {
          value.append("\n".repeat(pendingEmpty + 1));
        }
        for (int c = contentStart; c < line[1]; c++) {
          verbatim(c);
        }
        previous = type;
        pendingEmpty = 0;
      }
      if (previous != 0 && !strip) {
        value.append(keep ? "\n".repeat(pendingEmpty + 1) : "\n");
      } else if (previous == 0 && keep) {
        value.append("\n".repeat(pendingEmpty));
      }
      return true;
    }

    private int skipBreak(int i) {
      if (text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        return i + 2;
      }
      return i + 1;
    }

    private static boolean isBlank(char c) {
      return c == ' ' || c == '\t';
    }
  }
}
