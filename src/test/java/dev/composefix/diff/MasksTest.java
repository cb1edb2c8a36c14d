package dev.composefix.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.text.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class MasksTest {

  @Test
  void masksRangesInsideALine() {
    Masks masks = Masks.of(List.of(new TextRange(10, 16), new TextRange(30, 34)), 0);
    assertEquals("- DB_PW=****\n", masks.apply("- DB_PW=hunter\n", 2));
    assertEquals("no secret here\n", masks.apply("no secret here\n", 40));
  }

  @Test
  void mergesOverlappingRangesAndShiftsForABom() {
    Masks masks = Masks.of(List.of(new TextRange(3, 6), new TextRange(5, 9), new TextRange(2, 2)), 1);
    assertEquals("abcd****k", masks.applyTo("abcdefghijk"));
  }

  @Test
  void neverMasksALineBreak() {
    Masks masks = Masks.of(List.of(new TextRange(2, 40)), 0);
    assertEquals("a ****\r\n", masks.apply("a secret\r\n", 0));
    assertEquals("****\n", masks.apply("continued\n", 10));
  }

  @Test
  void aDiffShowsMaskedSecretsOnBothSides() {
    String before = "env:\n  - PW=${PW:-hunter2}\n  - USER=app\n";
    String after = "env:\n  - PW=${PW:?PW is required}\n  - USER=app\n";
    int start = before.indexOf("hunter2");
    assertEquals("--- a/x.yml\n+++ b/x.yml\n@@ -1,3 +1,3 @@\n env:\n-  - PW=${PW:-****}\n+  - PW=${PW:?PW is required}\n   - USER=app\n",
        UnifiedDiff.render("x.yml", before, after, Masks.of(List.of(new TextRange(start, start + 7)), 0), Masks.NONE));
  }
}
