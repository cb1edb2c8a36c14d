package dev.composefix.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    assertEquals(Optional.empty(), source(yaml, "cmd", 8, 13), "a range across a fold has no single run");
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
}
