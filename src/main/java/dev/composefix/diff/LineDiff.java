package dev.composefix.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines that differ between two texts, as changes in file order.
 *
 * <p>java-diff-utils' Myers algorithm takes time that grows with the length of the texts times the
 * number of changes, and a dry run over a large stack makes thousands: 1,500 services spent seconds
 * there. So, as patience diff does, the texts are first cut at anchors, lines that stand exactly
 * once in each part and in the same order, and Myers compares only what lies between two anchors. A
 * part with no such line goes to Myers whole; lines that are the same at the start and the end of a
 * part are never compared by it.
 */
final class LineDiff {

  /**
   * Lines {@code [oldStart, oldStart + oldCount)} of the old text become lines {@code [newStart,
   * newStart + newCount)} of the new one; either count may be zero.
   */
  record Change(int oldStart, int oldCount, int newStart, int newCount) {

    int oldEnd() {
      return oldStart + oldCount;
    }
  }

  /**
   * A part still to compare: old lines {@code [oldFrom, oldTo)} against new {@code [newFrom,
   * newTo)}.
   */
  private record Part(int oldFrom, int oldTo, int newFrom, int newTo) {}

  private final List<String> before;
  private final List<String> after;
  private final List<Change> changes = new ArrayList<>();
  private int widestCompared;

  private LineDiff(List<String> before, List<String> after) {
    this.before = before;
    this.after = after;
  }

  static List<Change> between(List<String> before, List<String> after) {
    return of(before, after).changes;
  }

  /** The comparison itself, with what it handed to Myers. */
  static LineDiff of(List<String> before, List<String> after) {
    LineDiff diff = new LineDiff(before, after);
    diff.run();
    return diff;
  }

  List<Change> changes() {
    return changes;
  }

  /** The most lines, old and new together, that one call of Myers compared; 0 for none. */
  int widestCompared() {
    return widestCompared;
  }

  private void run() {
    // The first part on top: parts are cut left to right and their changes come out in order.
    Deque<Part> pending = new ArrayDeque<>();
    pending.push(new Part(0, before.size(), 0, after.size()));
    while (!pending.isEmpty()) {
      Part part = pending.pop();
      int oldFrom = part.oldFrom();
      int oldTo = part.oldTo();
      int newFrom = part.newFrom();
      int newTo = part.newTo();
      while (oldFrom < oldTo && newFrom < newTo && before.get(oldFrom).equals(after.get(newFrom))) {
        oldFrom++;
        newFrom++;
      }
      while (oldFrom < oldTo
          && newFrom < newTo
          && before.get(oldTo - 1).equals(after.get(newTo - 1))) {
        oldTo--;
        newTo--;
      }
      if (oldFrom == oldTo || newFrom == newTo) {
        if (oldFrom < oldTo || newFrom < newTo) {
          changes.add(new Change(oldFrom, oldTo - oldFrom, newFrom, newTo - newFrom));
        }
        continue;
      }
      int[][] anchors = anchors(oldFrom, oldTo, newFrom, newTo);
      if (anchors.length == 0) {
        compareLineByLine(oldFrom, oldTo, newFrom, newTo);
        continue;
      }
      // The gaps between anchors, pushed last first so that the first is taken next.
      int oldEnd = oldTo;
      int newEnd = newTo;
      for (int i = anchors.length - 1; i >= 0; i--) {
        pending.push(new Part(anchors[i][0] + 1, oldEnd, anchors[i][1] + 1, newEnd));
        oldEnd = anchors[i][0];
        newEnd = anchors[i][1];
      }
      pending.push(new Part(oldFrom, oldEnd, newFrom, newEnd));
    }
  }

  /**
   * The lines of the part that stand exactly once in its old lines and once in its new ones, as
   * pairs of old and new index, in the longest run whose order agrees in both texts.
   */
  private int[][] anchors(int oldFrom, int oldTo, int newFrom, int newTo) {
    // Per line: times in the old part, times in the new part, and its index in each.
    Map<String, int[]> seen = new HashMap<>();
    for (int i = oldFrom; i < oldTo; i++) {
      int[] counts = seen.get(before.get(i));
      if (counts == null) {
        counts = new int[4];
        seen.put(before.get(i), counts);
      }
      counts[0]++;
      counts[2] = i;
    }
    for (int j = newFrom; j < newTo; j++) {
      int[] counts = seen.get(after.get(j));
      if (counts != null) {
        counts[1]++;
        counts[3] = j;
      }
    }
    List<int[]> unique = new ArrayList<>();
    for (int i = oldFrom; i < oldTo; i++) {
      int[] counts = seen.get(before.get(i));
      if (counts[0] == 1 && counts[1] == 1) {
        unique.add(new int[] {i, counts[3]});
      }
    }
    return longestAgreeingRun(unique);
  }

  /**
   * The longest subsequence of pairs, taken in old order, whose new indexes increase: patience
   * sorting, each pair placed on the leftmost pile whose top has a new index not below its own.
   */
  private static int[][] longestAgreeingRun(List<int[]> pairs) {
    int[] tops = new int[pairs.size()];
    int[] previous = new int[pairs.size()];
    int piles = 0;
    for (int k = 0; k < pairs.size(); k++) {
      int newIndex = pairs.get(k)[1];
      int low = 0;
      int high = piles;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (pairs.get(tops[middle])[1] < newIndex) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      previous[k] = low > 0 ? tops[low - 1] : -1;
      tops[low] = k;
      if (low == piles) {
        piles++;
      }
    }
    int[][] run = new int[piles][];
    for (int k = piles == 0 ? -1 : tops[piles - 1], i = piles - 1; k >= 0; k = previous[k], i--) {
      run[i] = pairs.get(k);
    }
    return run;
  }

  /** Myers over a part with no anchor, its changes moved to the part's place in the texts. */
  private void compareLineByLine(int oldFrom, int oldTo, int newFrom, int newTo) {
    widestCompared = Math.max(widestCompared, oldTo - oldFrom + newTo - newFrom);
    for (AbstractDelta<String> delta :
        DiffUtils.diff(before.subList(oldFrom, oldTo), after.subList(newFrom, newTo)).getDeltas()) {
      changes.add(
          new Change(
              oldFrom + delta.getSource().getPosition(),
              delta.getSource().size(),
              newFrom + delta.getTarget().getPosition(),
              delta.getTarget().size()));
    }
  }
}
