package dev.composefix.yaml;

import static dev.composefix.support.Edits.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.composefix.support.Edits.Edit;
import dev.composefix.support.Yaml;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inserting and removing sequence items, and several edits inside one scalar. */
class SequenceAndPartEditsTest {

  private static YSequence test(YDocument document) {
    return (YSequence) Yaml.at(document, "test");
  }

  private static final Edit INSERT_AFTER_CURL =
      (editor, document) -> editor.insertItemAfter(test(document), 1, "-sf");

  @Test
  void insertsAnItemInTheQuotingOfTheItemBefore() {
    assertEquals(
        "test: [\"CMD\", \"curl\", \"-sf\", \"http://x\"]\n",
        edit("test: [\"CMD\", \"curl\", \"http://x\"]\n", INSERT_AFTER_CURL));
    assertEquals(
        "test: ['CMD', 'curl', '-sf', 'http://x']\n",
        edit("test: ['CMD', 'curl', 'http://x']\n", INSERT_AFTER_CURL));
    assertEquals(
        "test: [CMD, curl, -sf, http://x]\n",
        edit("test: [CMD, curl, http://x]\n", INSERT_AFTER_CURL));
    assertEquals("test: [CMD, curl, -sf]\n", edit("test: [CMD, curl]\n", INSERT_AFTER_CURL));
  }

  @Test
  void insertsOnALineOfItsOwnWhereFlowItemsHaveOne() {
    assertEquals(
        "test: [\n  \"CMD\",\n  \"curl\", # c\n  \"-sf\",\n  \"http://x\"\n]\n",
        edit("test: [\n  \"CMD\",\n  \"curl\", # c\n  \"http://x\"\n]\n", INSERT_AFTER_CURL));
    assertEquals(
        "test: [\r\n  CMD,\r\n  curl,\r\n  -sf,\r\n  x]\r\n",
        edit("test: [\r\n  CMD,\r\n  curl,\r\n  x]\r\n", INSERT_AFTER_CURL));
  }

  @Test
  void insertsABlockItemBelowTheItemBeforeAtItsIndentation() {
    assertEquals(
        "test:\n  - CMD\n  - curl # c\n  - -sf\n  - http://x\nnext: 1\n",
        edit("test:\n  - CMD\n  - curl # c\n  - http://x\nnext: 1\n", INSERT_AFTER_CURL));
    assertEquals(
        "test:\n-   \"CMD\"\n-   \"curl\"\n-   \"-sf\"",
        edit("test:\n-   \"CMD\"\n-   \"curl\"", INSERT_AFTER_CURL));
  }

  @Test
  void refusesABlockItemThatSharesItsLine() {
    YDocument document = Yaml.parse("test:\n  - CMD\n  - &c curl\n");
    assertThrows(
        CannotEditException.class,
        () -> new YamlEditor(document).insertItemAfter(test(document), 1, "-sf"));
  }

  private static Edit remove(Integer... indices) {
    return (editor, document) -> editor.removeItems(test(document), List.of(indices));
  }

  @Test
  void removesFlowItemsWithTheCommaBeforeThem() {
    assertEquals("test: [CMD, curl, x]\n", edit("test: [CMD, curl, -f, x, -s]\n", remove(2, 4)));
    assertEquals("test: [CMD, x]\n", edit("test: [CMD, -f, -s, x]\n", remove(1, 2)));
    assertEquals("test: [curl, x]\n", edit("test: [-f, curl, x]\n", remove(0)));
    assertEquals(
        "test: [\n  CMD,\n  x,\n]\n", edit("test: [\n  CMD,\n  x,\n  -f,\n]\n", remove(2)));
  }

  @Test
  void removesBlockItemsWithTheirLines() {
    assertEquals(
        "test:\n  - CMD\n  # keep\n  - x\nnext: 1\n",
        edit("test:\n  - CMD\n  - -f\n  # keep\n  - x\n  - -s\nnext: 1\n", remove(1, 3)));
    assertEquals(
        "test:\n  - CMD\n  - x\n", edit("test:\n  - CMD\n  - x\n  - -f\n  - -s\n", remove(2, 3)));
  }

