package dev.composefix.images.routes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
    String name = language + "." + syntax.name().toLowerCase(Locale.ROOT);
    Pattern pattern = TABLE.patterns().get(name);
    if (pattern == null) {
      throw new IllegalStateException(RESOURCE + " has no pattern named " + name);
    }
    return pattern;
  }

  /** The template named {@code language.syntax}, for a pattern made around a name at run time. */
  static Template template(String language, String syntax) {
    String name = language + "." + syntax;
    Template template = TABLE.templates().get(name);
    if (template == null) {
      throw new IllegalStateException(RESOURCE + " has no template named " + name);
    }
    return template;
  }

  /** A pattern written around {@value #NAME}, which stands for a name known only at run time. */
  record Template(String text) {

    /** The pattern for {@code name}, matched as it is written: its characters mean nothing. */
    Pattern with(String name) {
      return Pattern.compile(text.replace(NAME, Pattern.quote(name)));
    }
  }

  /** The file's patterns, and its templates: the lines with {@value #NAME} in them. */
  record Table(Map<String, Pattern> patterns, Map<String, Template> templates) {}

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

  /** Each named pattern and template of the file's text, compiled or, for a template, tried. */
  static Table parse(String text) {
    Map<String, Pattern> patterns = new HashMap<>();
    Map<String, Template> templates = new HashMap<>();
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
      try {
        if (m.group(2).contains(NAME)) {
          Template template = new Template(m.group(2));
          template.with("name");
          templates.put(name, template);
        } else {
          patterns.put(name, Pattern.compile(m.group(2)));
        }
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException(where + name + ": " + e.getDescription(), e);
      }
    }
    return new Table(Map.copyOf(patterns), Map.copyOf(templates));
  }
}
