package dev.composefix.text;

import java.util.ArrayList;
import java.util.List;

/** Applies a set of non-conflicting edits to a text in one go. */
public final class TextEdits {

  private TextEdits() {}

  /**
   * Returns {@code text} with every edit applied. The edits must lie inside the text and must not
   * conflict with each other; violating either is a programming error.
   */
  public static String apply(String text, List<TextEdit> edits) {
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(null);
    StringBuilder out = new StringBuilder(text.length() + 64);
    int cursor = 0;
    TextEdit previous = null;
    for (TextEdit edit : sorted) {
      if (edit.end() > text.length()) {
        throw new IllegalArgumentException(
            "edit " + edit.range() + " lies outside a text of length " + text.length());
      }
      if (previous != null && previous.conflictsWith(edit)) {
        throw new IllegalArgumentException(
            "edits " + previous.range() + " and " + edit.range() + " conflict");
      }
      out.append(text, cursor, edit.start()).append(edit.replacement());
      cursor = edit.end();
      previous = edit;
    }
    return out.append(text, cursor, text.length()).toString();
  }
}
