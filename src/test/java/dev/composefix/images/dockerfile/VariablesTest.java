package dev.composefix.images.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VariablesTest {

  private static Variables.Result substitute(String text) {
    Map<String, String> values = Map.of("A", "1", "EMPTY", "");
    return Variables.substitute(text, name -> Optional.ofNullable(values.get(name)), '\\');
  }

  @Test
  void formsOfReference() {
    assertEquals(new Variables.Result("1-1-1", List.of()), substitute("$A-${A}-${A:-x}"));
    assertEquals(
        new Variables.Result("x-y-", List.of()), substitute("${B:-x}-${EMPTY:-y}-${EMPTY-z}"));
    assertEquals(new Variables.Result("set-", List.of()), substitute("${A:+set}-${B:+set}"));
    assertEquals(new Variables.Result("a--b", List.of("B", "C")), substitute("a-$B-${C}b"));
    assertEquals(new Variables.Result("$A ${A}", List.of()), substitute("\\$A \\${A}"));
    assertEquals(new Variables.Result("1", List.of()), substitute("${B:-${C:-${A}}}"));
    assertEquals(new Variables.Result("${unclosed", List.of()), substitute("${unclosed"));
    assertEquals(new Variables.Result("$ 5$", List.of()), substitute("$ 5$"));
  }

  @Test
  void nestingDeeperThanTheLimitIsLeftAsWritten() {
    String deep = "${X:-".repeat(40) + "v" + "}".repeat(40);
    int kept = 40 - Variables.MAX_DEPTH;
    assertEquals(
        new Variables.Result("${X:-".repeat(kept) + "v" + "}".repeat(kept), List.of()),
        substitute(deep));
  }
}
