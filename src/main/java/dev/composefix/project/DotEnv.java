package dev.composefix.project;

import dev.composefix.compose.Interpolation;
import dev.composefix.text.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@code .env} file read as Compose reads it (compose-go's {@code dotenv} parser): {@code
 * NAME=value} lines, blank lines and {@code #} comments, an optional {@code export}, {@code NAME:
 * value} too; a value in single quotes is literal, one in double quotes knows {@code \n}, {@code
 * \"} and {@code \\}, an unquoted one ends at a {@code #} after a space and is trimmed; unquoted
 * and double-quoted values interpolate variables set above them or in the environment. A name alone
 * takes its value from the environment.
 */
public final class DotEnv {

  /** One variable the file sets, and where: the line and column of its name. */
  public record Entry(String name, String value, Position at) {}

  /** A line Compose would refuse, with where and why. */
  public static final class DotEnvException extends Exception {
    private static final long serialVersionUID = 1L;
    private final Position position;

    DotEnvException(Position position, String message) {
      super(message);
      this.position = position;
    }

    public Position position() {
      return position;
    }
  }

  private final String text;
  private final Function<String, Optional<String>> environment;
  private final List<Entry> entries = new ArrayList<>();
  private int offset;
  private int line = 1;
  private int lineStart;

  private DotEnv(String text, Function<String, Optional<String>> environment) {
    this.text = text;
    this.environment = environment;
  }

  /**
   * The variables a {@code .env} text sets, in order.
   *
   * @param environment the process environment, which values may refer to
   */
  public static List<Entry> parse(String text, Function<String, Optional<String>> environment)
      throws DotEnvException {
    DotEnv reader = new DotEnv(text.startsWith("\uFEFF") ? text.substring(1) : text, environment);
    reader.readAll();
    return List.copyOf(reader.entries);
  }

  private void readAll() throws DotEnvException {
    while (offset < text.length()) {
      skipBlank();
      if (offset >= text.length()) {
        break;
      }
      if (text.charAt(offset) == '#') {
        skipToLineEnd();
        continue;
      }
      if (text.startsWith("export ", offset)) {
        offset += "export ".length();
        skipSpaces();
      }
      readEntry();
    }
  }

  private void readEntry() throws DotEnvException {
    Position at = here();
    int nameStart = offset;
    while (offset < text.length() && isNameChar(text.charAt(offset))) {
      offset++;
    }
    String name = text.substring(nameStart, offset);
    skipSpaces();
    char next = offset < text.length() ? text.charAt(offset) : '\n';
    if (name.isEmpty()
        || next != '=' && next != ':' && next != '\n' && next != '\r' && next != '#') {
      throw new DotEnvException(
          offset < text.length() && !name.isEmpty() ? here() : at,
          "unexpected character '"
              + (offset < text.length() ? String.valueOf(text.charAt(offset)) : "end of file")
              + "' in a variable name; a line reads NAME=value");
    }
    if (next != '=' && next != ':') {
      // A name alone passes the environment's value through, as compose-go does.
      environment.apply(name).ifPresent(value -> entries.add(new Entry(name, value, at)));
      skipToLineEnd();
      return;
    }
    offset++;
    skipSpaces();
    entries.add(new Entry(name, readValue(), at));
  }

  private String readValue() throws DotEnvException {
    if (offset >= text.length()) {
      return "";
    }
    char quote = text.charAt(offset);
    if (quote == '\'' || quote == '"') {
      Position opening = here();
      int close = offset + 1;
      StringBuilder value = new StringBuilder();
      while (close < text.length() && text.charAt(close) != quote) {
        char c = text.charAt(close);
        if (quote == '"' && c == '\\' && close + 1 < text.length()) {
          char escaped = text.charAt(++close);
          value.append(
              switch (escaped) {
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                default -> escaped;
              });
        } else {
          value.append(c);
        }
        close++;
      }
      if (close >= text.length()) {
        throw new DotEnvException(opening, "a value opened with " + quote + " is never closed");
      }
      countLines(offset, close);
      offset = close + 1;
      skipToLineEnd();
      return quote == '"' ? expand(value.toString()) : value.toString();
    }
    int end = offset;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      if (text.charAt(end) == '#' && end > offset && Character.isWhitespace(text.charAt(end - 1))) {
        break;
      }
      end++;
    }
    String value = text.substring(offset, end).strip();
    offset = end;
    skipToLineEnd();
    return expand(value);
  }

  /** Interpolates variables set above, else from the environment; unknown ones become empty. */
  private String expand(String value) {
    Function<String, Optional<String>> lookup =
        name -> {
          for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).name().equals(name)) {
              return Optional.of(entries.get(i).value());
            }
          }
          return environment.apply(name);
        };
    Function<String, Optional<String>> orEmpty = name -> Optional.of(lookup.apply(name).orElse(""));
    return Interpolation.resolve(value, lookup)
        .or(() -> Interpolation.resolve(value, orEmpty))
        .orElse(value);
  }

  private static boolean isNameChar(char c) {
    return c == '_'
        || c == '.'
        || c == '-'
        || c >= 'A' && c <= 'Z'
        || c >= 'a' && c <= 'z'
        || c >= '0' && c <= '9';
  }

  private Position here() {
    return new Position(line, text.codePointCount(lineStart, offset) + 1);
  }

  private void skipSpaces() {
    while (offset < text.length() && (text.charAt(offset) == ' ' || text.charAt(offset) == '\t')) {
      offset++;
    }
  }

  private void skipBlank() {
    while (offset < text.length() && Character.isWhitespace(text.charAt(offset))) {
      newLineAt(offset);
      offset++;
    }
  }

  private void skipToLineEnd() {
    while (offset < text.length() && text.charAt(offset) != '\n' && text.charAt(offset) != '\r') {
      offset++;
    }
  }

  private void countLines(int from, int to) {
    for (int i = from; i < to; i++) {
      newLineAt(i);
    }
  }

  private void newLineAt(int i) {
    char c = text.charAt(i);
    boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
    if (c == '\n' || c == '\r' && !crlf) {
      line++;
      lineStart = i + 1;
    }
  }
}