  @Test
  void keepsAMissingFinalNewlineMissingWhenTheLastLinesGo() {
    assertEquals(
        "test:\n  - CMD\n  - x", edit("test:\n  - CMD\n  - x\n  - -f\n  - -s", remove(2, 3)));
    assertEquals(
        "test:\r\n  - CMD\r\n  - x", edit("test:\r\n  - CMD\r\n  - x\r\n  - -f", remove(2)));
  }

  @Test
  void refusesRemovalsThatWouldLoseSomething() {
    assertRefused("test: [CMD, -f]\n", 0, 1);
    assertRefused("test:\n  - CMD\n  - -f # fail\n  - x\n", 1);
    assertRefused("test: [CMD, # c\n  -f, x]\n", 1);
    assertRefused("test: [CMD, &f -f, x]\nother: *f\n", 1);
    assertRefused("test:\n  - CMD\n  - -f\n    -s\n  - x\n", 1);
  }

  private static void assertRefused(String yaml, Integer... indices) {
    YDocument document = Yaml.parse(yaml);
    assertThrows(
        CannotEditException.class,
        () -> new YamlEditor(document).removeItems(test(document), List.of(indices)));
  }

  @Test
  void insertionAndRemovalsCombineIntoOneChange() {
    Edit fold =
        (editor, document) ->
            editor
                .insertItemAfter(test(document), 1, "-sf")
                .plus(editor.removeItems(test(document), List.of(4, 5)));
    assertEquals(
        "test: [CMD, curl, -sf, -L, x]\n", edit("test: [CMD, curl, -L, x, -f, -s]\n", fold));
    assertEquals(
        "test:\n  - CMD\n  - curl\n  - -sf\n  - -L\n  - x\n",
        edit("test:\n  - CMD\n  - curl\n  - -L\n  - x\n  - -f\n  - -s\n", fold));
  }

  private static Edit parts(ValueEdit... edits) {
    return (editor, document) ->
        editor.replaceInScalar((YScalar) Yaml.at(document, "test"), List.of(edits));
  }

  @Test
  void makesSeveralEditsInsideOneScalarInPlace() {
    Edit twoCurls =
        parts(ValueEdit.insert(4, " -sf"), ValueEdit.delete(16, 19), new ValueEdit(20, 26, "-sf"));
    assertEquals(
        "test: curl -sf a || curl b -sf c # note\n",
        edit("test: curl a || curl b -s --fail c # note\n", twoCurls));
    assertEquals(
        "test: 'curl -sf a || curl b -sf c'\n",
        edit("test: 'curl a || curl b -s --fail c'\n", twoCurls));
    assertEquals(
        "test: \"curl -sf a || curl b -sf c\"\n",
        edit("test: \"curl a || curl b -s --fail c\"\n", twoCurls));
    assertEquals(
        "test: |\n  curl -sf a || curl b -sf c\n",
        edit("test: |\n  curl a || curl b -s --fail c\n", twoCurls));
  }

  @Test
  void joinsTouchingEdits() {
    assertEquals(
        "test: \"curl -sf x\"\n",
        edit("test: \"curl -f x\"\n", parts(ValueEdit.insert(5, "-s"), ValueEdit.delete(5, 6))));
  }

  @Test
  void writesTheWholeScalarAgainWhenAPartCannotBeEditedInPlace() {
    Edit edit = parts(ValueEdit.insert(4, " -sf"), ValueEdit.delete(6, 11));
    assertEquals("test: \"curl -sf a b\"\n", edit("test: \"curl a \\u0063 -s b\"\n", edit));
  }

  @Test
  void refusesOverlappingEdits() {
    YDocument document = Yaml.parse("test: curl a\n");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new YamlEditor(document)
                .replaceInScalar(
                    (YScalar) Yaml.at(document, "test"),
                    List.of(ValueEdit.delete(0, 3), ValueEdit.delete(2, 4))));
  }
}
