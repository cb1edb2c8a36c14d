package dev.composefix.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON arrays of strings, the one piece of JSON the tool reads: a Dockerfile instruction's exec
 * form and the {@code HEALTHCHECK} test {@code docker inspect} prints. Also the one JSON string
 * quoting.
 */
public final class JsonArrays {

  private final String s;
  private int i;

  private JsonArrays(String s) {
    this.s = s;
  }

  /** The array of strings {@code text} holds; empty when it holds anything else. */
  public static Optional<List<String>> parse(String text) {
    String trimmed = text.strip();
    if (!trimmed.startsWith("[") || !trimmed.endsWith("]")) {
      return Optional.empty();
    }
    return new JsonArrays(trimmed).read();
  }

  /** {@code ["CMD-SHELL", "pg_isready"]}, for messages. */
  public static String format(List<String> items) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(quote(items.get(i)));
    }
    return out.append(']').toString();
  }

  /** A JSON string. */
  public static String quote(String text) {
    return '"' + BackslashEscapes.escape(text, JsonArrays::escapeOther) + '"';
  }

  private static String escapeOther(char c) {
    if (c == '\b') {
      return "\\b";
    }
    if (c == '\f') {
      return "\\f";
    }
    // U+2028 and U+2029 end a line in JavaScript, which reads JSON too.
    return c < 0x20 || c == '\u2028' || c == '\u2029' ? String.format("\\u%04x", (int) c) : null;
  }

  private Optional<List<String>> read() {
    List<String> items = new ArrayList<>();
    i = 1;
    skipSpace();
    if (at() == ']') {
      i++;
      return end(items);
    }
    while (true) {
      skipSpace();
      Optional<String> item = string();
      if (item.isEmpty()) {
        return Optional.empty();
      }
      items.add(item.get());
      skipSpace();
      char c = at();
      i++;
      if (c == ']') {
        return end(items);
      }
      if (c != ',') {
        return Optional.empty();
      }
    }
  }

  private Optional<List<String>> end(List<String> items) {
    skipSpace();
    return i == s.length() ? Optional.of(List.copyOf(items)) : Optional.empty();
  }

  private Optional<String> string() {
    if (at() != '"') {
      return Optional.empty();
    }
    i++;
    StringBuilder out = new StringBuilder();
    while (i < s.length()) {
      char c = s.charAt(i++);
      if (c == '"') {
        return Optional.of(out.toString());
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (i >= s.length()) {
        return Optional.empty();
      }
      char e = s.charAt(i++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (i + 4 > s.length()) {
            return Optional.empty();
          }
          try {
            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
          } catch (NumberFormatException notHex) {
            return Optional.empty();
          }
          i += 4;
        }
        default -> {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private void skipSpace() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }

  private char at() {
    return i < s.length() ? s.charAt(i) : '\0';
  }
}
