package dev.composefix.diff;

import dev.composefix.secrets.SecretMask;
import dev.composefix.text.BackslashEscapes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a unified diff that {@code patch -p1} and {@code git apply} accept. Lines keep their own
 * line breaks, so a CRLF file gives a CRLF diff body, and a last line without a break is followed
 * by {@code \ No newline at end of file}. {@link LineDiff} finds the changes; the hunks are written
 * here because java-diff-utils' writer drops line breaks.
 */
public final class UnifiedDiff {

  private static final int CONTEXT = 3;
  private static final String NO_NEWLINE = "\\ No newline at end of file\n";

  private UnifiedDiff() {}

  /**
   * The diff from {@code before} to {@code after} for a file shown as {@code path}; empty when the
   * texts are equal. Texts are as in the file, byte-order mark included.
   */
  public static String render(String path, String before, String after) {
    return render(path, before, after, SecretMask.NONE);
  }

  /** The same, with the secrets of each text shown as {@code ****}. */
  public static String render(String path, String before, String after, SecretMask mask) {
    if (before.equals(after)) {
      return "";
    }
    List<String> oldLines = lines(before);
    List<String> newLines = lines(after);
    Printer printer = new Printer(offsets(oldLines), offsets(newLines), mask);
    List<LineDiff.Change> changes = LineDiff.between(oldLines, newLines);
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(header("a/" + path)).append('\n');
    out.append("+++ ").append(header("b/" + path)).append('\n');
    int i = 0;
    while (i < changes.size()) {
      int j = i;
      while (j + 1 < changes.size()
          && changes.get(j + 1).oldStart() - changes.get(j).oldEnd() <= 2 * CONTEXT) {
        j++;
      }
      hunk(out, changes.subList(i, j + 1), oldLines, newLines, printer);
      i = j + 1;
    }
    return out.toString();
  }

  private static void hunk(
      StringBuilder out,
      List<LineDiff.Change> changes,
      List<String> oldLines,
      List<String> newLines,
      Printer printer) {
    LineDiff.Change first = changes.get(0);
    LineDiff.Change last = changes.get(changes.size() - 1);
    int oldStart = Math.max(0, first.oldStart() - CONTEXT);
    int oldEnd = Math.min(oldLines.size(), last.oldEnd() + CONTEXT);
    int newStart = first.newStart() - (first.oldStart() - oldStart);
    int newCount = oldEnd - oldStart;
    for (LineDiff.Change change : changes) {
      newCount += change.newCount() - change.oldCount();
    }
    out.append("@@ -")
        .append(range(oldStart, oldEnd - oldStart))
        .append(" +")
        .append(range(newStart, newCount))
        .append(" @@\n");
    int cursor = oldStart;
    for (LineDiff.Change change : changes) {
      for (; cursor < change.oldStart(); cursor++) {
        printer.old(out, ' ', cursor, oldLines.get(cursor));
      }
      for (int k = change.oldStart(); k < change.oldEnd(); k++) {
        printer.old(out, '-', k, oldLines.get(k));
      }
      for (int k = change.newStart(); k < change.newStart() + change.newCount(); k++) {
        printer.added(out, k, newLines.get(k));
      }
      cursor = change.oldEnd();
    }
    for (; cursor < oldEnd; cursor++) {
      printer.old(out, ' ', cursor, oldLines.get(cursor));
    }
  }

  /** Writes diff lines, masking each with the masks of the text it comes from. */
  private record Printer(int[] oldOffsets, int[] newOffsets, SecretMask mask) {

    void old(StringBuilder out, char prefix, int index, String text) {
      line(out, prefix, mask.lineBefore(text, oldOffsets[index]));
    }

    void added(StringBuilder out, int index, String text) {
      line(out, '+', mask.lineAfter(text, newOffsets[index]));
    }
  }

  private static int[] offsets(List<String> lines) {
    int[] offsets = new int[lines.size()];
    int offset = 0;
    for (int i = 0; i < lines.size(); i++) {
      offsets[i] = offset;
      offset += lines.get(i).length();
    }
    return offsets;
  }

  private static void line(StringBuilder out, char prefix, String text) {
    out.append(prefix).append(text);
    if (!text.endsWith("\n")) {
      out.append('\n').append(NO_NEWLINE);
    }
  }

  /**
   * GNU style: {@code start,count}, the count left out when it is 1; an empty range names the line
   * before.
   */
  private static String range(int start, int count) {
    if (count == 0) {
      return start + ",0";
    }
    return count == 1 ? String.valueOf(start + 1) : (start + 1) + "," + count;
  }

  /** Splits after each LF, keeping it (and any CR before it) with its line. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.add(text.substring(start, i + 1));
      start = i + 1;
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /**
   * A file name as git writes it in a diff header: as it is, or, when it holds a quote, a
   * backslash, a control character or a line break, in double quotes with C escapes, which {@code
   * git apply} and GNU {@code patch} both read.
   */
  static String header(String name) {
    boolean plain = true;
    for (int i = 0; i < name.length() && plain; i++) {
      char c = name.charAt(i);
      plain = c >= 0x20 && c != 0x7F && c != '"' && c != '\\';
    }
    if (plain) {
      return name;
    }
    // Git escapes bytes, not characters: each byte of the UTF-8 name becomes one char here.
    String bytes = new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    return '"'
        + BackslashEscapes.escape(
            bytes, c -> c < 0x20 || c >= 0x7F ? String.format("\\%03o", (int) c) : null)
        + '"';
  }
}
