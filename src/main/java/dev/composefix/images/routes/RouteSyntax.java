package dev.composefix.images.routes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The route and port syntaxes of the build-context readers, kept as data in {@code
 * route-syntax.txt}: each regular expression written as the regex engine reads it, with a comment
 * that says what it matches, where a Java string literal would double every backslash. The file is
 * read once, when a reader first asks for a pattern, so a Compose file without build contexts never
 * reads it; a malformed line, a duplicate name or a name no line has fails loudly then.
 */
final class RouteSyntax {

  static final String RESOURCE = "route-syntax.txt";

  private static final Pattern LINE = Pattern.compile("([a-z]+\\.[a-z_]+) +(\\S.*)");

  private static final Map<String, Pattern> PATTERNS = read();

  private RouteSyntax() {}

  /**
   * The pattern named {@code language.syntax}, the syntax being an enum constant in lower case: a
   * reader keeps its syntaxes as an enum whose constants each take their pattern here.
   */
  static Pattern pattern(String language, Enum<?> syntax) {
    String name = language + "." + syntax.name().toLowerCase(Locale.ROOT);
    Pattern pattern = PATTERNS.get(name);
    if (pattern == null) {
      throw new IllegalStateException(RESOURCE + " has no pattern named " + name);
    }
    return pattern;
  }

  private static Map<String, Pattern> read() {
    try (InputStream in = RouteSyntax.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + " cannot be read", e);
    }
  }

  /** Each named pattern of the file's text, compiled. */
  static Map<String, Pattern> parse(String text) {
    Map<String, Pattern> patterns = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    for (int row = 0; row < lines.length; row++) {
      String line = lines[row];
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = RESOURCE + ":" + (row + 1) + ": ";
      Matcher m = LINE.matcher(line);
      // Trailing white space would silently become part of the pattern.
      if (!m.matches() || line.strip().length() != line.length()) {
        throw new IllegalStateException(where + "not a name, spaces and a pattern: " + line);
      }
      try {
        if (patterns.put(m.group(1), Pattern.compile(m.group(2))) != null) {
          throw new IllegalStateException(where + "a second pattern named " + m.group(1));
        }
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException(where + m.group(1) + ": " + e.getDescription(), e);
      }
    }
    return Map.copyOf(patterns);
  }
}
