package dev.composefix.yaml;

import dev.composefix.text.SourceText;

/** Reading YAML source text between nodes. */
final class YamlText {

  private YamlText() {}

  /**
   * The offset of the first character from {@code from} that is neither white space nor in a
   * comment.
   */
  static int skipSpaceAndComments(String text, int from, int limit) {
    int i = from;
    while (i < limit) {
      char c = text.charAt(i);
      if (c == '#') {
        while (i < limit && !SourceText.isBreakChar(text.charAt(i))) {
          i++;
        }
      } else if (Character.isWhitespace(c)) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }
}
