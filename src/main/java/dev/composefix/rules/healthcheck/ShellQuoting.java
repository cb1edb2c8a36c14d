package dev.composefix.rules.healthcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Writes words as one shell command line that gives back the same words. */
final class ShellQuoting {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

  private ShellQuoting() {}

  /**
   * The words joined with spaces, each quoted when it needs to be: in double quotes when it holds
   * nothing a shell expands there, else in single quotes.
   */
  static String join(List<String> words) {
    List<String> quoted = new ArrayList<>();
    for (String word : words) {
      quoted.add(quote(word));
    }
    return String.join(" ", quoted);
  }

  /**
   * A word that names variables, quoted so that the shell still expands them: plain, or in double
   * quotes; empty when it holds a double quote, a backquote or a backslash.
   */
  static java.util.Optional<String> expanding(String word) {
    if (PLAIN.matcher(word).matches()) {
      return java.util.Optional.of(word);
    }
    if (word.chars().anyMatch(c -> c == '"' || c == '`' || c == '\\')) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of('"' + word + '"');
  }

  static String quote(String word) {
    if (PLAIN.matcher(word).matches()) {
      return word;
    }
    if (word.chars().noneMatch(c -> c == '"' || c == '$' || c == '`' || c == '\\')) {
      return '"' + word + '"';
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
