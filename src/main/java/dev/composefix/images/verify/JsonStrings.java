package dev.composefix.images.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one piece of JSON a check reads, a {@code HEALTHCHECK} test: {@code null} or an array of
 * strings, as Go's {@code json} writes it. Also writes such an array back, for messages.
 */
final class JsonStrings {

  private final String text;
  private int at;

  private JsonStrings(String text) {
    this.text = text;
  }

  /**
   * The array; empty for {@code null}.
   *
   * @throws IllegalArgumentException when the text is neither
   */
  static Optional<List<String>> parse(String text) {
    String trimmed = text.strip();
    if (trimmed.equals("null")) {
      return Optional.empty();
    }
    JsonStrings reader = new JsonStrings(trimmed);
    List<String> items = reader.array();
    if (reader.at != trimmed.length()) {
      throw new IllegalArgumentException("text after the array");
    }
    return Optional.of(items);
  }

  /** {@code ["CMD-SHELL", "pg_isready"]}. */
  static String format(List<String> items) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      out.append(i == 0 ? "" : ", ");
      quote(items.get(i), out);
    }
    return out.append(']').toString();
  }

  private List<String> array() {
    expect('[');
    List<String> items = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      at++;
      return items;
    }
    while (true) {
      skipSpace();
      items.add(string());
      skipSpace();
      char next = next();
      if (next == ']') {
        return items;
      }
      if (next != ',') {
        throw new IllegalArgumentException("expected , or ] at " + (at - 1));
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder value = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return value.toString();
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }
      char escaped = next();
      switch (escaped) {
        case '"', '\\', '/' -> value.append(escaped);
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'n' -> value.append('\n');
        case 'r' -> value.append('\r');
        case 't' -> value.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw new IllegalArgumentException("short \\u escape");
          }
          value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
        }
        default -> throw new IllegalArgumentException("unknown escape \\" + escaped);
      }
    }
  }

  private static void quote(String value, StringBuilder out) {
    out.append('"');
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private void expect(char wanted) {
    if (next() != wanted) {
      throw new IllegalArgumentException("expected " + wanted + " at " + (at - 1));
    }
  }

  private char peek() {
    if (at >= text.length()) {
      throw new IllegalArgumentException("unexpected end");
    }
    return text.charAt(at);
  }

  private char next() {
    char c = peek();
    at++;
    return c;
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }
}
