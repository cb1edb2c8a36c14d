package dev.composefix.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One word of a shell command line, where it stands in the script, and for each character of its
 * text the script offset it was read from, so that part of a word can be edited in place. Two words
 * are equal when their text, source and place are: {@code equals} and {@code hashCode} are written
 * out, because the generated ones would compare the offset arrays by reference, and are
 * bootstrapped at run time, which costs start-up.
 *
 * @param text the word after quote removal, as the program receives it (expansions such as {@code
 *     $X}, {@code ${X:-y}} and {@code $(...)} stay as written)
 * @param raw the word as written in the script
 * @param offsets the script offset of each character of the text
 * @param quoted whether any part of it was quoted or escaped
 * @param substitutions the command substitutions inside it, {@code $(...)} and backquotes
 */
public record ShellWord(
    String text,
    String raw,
    int start,
    int end,
    int[] offsets,
    boolean quoted,
    List<ShellScript> substitutions) {

  private static final int[] NO_OFFSETS = {};

  /**
   * A word that stands for an item of an exec list, {@code ["CMD", "curl", ...]}: its start and end
   * are its index in the list and the index after it.
   */
  public static ShellWord argument(String value, int index) {
    return new ShellWord(value, value, index, index + 1, NO_OFFSETS, false, List.of());
  }

  /** A word a fix writes: plain text with no place in any source. */
  public static ShellWord literal(String text) {
    return new ShellWord(text, text, -1, -1, NO_OFFSETS, false, List.of());
  }

  /** The script offset of each character of {@link #text()}. */
  @Override
  public int[] offsets() {
    return offsets.clone();
  }

  /** The script offset of character {@code index} of {@link #text()}. */
  public int offsetOf(int index) {
    return offsets[index];
  }

  /** Whether any part of it was quoted or escaped. */
  public boolean isQuoted() {
    return quoted;
  }

  /**
   * Whether the characters {@code [from, to)} of the text are written side by side in the script.
   */
  public boolean isContiguous(int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (offsets[i] != offsets[i - 1] + 1) {
        return false;
      }
    }
    return true;
  }

  /** The program name a word calls: {@code curl} for {@code /usr/bin/curl}. */
  public static String baseName(String program) {
    return program.substring(program.lastIndexOf('/') + 1);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ShellWord word
        && start == word.start
        && end == word.end
        && text.equals(word.text)
        && raw.equals(word.raw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, raw, start, end);
  }

  @Override
  public String toString() {
    return "ShellWord[" + text + " @" + start + ".." + end + " " + Arrays.toString(offsets) + "]";
  }
}
