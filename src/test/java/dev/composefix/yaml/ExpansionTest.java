package dev.composefix.yaml;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.composefix.text.SourceText;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class ExpansionTest {

  private static ParserLimits nodes(int maxExpandedNodes) {
    return new ParserLimits(
        ParserLimits.DEFAULT_MAX_CODE_POINTS, ParserLimits.DEFAULT_MAX_DEPTH, maxExpandedNodes);
  }

  private static ParserLimits depth(int maxDepth) {
    return new ParserLimits(
        ParserLimits.DEFAULT_MAX_CODE_POINTS, maxDepth, ParserLimits.DEFAULT_MAX_EXPANDED_NODES);
  }

  private static String aliases(String name, String target, int count) {
    return name
        + ": &"
        + name
        + " ["
        + String.join(", ", Collections.nCopies(count, "*" + target))
        + "]\n";
  }

  /**
   * A mapping whose values are 11, 111, 1,111, 11,111, 111,111, 1,111,111 and 2,222,223 nodes once
   * expanded; with its own node and its seven keys it stands for 3,456,797 nodes.
   */
  private static final String SEVEN_LEVELS =
      "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
          + aliases("b", "a", 10)
          + aliases("c", "b", 10)
          + aliases("d", "c", 10)
          + aliases("e", "d", 10)
          + aliases("f", "e", 10)
          + aliases("g", "f", 2);

  /**
   * A mapping nesting an alias {@code outer} levels deep to a sequence {@code inner} levels deep.
   */
  private static String nestedThroughAnAlias(int inner, int outer) {
    return "a: &a "
        + "[".repeat(inner)
        + "x"
        + "]".repeat(inner)
        + "\n"
        + "b: "
        + "[".repeat(outer)
        + "*a"
        + "]".repeat(outer)
        + "\n";
  }

  @Test
  void everyAliasCountsAllTheNodesItStandsFor() {
    assertDoesNotThrow(() -> new YamlParser(nodes(3_456_797)).parse(SourceText.of(SEVEN_LEVELS)));
    InvalidYamlException e =
        assertThrows(
            InvalidYamlException.class,
            () -> new YamlParser(nodes(3_456_796)).parse(SourceText.of(SEVEN_LEVELS)));
    assertEquals(
        "aliases here expand to more than 3456796 nodes (an alias bomb?); raise the limit with"
            + " --max-expanded-nodes if the file is genuine",
        e.getMessage());
    assertEquals(0, e.offset());
  }

  @Test
  void anAliasNestsAsDeepAsItsAnchor() {
    // The root mapping, 98 sequences, then the anchored 100 sequences around a scalar: 200 levels.
    assertDoesNotThrow(() -> new YamlParser().parse(SourceText.of(nestedThroughAnAlias(100, 98))));
    String deeper = nestedThroughAnAlias(100, 99);
    InvalidYamlException e =
        assertThrows(
            InvalidYamlException.class, () -> new YamlParser().parse(SourceText.of(deeper)));
    assertEquals(
        "nesting, with aliases expanded, is deeper than 200 levels; raise the limit with"
            + " --max-depth if the file is genuine",
        e.getMessage());
    assertEquals(0, e.offset());
    assertDoesNotThrow(() -> new YamlParser(depth(201)).parse(SourceText.of(deeper)));
  }
}
