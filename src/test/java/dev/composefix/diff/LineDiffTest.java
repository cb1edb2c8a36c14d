package dev.composefix.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineDiffTest {

  private static List<String> lines(String... lines) {
    return List.of(lines);
  }

  /** The old lines with every change carried out, last first so earlier positions hold. */
  private static List<String> apply(
      List<String> before, List<String> after, List<LineDiff.Change> changes) {
    List<String> result = new ArrayList<>(before);
    for (int i = changes.size() - 1; i >= 0; i--) {
      LineDiff.Change change = changes.get(i);
      result.subList(change.oldStart(), change.oldEnd()).clear();
      result.addAll(
          change.oldStart(),
          after.subList(change.newStart(), change.newStart() + change.newCount()));
    }
    return result;
  }

  @Test
  void equalTextsHaveNoChanges() {
    assertEquals(List.of(), LineDiff.between(lines("a\n", "b\n"), lines("a\n", "b\n")));
    assertEquals(List.of(), LineDiff.between(List.of(), List.of()));
  }

  @Test
  void anInsertionAndADeletionAreOneChangeEach() {
    assertEquals(
        List.of(new LineDiff.Change(1, 0, 1, 2)),
        LineDiff.between(lines("a\n", "b\n"), lines("a\n", "x\n", "y\n", "b\n")));
    assertEquals(
        List.of(new LineDiff.Change(0, 1, 0, 0)),
        LineDiff.between(lines("a\n", "b\n"), lines("b\n")));
  }

  @Test
  void changesOnBothSidesOfAnAnchorComeInFileOrder() {
    // "  web:\n" stands once in each text: the parts before and after it are compared apart.
    List<String> before = lines("services:\n", "  db:\n", "    a: 1\n", "  web:\n", "    a: 1\n");
    List<String> after =
        lines("services:\n", "  db:\n", "    a: 2\n", "  web:\n", "    a: 1\n", "    b: 3\n");
    assertEquals(
        List.of(new LineDiff.Change(2, 1, 2, 1), new LineDiff.Change(5, 0, 5, 1)),
        LineDiff.between(before, after));
  }

  @Test
  void linesThatRepeatAreLeftToMyers() {
    List<String> before = lines("x\n", "x\n", "x\n");
    List<String> after = lines("y\n", "x\n", "x\n", "y\n");
    LineDiff diff = LineDiff.of(before, after);
    assertEquals(after, apply(before, after, diff.changes()));
    assertEquals(7, diff.widestCompared());
  }

  @Test
  void manyScatteredChangesAreComparedInSmallParts() {
    // Thousands of fixes over a long file: Myers over the whole of it took time with the product
    // of the length and the number of changes. Each service name is an anchor here.
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      before.add("  s" + i + ":\n");
      before.add("    image: postgres:16\n");
      after.add("  s" + i + ":\n");
      after.add("    image: postgres:16\n");
      after.add("    healthcheck:\n");
      after.add("      test: [\"CMD\", \"pg_isready\"]\n");
    }
    LineDiff diff = LineDiff.of(before, after);
    assertEquals(3000, diff.changes().size());
    assertEquals(after, apply(before, after, diff.changes()));
    assertEquals(0, diff.widestCompared());
  }

  @Test
  void carryingOutTheChangesGivesTheNewText() {
    Random random = new Random(42);
    String[] alphabet = {"a\n", "b\n", "c\n", "  d\n", "e", "\n"};
    for (int round = 0; round < 2000; round++) {
      List<String> before = new ArrayList<>();
      for (int i = random.nextInt(12); i > 0; i--) {
        before.add(
            random.nextInt(3) == 0 ? "u" + random.nextInt(1000) + "\n" : pick(random, alphabet));
      }
      List<String> after = new ArrayList<>(before);
      for (int edits = random.nextInt(5); edits > 0; edits--) {
        int at = after.isEmpty() ? 0 : random.nextInt(after.size() + 1);
        if (random.nextBoolean() || after.isEmpty() || at == after.size()) {
          after.add(at, random.nextBoolean() ? pick(random, alphabet) : "n" + round + "\n");
        } else {
          after.remove(at);
        }
      }
      List<LineDiff.Change> changes = LineDiff.between(before, after);
      assertEquals(after, apply(before, after, changes), before + " -> " + after);
      for (int i = 1; i < changes.size(); i++) {
        // In order and apart: a hunk is written from them in one pass.
        assertTrue(changes.get(i).oldStart() >= changes.get(i - 1).oldEnd());
      }
    }
  }

  private static String pick(Random random, String[] alphabet) {
    return alphabet[random.nextInt(alphabet.length)];
  }
}
