package dev.composefix.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** JSON arrays of strings: a Dockerfile exec form, the HEALTHCHECK test docker inspect prints. */
class JsonArraysTest {

  @Test
  void readsArraysOfStringsWithEscapes() {
    assertEquals(Optional.of(List.of()), JsonArrays.parse("[]"));
    assertEquals(
        Optional.of(List.of("CMD-SHELL", "test \"$(id -u)\" = 0 \\ \n\t/ é <&>")),
        JsonArrays.parse(
            "[\"CMD-SHELL\", \"test \\\"$(id -u)\\\" = 0 \\\\ \\n"
                + "\\t\\/ \\u00e9 \\u003c\\u0026>\"]"));
  }

  @Test
  void refusesAnythingElse() {
    for (String text :
        List.of("", "null", "[", "[\"a\"", "[\"a\",]", "[1]", "{}", "[\"a\"] x", "[\"\\x\"]")) {
      assertEquals(Optional.empty(), JsonArrays.parse(text), text);
    }
  }

  @Test
  void writesArraysForMessages() {
    assertEquals(
        "[\"CMD-SHELL\", \"echo \\\"a\\\\b\\\"\\n\"]",
        JsonArrays.format(List.of("CMD-SHELL", "echo \"a\\b\"\n")));
  }
}
