package dev.composefix.yaml;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.support.Yaml;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeStartsTest {

  private static final String TEXT = "a:\n  b: 1\n  c: [2, 3]\nd:\n  e: 4\n";

  @Test
  void aCollectionHoldsTheNodesWrittenInsideIt() {
    YDocument document = Yaml.parse(TEXT);
    NodeStarts three =
        NodeStarts.of(List.of(((YSequence) Yaml.at(document, "a.c")).items().get(1)));
    assertTrue(three.anyWithin(Yaml.at(document, "a")));
    assertTrue(three.anyWithin(Yaml.at(document, "a.c")));
    assertFalse(three.anyWithin(Yaml.at(document, "d")));
    assertTrue(three.anyWithin(document.root().orElseThrow()));
  }

  @Test
  void aNodeStandsWithinItselfAndNotWithinWhatFollowsIt() {
    YDocument document = Yaml.parse(TEXT);
    YNode b = Yaml.at(document, "a.b");
    NodeStarts starts = NodeStarts.of(List.of(b));
    assertTrue(starts.anyWithin(b));
    assertFalse(starts.anyWithin(Yaml.at(document, "a.c")));
    assertFalse(NodeStarts.of(List.of()).anyWithin(Yaml.at(document, "a")));
  }
}
