package dev.composefix.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.composefix.support.Yaml;
import org.junit.jupiter.api.Test;

class IndentStyleTest {

  private static IndentStyle detect(String yaml) {
    return Yaml.parse(yaml).indentStyle();
  }

  @Test
  void aFileWithoutContentHasTheDefaultStyle() {
    assertEquals(IndentStyle.DEFAULT, detect("# nothing yet\n"));
  }

  @Test
  void readsTheColumnsFromADashToItsItem() {
    String yaml =
        """
        services:
          web:
            command:
              -   run
              -   --fast
        """;
    assertEquals(new IndentStyle(2, 2, 4), detect(yaml));
  }

  @Test
  void readsSequencesWrittenFlushWithTheirKey() {
    assertEquals(new IndentStyle(2, 0, 4), detect("command:\n-   run\n-   --fast\n"));
  }

  @Test
  void theMostCommonLayoutWins() {
    String yaml =
        """
        a:
          b: 1
        c:
          d: 1
        e:
            f: 1
        command:
          - run
          - --fast
          -   --verbose
        """;
    assertEquals(new IndentStyle(2, 2, 2), detect(yaml));
  }

  @Test
  void aTieGoesToTheNarrowerLayout() {
    assertEquals(new IndentStyle(2, 2, 2), detect("a:\n  b: 1\nc:\n    d: 1\n"));
    assertEquals(new IndentStyle(2, 2, 2), detect("- run\n-   --fast\n"));
  }

  @Test
  void indentationsFromOneToSixteenColumnsCount() {
    assertEquals(new IndentStyle(1, 1, 2), detect("a:\n b: 1\n"));
    assertEquals(new IndentStyle(16, 16, 2), detect("a:\n" + " ".repeat(16) + "b: 1\n"));
    assertEquals(IndentStyle.DEFAULT, detect("a:\n" + " ".repeat(17) + "b: 1\n"));
  }

  @Test
  void aDocumentIsReadOnceForAllItsEditors() {
    // Every rule's fixes get their own editor; reading the style per editor walked the whole
    // file once per rule and per pass.
    YDocument document = Yaml.parse("services:\n    web:\n        image: x\n");
    IndentStyle first = new YamlEditor(document).indentStyle();
    assertEquals(new IndentStyle(4, 4, 2), first);
    assertSame(first, new YamlEditor(document).indentStyle());
  }

  @Test
  void collectionsInsideSequenceItemsVoteToo() {
    assertEquals(new IndentStyle(4, 4, 2), detect("- web:\n      image: x\n"));
  }

  @Test
  void flowCollectionsAndWhatTheyHoldDoNotVote() {
    assertEquals(new IndentStyle(4, 4, 2), detect("a: {b: {c: 1}}\nd: [1, 2]\ne:\n    f: 1\n"));
  }

  @Test
  void anAliasedCollectionVotesOnceWhereItIsWritten() {
    assertEquals(
        new IndentStyle(4, 4, 2),
        detect("x: &x\n    a: 1\ny: *x\nz: *x\nw:\n  b: 1\nv:\n    c: 1\n"));
  }
}
