package dev.composefix.secrets;

import dev.composefix.config.Config;
import dev.composefix.text.TextRange;
import dev.composefix.yaml.YDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one place secret values are hidden in output: by where they stand in a file (for lines of
 * that file, as in a diff), and by their text (for text that is not a slice of the file, such as
 * the new text of an edit). Values shorter than three characters are not masked by text: they would
 * garble every string they occur in, and hide nothing worth hiding.
 */
public final class SecretMask {

  public static final String MASK = "****";
  public static final SecretMask NONE = new SecretMask(List.of(), List.of(), List.of());
  private static final int SHORTEST = 3;

  private final List<TextRange> before;
  private final List<TextRange> after;
  private final List<String> values;

  private SecretMask(List<TextRange> before, List<TextRange> after, List<String> values) {
    this.before = before;
    this.after = after;
    this.values = values;
  }

  /** The secrets of a file before and after its fixes. */
  public static SecretMask of(YDocument original, YDocument fixed, Config.Secrets secrets) {
    List<TextRange> oldSecrets = SecretValues.find(original, secrets);
    List<TextRange> newSecrets = fixed == original ? oldSecrets : SecretValues.find(fixed, secrets);
    Set<String> texts = new LinkedHashSet<>();
    oldSecrets.forEach(range -> texts.add(original.source().slice(range)));
    newSecrets.forEach(range -> texts.add(fixed.source().slice(range)));
    List<String> longestFirst = new ArrayList<>();
    for (String text : texts) {
      if (text.length() >= SHORTEST) {
        longestFirst.add(text);
      }
    }
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    return new SecretMask(
        merged(oldSecrets, original), merged(newSecrets, fixed), List.copyOf(longestFirst));
  }

  /** The ranges sorted and merged, moved by one for a BOM in front of the text. */
  private static List<TextRange> merged(List<TextRange> ranges, YDocument document) {
    int shift = document.source().hasBom() ? 1 : 0;
    List<TextRange> sorted = new ArrayList<>();
    for (TextRange range : ranges) {
      if (!range.isEmpty()) {
        sorted.add(new TextRange(range.start() + shift, range.end() + shift));
      }
    }
    sorted.sort(null);
    List<TextRange> merged = new ArrayList<>();
    for (TextRange range : sorted) {
      TextRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && range.start() <= last.end()) {
        merged.set(
            merged.size() - 1, new TextRange(last.start(), Math.max(last.end(), range.end())));
      } else {
        merged.add(range);
      }
    }
    return List.copyOf(merged);
  }

  /**
   * A line of the original file that starts at {@code offset} (BOM counted), with its secrets
   * masked.
   */
  public String lineBefore(String line, int offset) {
    return mask(maskLine(before, line, offset));
  }

  /**
   * A line of the fixed file that starts at {@code offset} (BOM counted), with its secrets masked.
   */
  public String lineAfter(String line, int offset) {
    return mask(maskLine(after, line, offset));
  }

  /** A text with every secret value in it masked. */
  public String mask(String text) {
    String masked = text;
    for (String value : values) {
      masked = masked.replace(value, MASK);
    }
    return masked;
  }

  private static String maskLine(List<TextRange> ranges, String line, int offset) {
    if (ranges.isEmpty()) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length());
    int content = line.length();
    while (content > 0 && (line.charAt(content - 1) == '\n' || line.charAt(content - 1) == '\r')) {
      content--;
    }
    int cursor = 0;
    for (TextRange range : ranges) {
      int start = Math.max(range.start() - offset, cursor);
      int end = Math.min(range.end() - offset, content);
      if (end <= 0 || start >= line.length() || start >= end) {
        continue;
      }
      out.append(line, cursor, start).append(MASK);
      cursor = end;
    }
    return out.append(line, cursor, line.length()).toString();
  }
}
