package dev.composefix.images.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The exec form of an instruction: a JSON array of strings. Anything else, as in Docker, means the
 * instruction is in shell form.
 */
final class JsonArray {

  private final String s;
  private int i;

  private JsonArray(String s) {
    this.s = s;
  }

  static Optional<List<String>> parse(String text) {
    String trimmed = text.strip();
    if (!trimmed.startsWith("[") || !trimmed.endsWith("]")) {
      return Optional.empty();
    }
    return new JsonArray(trimmed).read();
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
