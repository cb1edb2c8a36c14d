package dev.composefix.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds Compose variable references in a string: {@code ${NAME}}, {@code ${NAME:-default}}, {@code
 * ${NAME-default}}, {@code ${NAME:?error}}, {@code ${NAME?error}}, {@code ${NAME:+alt}}, {@code
 * ${NAME+alt}} and bare {@code $NAME}. {@code $$} is an escaped dollar and never a reference.
 * Defaults may nest further references.
 */
public final class Interpolation {

  /**
   * One reference in the string.
   *
   * @param start offset of its {@code $}
   * @param end offset just past it
   * @param name the variable name
   * @param operator {@code :-}, {@code -}, {@code :?}, {@code ?}, {@code :+}, {@code +}, or empty
   * @param argumentStart offset of the text after the operator (the default, message or
   *     alternative)
   * @param argumentEnd offset of the closing brace; equal to {@code argumentStart} without an
   *     operator
   */
  public record Reference(
      int start, int end, String name, String operator, int argumentStart, int argumentEnd) {

    public boolean hasDefault() {
      return operator.equals(":-") || operator.equals("-");
    }

    public boolean isRequired() {
      return operator.equals(":?") || operator.equals("?");
    }

    public String argument(String text) {
      return text.substring(argumentStart, argumentEnd);
    }

    /** Whether the text after the operator is empty, as in {@code ${NAME:-}}. */
    public boolean hasEmptyArgument() {
      return argumentStart == argumentEnd;
    }

    /** The same reference with every offset moved by {@code by}. */
    public Reference shifted(int by) {
      return new Reference(
          start + by, end + by, name, operator, argumentStart + by, argumentEnd + by);
    }
  }

  private static final String[] OPERATORS = {":-", ":?", ":+", "-", "?", "+"};

  private Interpolation() {}

  /**
   * The top-level references in order; references nested in a default are found by parsing the
   * default.
   */
  public static List<Reference> references(String text) {
    List<Reference> references = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int dollar = text.indexOf('$', i);
      if (dollar < 0 || dollar + 1 >= text.length()) {
        break;
      }
      char next = text.charAt(dollar + 1);
      if (next == '$') {
        i = dollar + 2;
      } else if (next == '{') {
        Optional<Reference> braced = braced(text, dollar);
        if (braced.isPresent()) {
          references.add(braced.get());
          i = braced.get().end();
        } else {
          i = dollar + 2;
        }
      } else if (isNameStart(next)) {
        int end = dollar + 2;
        while (end < text.length() && isNamePart(text.charAt(end))) {
          end++;
        }
        references.add(new Reference(dollar, end, text.substring(dollar + 1, end), "", end, end));
        i = end;
      } else {
        i = dollar + 1;
      }
    }
    return references;
  }

  /**
   * The top-level references in the part {@code [from, to)} of the text, with offsets into the
   * whole text.
   */
  public static List<Reference> references(String text, int from, int to) {
    List<Reference> references = references(text.substring(from, to));
    List<Reference> shifted = new ArrayList<>(references.size());
    for (Reference reference : references) {
      shifted.add(reference.shifted(from));
    }
    return shifted;
  }

  /** The references nested in a reference's argument (its default, message or alternative). */
  public static List<Reference> nested(String text, Reference reference) {
    return references(text, reference.argumentStart(), reference.argumentEnd());
  }

  /**
   * {@code ${NAME:?NAME is required}}: a reference that stops Compose when the variable is unset or
   * empty.
   */
  public static String required(String name) {
    return "${" + name + ":?" + name + " is required}";
  }

  /** Whether the string refers to any variable. */
  public static boolean hasReference(String text) {
    return !references(text).isEmpty();
  }

  private static Optional<Reference> braced(String text, int dollar) {
    int nameStart = dollar + 2;
    int nameEnd = nameStart;
    while (nameEnd < text.length() && isNamePart(text.charAt(nameEnd))) {
      nameEnd++;
    }
    if (nameEnd == nameStart || !isNameStart(text.charAt(nameStart))) {
      return Optional.empty();
    }
    String operator = "";
    for (String candidate : OPERATORS) {
      if (text.startsWith(candidate, nameEnd)) {
        operator = candidate;
        break;
      }
    }
    int argumentStart = nameEnd + operator.length();
    int depth = 1;
    int i = argumentStart;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
        i += 2;
        continue;
      }
      if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        depth++;
        i += 2;
        continue;
      }
      if (c == '}' && --depth == 0) {
        if (operator.isEmpty() && i != nameEnd) {
          return Optional.empty();
        }
        return Optional.of(
            new Reference(
                dollar, i + 1, text.substring(nameStart, nameEnd), operator, argumentStart, i));
      }
      i++;
    }
    return Optional.empty();
  }

  private static boolean isNameStart(char c) {
    return c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || c >= '0' && c <= '9';
  }

  /**
   * The text as Compose reads it when no variable is set: every variable replaced by its default
   * ({@code ${A:-x}} and {@code ${A-x}}, nested defaults included) and {@code $$} by {@code $};
   * empty when a variable has no default, so its value is unknown.
   */
  public static Optional<String> withDefaults(String text) {
    return substitute(text, null);
  }

  /**
   * The text as Compose interpolates it with these variables ({@code lookup} gives a variable's
   * value, or empty when it is unset): {@code ${X:-d}} and {@code ${X-d}} fall back to their
   * default when X is unset (or, with the colon, empty), {@code ${X:+r}} and {@code ${X+r}} give r
   * when it is set (non-empty), and {@code $$} is a dollar. Empty when the value is unknown: a
   * variable that is unset without a default, or a required one ({@code ${X:?e}}) that is unset,
   * where Compose would refuse to start.
   */
  public static Optional<String> resolve(String text, Function<String, Optional<String>> lookup) {
    return substitute(text, lookup);
  }

  private static Optional<String> resolve(
      String text, Reference reference, Function<String, Optional<String>> lookup) {
    Optional<String> value = lookup.apply(reference.name());
    boolean colon = reference.operator().startsWith(":");
    boolean given = value.isPresent() && !(colon && value.get().isEmpty());
    if (reference.hasDefault()) {
      return given ? value : resolve(reference.argument(text), lookup);
    }
    if (reference.operator().endsWith("+")) {
      return given ? resolve(reference.argument(text), lookup) : Optional.of("");
    }
    return given ? value : Optional.empty();
  }

  /**
   * The text with each reference replaced by its value, and {@code $$} by {@code $}; empty as soon
   * as a reference has no value. With no {@code lookup} a reference's value is its default, as
   * {@link #withDefaults} reads it.
   */
  private static Optional<String> substitute(
      String text, Function<String, Optional<String>> lookup) {
    StringBuilder out = new StringBuilder();
    int cursor = 0;
    for (Reference reference : references(text)) {
      Optional<String> replaced;
      if (lookup != null) {
        replaced = resolve(text, reference, lookup);
      } else {
        replaced =
            reference.hasDefault() ? withDefaults(reference.argument(text)) : Optional.empty();
      }
      if (replaced.isEmpty()) {
        return Optional.empty();
      }
      out.append(text.substring(cursor, reference.start()).replace("$$", "$"))
          .append(replaced.get());
      cursor = reference.end();
    }
    return Optional.of(out.append(text.substring(cursor).replace("$$", "$")).toString());
  }

  /**
   * Whether Compose can interpolate a variable of this name: a letter or underscore, then letters,
   * digits and underscores. {@code xpack.security.http.ssl.key} is an environment key, not one.
   */
  public static boolean isVariableName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }
}
