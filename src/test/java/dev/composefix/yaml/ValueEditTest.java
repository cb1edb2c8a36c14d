package dev.composefix.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValueEditTest {

  @Test
  void normalizesEditsGivenInAnyOrderJoiningTouchingOnes() {
    assertEquals(
        List.of(ValueEdit.insert(0, "x"), new ValueEdit(6, 8, "y")),
        ValueEdit.normalized(
            List.of(ValueEdit.delete(6, 8), ValueEdit.insert(0, "x"), ValueEdit.insert(8, "y"))));
  }

  @Test
  void refusesOverlappingEditsAndBackwardRanges() {
    assertEquals(
        "value edits ValueEdit[from=0, to=3, replacement=] and ValueEdit[from=2, to=4,"
            + " replacement=] overlap",
        assertThrows(
                IllegalArgumentException.class,
                () -> ValueEdit.normalized(List.of(ValueEdit.delete(2, 4), ValueEdit.delete(0, 3))))
            .getMessage());
    assertEquals(
        "invalid value range [2, 1)",
        assertThrows(IllegalArgumentException.class, () -> ValueEdit.delete(2, 1)).getMessage());
  }

  @Test
  void appliesEditsUpToTheEndOfTheValueAndNoFurther() {
    assertEquals("redis-server", ValueEdit.apply("redis", List.of(ValueEdit.insert(5, "-server"))));
    assertEquals("rex", ValueEdit.apply("redis", List.of(new ValueEdit(2, 5, "x"))));
    assertEquals(
        "range [3, 6) outside a value of length 5",
        assertThrows(
                IllegalArgumentException.class,
                () -> ValueEdit.apply("redis", List.of(ValueEdit.delete(3, 6))))
            .getMessage());
  }
}
