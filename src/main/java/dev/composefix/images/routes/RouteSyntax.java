package dev.composefix.images.routes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The route and port syntaxes of the build-context readers, kept as data in {@code
 * route-syntax.txt}: each regular expression written as the regex engine reads it, with a comment
 * that says what it matches, where a Java string literal would double every backslash. The file is
 * read once, when a reader first asks for a pattern, so a Compose file without build contexts never
 * reads it; a malformed line, a duplicate name or a name no line has fails loudly then. Each
 * pattern is compiled when first asked for, so a run compiles only the syntaxes of the languages it
 * meets (a build whose context is missing asks only whether the context is remote); a pattern that
 * does not compile fails then, and {@code RouteSyntaxTest} compiles every one.
 */
final class RouteSyntax {

  static final String RESOURCE = "route-syntax.txt";

  /** In a template, where the name it is made for goes, quoted. */
  static final String NAME = "{name}";

  private static final Pattern LINE = Pattern.compile("([a-z]+\\.[a-z_]+) +(\\S.*)");

  private static final Table TABLE = read();

  private RouteSyntax() {}

  /**
   * The pattern named {@code language.syntax}, the syntax being an enum constant in lower case: a
   * reader keeps its syntaxes as an enum whose constants each take their pattern here.
   */
  static Pattern pattern(String language, Enum<?> syntax) {
    return TABLE.pattern(language + "." + syntax.name().toLowerCase(Locale.ROOT));
  }

  /** The template named {@code language.syntax}, for a pattern made around a name at run time. */
  static Template template(String language, String syntax) {
    return TABLE.template(language + "." + syntax);
  }

  /** A pattern written around {@value #NAME}, which stands for a name known only at run time. */
  record Template(String text) {

    /** The pattern for {@code name}, matched as it is written: its characters mean nothing. */
    Pattern with(String name) {
      return Pattern.compile(text.replace(NAME, Pattern.quote(name)));
    }
  }

  /** A pattern's text as the file writes it, and where. */
  private record Line(String where, String text) {}

  /**
   * The file's patterns, and its templates: the lines with {@value #NAME} in them. Readers on
   * several threads may ask at once (files are checked in parallel), so the compiled patterns are
   * kept in a concurrent map.
   */
  static final class Table {
    private final Map<String, Line> patterns;
    private final Map<String, Line> templates;
    private final Map<String, Pattern> compiled = new ConcurrentHashMap<>();

    private Table(Map<String, Line> patterns, Map<String, Line> templates) {
      this.patterns = patterns;
      this.templates = templates;
    }

    Set<String> patternNames() {
      return patterns.keySet();
    }

    Set<String> templateNames() {
      return templates.keySet();
    }

    /** The pattern of this name, compiled on first use. */
    Pattern pattern(String name) {
      Pattern pattern = compiled.get(name);
      if (pattern != null) {
        return pattern;
      }
      Line line = patterns.get(name);
      if (line == null) {
        throw new IllegalStateException(RESOURCE + " has no pattern named " + name);
      }
      try {
        pattern = Pattern.compile(line.text());
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException(line.where() + name + ": " + e.getDescription(), e);
      }
      Pattern known = compiled.putIfAbsent(name, pattern);
      return known != null ? known : pattern;
    }

    /** The template of this name, tried on a name once so that one that cannot compile fails. */
    Template template(String name) {
      Line line = templates.get(name);
      if (line == null) {
        throw new IllegalStateException(RESOURCE + " has no template named " + name);
      }
      Template template = new Template(line.text());
      try {
        template.with("name");
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException(line.where() + name + ": " + e.getDescription(), e);
      }
      return template;
    }
  }

  private static Table read() {
    try (InputStream in = RouteSyntax.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + " cannot be read", e);
    }
  }

  /** Each named pattern and template of the file's text, not yet compiled. */
  static Table parse(String text) {
    Map<String, Line> patterns = new HashMap<>();
    Map<String, Line> templates = new HashMap<>();
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
      String name = m.group(1);
      if (patterns.containsKey(name) || templates.containsKey(name)) {
        throw new IllegalStateException(where + "a second pattern named " + name);
      }
      (m.group(2).contains(NAME) ? templates : patterns).put(name, new Line(where, m.group(2)));
    }
    return new Table(Map.copyOf(patterns), Map.copyOf(templates));
  }
}
