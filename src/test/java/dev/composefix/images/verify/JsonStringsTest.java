package dev.composefix.images.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The HEALTHCHECK test as docker inspect writes it, and the image config line around it. */
class JsonStringsTest {

  @Test
  void readsNullAndArraysOfStringsWithEscapes() {
    assertEquals(Optional.empty(), JsonStrings.parse("null\n"));
    assertEquals(Optional.of(List.of()), JsonStrings.parse("[]"));
    assertEquals(
        Optional.of(List.of("CMD-SHELL", "test \"$(id -u)\" = 0 \\ \n\t/ é <&>")),
        JsonStrings.parse(
            "[\"CMD-SHELL\", \"test \\\"$(id -u)\\\" = 0 \\\\ \\n"
                + "\\t\\/ \\u00e9 \\u003c\\u0026>\"]"));
  }

  @Test
  void refusesAnythingElse() {
    for (String text :
        List.of("", "[", "[\"a\"", "[\"a\",]", "[1]", "{}", "[\"a\"] x", "[\"\\x\"]")) {
      assertThrows(IllegalArgumentException.class, () -> JsonStrings.parse(text), text);
    }
  }

  @Test
  void writesArraysForMessages() {
    assertEquals(
        "[\"CMD-SHELL\", \"echo \\\"a\\\\b\\\"\\n\"]",
        JsonStrings.format(List.of("CMD-SHELL", "echo \"a\\b\"\n")));
  }

  @Test
  void readsTheInspectLine() {
    assertEquals(
        Optional.of(new ImageConfig("arm64", Optional.of(List.of("CMD", "healthcheck")))),
        ImageConfig.parse("arm64 [\"CMD\",\"healthcheck\"]\n"));
    assertEquals(
        Optional.of(new ImageConfig("amd64", Optional.empty())), ImageConfig.parse("amd64 null"));
    // HEALTHCHECK NONE turns an inherited check off: the image declares none.
    assertEquals(
        Optional.of(new ImageConfig("amd64", Optional.empty())),
        ImageConfig.parse("amd64 [\"NONE\"]"));
    assertEquals(Optional.empty(), ImageConfig.parse("amd64"));
    assertEquals(Optional.empty(), ImageConfig.parse("template: :1: unexpected"));
  }
}
