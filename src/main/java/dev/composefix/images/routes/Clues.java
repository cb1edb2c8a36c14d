package dev.composefix.images.routes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts one of which every match of a pattern holds, such as {@code Route(} for a Starlette route.
 * A file that holds none of them cannot match, so it is not searched: {@code String.contains} runs
 * over a file far faster than a pattern that starts with a word boundary or a group, which the
 * regex engine tries at every character. Patterns whose matches share no text have no clues and
 * always search. {@code CluesTest} checks every match over the build contexts of the test corpus.
 */
final class Clues {

  private static final Clues NONE = new Clues(List.of());

  /** Matches nothing: what a file without any clue is searched with. */
  private static final String NOTHING = "";

  private final List<String> texts;

  private Clues(List<String> texts) {
    this.texts = texts;
  }

  static Clues of(String... texts) {
    return texts.length == 0 ? NONE : new Clues(List.of(texts));
  }

  List<String> texts() {
    return texts;
  }

  /** Whether the text holds one of the clues, or there are none. */
  boolean mayMatch(String text) {
    if (texts.isEmpty()) {
      return true;
    }
    for (String clue : texts) {
      if (text.contains(clue)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A matcher of the pattern over the text, or over an empty text when the text holds no clue: a
   * pattern with clues needs their characters, so it finds nothing there.
   */
  Matcher matcher(Pattern pattern, String text) {
    return pattern.matcher(mayMatch(text) ? text : NOTHING);
  }
}
