package dev.composefix.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One word of a shell command line: its text after quote removal (expansions such as {@code $X},
 * {@code ${X:-y}} and {@code $(...)} stay as written), where it stands in the script, and for each
 * character of its text the script offset it was read from, so that part of a word can be edited in
 * place. {@code equals} and {@code hashCode} are written out: a record's generated ones are
 * bootstrapped at run time, which costs start-up on every run.
 */
public final class ShellWord {

  private static final int[] NO_OFFSETS = {};

  private final String text;
  private final String raw;
  private final int start;
  private final int end;
  private final int[] offsets;
  private final boolean quoted;
  private final List<ShellScript> substitutions;

  ShellWord(
      String text,
      String raw,
      int start,
      int end,
      int[] offsets,
      boolean quoted,
      List<ShellScript> substitutions) {
    this.text = text;
    this.raw = raw;
    this.start = start;
    this.end = end;
    this.offsets = offsets;
    this.quoted = quoted;
    this.substitutions = substitutions;
  }

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

  /** The word after quote removal, as the program receives it (variables unexpanded). */
  public String text() {
    return text;
  }

  /** The word as written in the script. */
  public String raw() {
    return raw;
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }

  /** The script offset of each character of {@link #text()}. */
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

  /** The command substitutions inside it, {@code $(...)} and backquotes, in order. */
  public List<ShellScript> substitutions() {
    return substitutions;
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
