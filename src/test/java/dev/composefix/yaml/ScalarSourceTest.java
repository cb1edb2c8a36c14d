package dev.composefix.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.support.Yaml;
import dev.composefix.text.TextRange;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScalarSourceTest {

  /** The source text that holds value characters [from, to) of the scalar at {@code key}. */
  private static Optional<String> source(String yaml, String key, int from, int to) {
    YDocument document = Yaml.parse(yaml);
    YScalar scalar = (YScalar) Yaml.at(document, key);
    return ScalarSource.of(scalar, document.source())
        .flatMap(map -> map.sourceRange(from, to))
        .map(range -> document.source().slice(range));
  }

  private static Optional<TextRange> range(String yaml, String key, int from, int to) {
    YDocument document = Yaml.parse(yaml);
    YScalar scalar = (YScalar) Yaml.at(document, key);
    return ScalarSource.of(scalar, document.source()).flatMap(map -> map.sourceRange(from, to));
  }

  private static boolean mapped(String yaml, String key) {
    YDocument document = Yaml.parse(yaml);
    return ScalarSource.of((YScalar) Yaml.at(document, key), document.source()).isPresent();
  }

  /** The value as the parser read it, which the map must reproduce. */
  private static String value(String yaml, String key) {
    return ((YScalar) Yaml.at(Yaml.parse(yaml), key)).value();
  }

  @Test
  void plainSingleLine() {
    String value = "postgres://u:${PW:-x}@db/app";
    int at = value.indexOf("${");
    assertEquals(Optional.of("${PW:-x}"), source("url: " + value + "\n", "url", at, at + 8));
  }

  @Test
  void plainMultiLineFoldsIntoRuns() {
    String yaml = "cmd: first part\n  second part\n\n  third\n";
    assertEquals(Optional.of("second"), source(yaml, "cmd", 11, 17));
    assertEquals(
        Optional.empty(), source(yaml, "cmd", 8, 13), "a range across a fold has no single run");
    assertEquals(Optional.of("third"), source(yaml, "cmd", 23, 28));
  }

  @Test
  void singleQuotedWithDoubledQuotes() {
    String yaml = "a: 'it''s ${X:-y}'\n";
    assertEquals(Optional.of("${X:-y}"), source(yaml, "a", 5, 12));
    assertEquals(Optional.empty(), source(yaml, "a", 1, 4));
  }

  @Test
  void doubleQuotedWithEscapes() {
    String yaml = "a: \"tab\\there \\u00e9 ${P:-q}\"\n";
    assertEquals(Optional.of("${P:-q}"), source(yaml, "a", 11, 18));
    assertEquals(Optional.of("here"), source(yaml, "a", 4, 8));
    assertTrue(source(yaml, "a", 2, 5).isEmpty());
  }

  @Test
  void doubleQuotedEscapedLineBreak() {
    String yaml = "a: \"one \\\n   two\"\n";
    assertEquals("one two", ((YScalar) Yaml.at(Yaml.parse(yaml), "a")).value());
    assertEquals(Optional.of("two"), source(yaml, "a", 4, 7));
  }

  @Test
  void literalBlock() {
    String yaml = "a: |\n  curl -f http://x\n  echo ok\nb: 1\n";
    assertEquals(Optional.of("-f"), source(yaml, "a", 5, 7));
    assertEquals(Optional.of("echo"), source(yaml, "a", 17, 21));
  }

  @Test
  void foldedBlockWithKeepChomping() {
    String yaml = "a: >+\n  curl -f\n  http://x\n\n  more\n\n";
    assertEquals("curl -f http://x\nmore\n\n", ((YScalar) Yaml.at(Yaml.parse(yaml), "a")).value());
    assertEquals(Optional.of("http"), source(yaml, "a", 8, 12));
    assertEquals(Optional.of("more"), source(yaml, "a", 17, 21));
  }

  @Test
  void explicitIndentationIsNotMapped() {
    assertEquals(Optional.empty(), source("a: |2\n   x\n", "a", 0, 1));
  }

  @Test
  void emptyRangesAtRunEnds() {
    String yaml = "image: redis\n";
    assertEquals(Optional.of(new TextRange(12, 12)), range(yaml, "image", 5, 5));
  }

  @Test
  void emptyQuotedScalarsHaveAMapWithNothingToPointAt() {
    assertTrue(mapped("a: \"\"\n", "a"));
    assertTrue(mapped("a: ''\n", "a"));
    assertEquals(Optional.empty(), range("a: \"\"\n", "a", 0, 0));
  }

  @Test
  void blanksAtTheEndOfAOneLineQuotedScalarArePartOfTheValue() {
    assertEquals("x  ", value("a: \"x  \"\n", "a"));
    assertEquals(Optional.of("x  "), source("a: \"x  \"\n", "a", 0, 3));
    assertEquals(Optional.of("x  "), source("a: 'x  '\n", "a", 0, 3));
  }

  @Test
  void blanksBeforeAFoldInAQuotedScalarAreDropped() {
    String yaml = "a: \"one  \n  two\"\n";
    assertEquals("one two", value(yaml, "a"));
    assertEquals(Optional.of("one"), source(yaml, "a", 0, 3));
    assertEquals(Optional.of("two"), source(yaml, "a", 4, 7));
  }

  @Test
  void aLineOfOnlyBlanksFoldsIntoALineFeed() {
    String plain = "cmd: first\n  \n  second\n";
    assertEquals("first\nsecond", value(plain, "cmd"));
    assertEquals(Optional.of("second"), source(plain, "cmd", 6, 12));
    String quoted = "a: \"first\n   \t\n  second\"\n";
    assertEquals("first\nsecond", value(quoted, "a"));
    assertEquals(Optional.of("second"), source(quoted, "a", 6, 12));
  }

  @Test
  void everyDoubleQuotedEscapeDecodesToItsCharacter() {
    String yaml =
        "a: \"\\0\\a\\b\\t\\\t\\n\\v\\f\\r\\e\\ \\\"\\/\\\\\\N\\_\\x41\\u00e9\\U0001F600 ok\"\n";
    assertEquals(
        "\0\u0007\b\t\t\n\u000B\f\r\u001B \"/\\\u0085\u00A0A\u00e9\uD83D\uDE00 ok",
        value(yaml, "a"));
    assertEquals(Optional.of("ok"), source(yaml, "a", 21, 23));
  }

  @Test
  void plainScalarsFoldAcrossCrLfAndLoneCrLineBreaks() {
    String crlf = "a: first\r\n  second\r\n";
    assertEquals("first second", value(crlf, "a"));
    assertEquals(Optional.of("second"), source(crlf, "a", 6, 12));
    String cr = "a: first\r  second\r";
    assertEquals("first second", value(cr, "a"));
    assertEquals(Optional.of("second"), source(cr, "a", 6, 12));
  }

  @Test
  void blockScalarsReadCrLfAndLoneCrAsLineFeeds() {
    String crlf = "a: |\r\n  x\r\n  y\r\n";
    assertEquals("x\ny\n", value(crlf, "a"));
    assertEquals(Optional.of("y"), source(crlf, "a", 2, 3));
    String folded = "a: >\r\n  one\r\n  two\r\n\r\n  three\r\n";
    assertEquals("one two\nthree\n", value(folded, "a"));
    assertEquals(Optional.of("three"), source(folded, "a", 8, 13));
    String cr = "a: |+\r  x\r";
    assertEquals("x\n", value(cr, "a"));
    assertEquals(Optional.of("x"), source(cr, "a", 0, 1));
  }

  @Test
  void blockScalarsAtTheEndOfAFileWithoutALineBreak() {
    assertTrue(mapped("a: |", "a"));
    assertEquals("", value("a: |", "a"));
    assertEquals(Optional.of("x"), source("a: |\n  x", "a", 0, 1));
  }

  @Test
  void aBlockScalarAtTheStartOfTheFileIsMapped() {
    YDocument document = Yaml.parse("|\n  echo ok\n");
    YScalar scalar = (YScalar) document.root().orElseThrow();
    assertEquals("echo ok\n", scalar.value());
    assertEquals(
        Optional.of("echo"),
        ScalarSource.of(scalar, document.source())
            .flatMap(map -> map.sourceRange(0, 4))
            .map(range -> document.source().slice(range)));
  }

  @Test
  void leadingEmptyLinesOfABlockScalarAreLineFeeds() {
    assertEquals("\nx\n", value("a: |\n\n  x\n", "a"));
    assertEquals(Optional.of("x"), source("a: |\n\n  x\n", "a", 1, 2));
    assertEquals("\nx\n", value("a: |\n \n  x\n", "a"));
    assertEquals(Optional.of("x"), source("a: |\n \n  x\n", "a", 1, 2));
  }

  @Test
  void aLineOfOnlyIndentationInAFoldedScalarIsAnEmptyLine() {
    String yaml = "a: >\n  one\n  \n  two\n";
    assertEquals("one\ntwo\n", value(yaml, "a"));
    assertEquals(Optional.of("two"), source(yaml, "a", 4, 7));
  }

  @Test
  void chompingABlockScalarThatHasOnlyEmptyLines() {
    assertEquals("\n\n", value("a: |+\n\n\nb: 1\n", "a"));
    assertTrue(mapped("a: |+\n\n\nb: 1\n", "a"));
    assertEquals("", value("a: |\n\n\nb: 1\n", "a"));
    assertTrue(mapped("a: |\n\n\nb: 1\n", "a"));
    assertEquals("", value("a: |-\n\n\nb: 1\n", "a"));
    assertTrue(mapped("a: |-\n\n\nb: 1\n", "a"));
  }

  @Test
  void anIndentationIndicatorLeavesEvenAnEmptyBlockScalarUnmapped() {
    assertEquals("", value("a: |1\nb: 2\n", "a"));
    assertFalse(mapped("a: |1\nb: 2\n", "a"));
  }
}
