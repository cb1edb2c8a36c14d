package dev.composefix.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextEditsTest {

  @Test
  void appliesEditsInAnyOrder() {
    String text = "abcdef";
    List<TextEdit> edits =
        List.of(TextEdit.replace(4, 5, "E"), TextEdit.insert(0, ">"), TextEdit.replace(1, 3, ""));
    assertEquals(">adEf", TextEdits.apply(text, edits));
    assertEquals("abcdef", text);
  }

  @Test
  void emptyEditListGivesTheSameText() {
    assertEquals("same", TextEdits.apply("same", List.of()));
  }

  @Test
  void refusesConflictingEdits() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            TextEdits.apply(
                "abcdef", List.of(TextEdit.replace(1, 4, "x"), TextEdit.replace(3, 5, "y"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> TextEdits.apply("abcdef", List.of(TextEdit.insert(2, "x"), TextEdit.insert(2, "y"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> TextEdits.apply("abc", List.of(TextEdit.replace(2, 4, "x"))));
  }

  @Test
  void conflictRules() {
    TextEdit replace = TextEdit.replace(2, 4, "x");
    assertTrue(replace.conflictsWith(TextEdit.replace(3, 6, "y")));
    assertFalse(replace.conflictsWith(TextEdit.replace(4, 6, "y")));
    assertTrue(
        replace.conflictsWith(TextEdit.insert(4, "y")),
        "an insertion touching a replacement has no defined order");
    assertTrue(TextEdit.insert(2, "a").conflictsWith(TextEdit.insert(2, "b")));
    assertFalse(TextEdit.insert(2, "a").conflictsWith(TextEdit.insert(3, "b")));
  }

  @Test
  void validatesRangesAndInsertions() {
    assertThrows(IllegalArgumentException.class, () -> new TextRange(3, 2));
    assertThrows(IllegalArgumentException.class, () -> new TextRange(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> TextEdit.insert(0, ""));
  }
}
