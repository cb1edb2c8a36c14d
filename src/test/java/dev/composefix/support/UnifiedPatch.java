package dev.composefix.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a unified diff to a text, strictly: every context and removed line must match, line
 * breaks included, and {@code \ No newline at end of file} is honoured. The tests use it to show
 * that the --dry-run diff gives exactly what --write writes.
 */
public final class UnifiedPatch {

  private static final Pattern HUNK =
      Pattern.compile("@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@.*");

  private UnifiedPatch() {}

  /** The part of a diff of several files that patches one of them; empty when none does. */
  public static String partFor(String diff, String file) {
    String header = "--- a/" + file + "\n";
    int start = diff.startsWith(header) ? 0 : diff.indexOf("\n" + header);
    if (start < 0) {
      return "";
    }
    start = diff.indexOf(header, start);
    int end = diff.indexOf("\n--- a/", start + header.length());
    return end < 0 ? diff.substring(start) : diff.substring(start, end + 1);
  }

  public static String apply(String original, String diff) {
    if (diff.isEmpty()) {
      return original;
    }
    List<String> source = lines(original);
    List<String> patch = lines(diff);
    List<String> result = new ArrayList<>();
    int cursor = 0;
    int i = 0;
    while (i < patch.size() && !patch.get(i).startsWith("@@")) {
      i++;
    }
    while (i < patch.size()) {
      Matcher hunk = HUNK.matcher(strip(patch.get(i)));
      if (!hunk.matches()) {
        throw new IllegalArgumentException("not a hunk header: " + patch.get(i));
      }
      int oldStart = Integer.parseInt(hunk.group(1));
      int oldCount = hunk.group(2) == null ? 1 : Integer.parseInt(hunk.group(2));
      int start = oldCount == 0 ? oldStart : oldStart - 1;
      while (cursor < start) {
        result.add(source.get(cursor++));
      }
      i++;
      while (i < patch.size() && !patch.get(i).startsWith("@@")) {
        String line = patch.get(i);
        String content = line.substring(1);
        if (i + 1 < patch.size() && patch.get(i + 1).startsWith("\\")) {
          content = content.substring(0, content.length() - 1);
          i++;
        }
        switch (line.charAt(0)) {
          case ' ', '-' -> {
            if (cursor >= source.size() || !source.get(cursor).equals(content)) {
              throw new IllegalArgumentException(
                  "the diff does not match the text at line " + (cursor + 1));
            }
            if (line.charAt(0) == ' ') {
              result.add(content);
            }
            cursor++;
          }
          case '+' -> result.add(content);
          default -> throw new IllegalArgumentException("unexpected diff line: " + line);
        }
        i++;
      }
    }
    while (cursor < source.size()) {
      result.add(source.get(cursor++));
    }
    return String.join("", result);
  }

  private static String strip(String line) {
    return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
  }

  /** Splits after each LF, keeping it with its line. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', start)) {
      lines.add(text.substring(start, at + 1));
      start = at + 1;
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }
}
