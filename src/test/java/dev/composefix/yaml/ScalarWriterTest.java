package dev.composefix.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.Yaml;
import org.junit.jupiter.api.Test;

class ScalarWriterTest {

  /** Writes the value in the style and checks that the parser reads the text back as the value. */
  private static String write(String value, ScalarStyle style, boolean inFlow) {
    String text = ScalarWriter.write(value, style, inFlow);
    String yaml = inFlow ? "a: [" + text + "]\n" : "a: " + text + "\n";
    YNode node = Yaml.at(Yaml.parse(yaml), "a");
    YScalar scalar = (YScalar) (inFlow ? ((YSequence) node).items().get(0) : node);
    assertEquals(value, scalar.value(), "the written text reads back as the value");
    return text;
  }

  private static String plain(String value) {
    return write(value, ScalarStyle.PLAIN, false);
  }

  @Test
  void emptyAndBlankEdgedStringsAreQuoted() {
    assertEquals("\"\"", plain(""));
    assertEquals("\" x\"", plain(" x"));
    assertEquals("\"x \"", plain("x "));
  }

  @Test
  void aLeadingIndicatorIsQuoted() {
    assertEquals("\",x\"", plain(",x"));
    assertEquals("\"*x\"", plain("*x"));
    assertEquals("\"#x\"", plain("#x"));
    assertEquals("\"`x\"", plain("`x"));
  }

  @Test
  void aLeadingDashQuestionMarkOrColonIsQuotedOnlyAloneOrBeforeABlank() {
    assertEquals("\"-\"", plain("-"));
    assertEquals("\"- x\"", plain("- x"));
    assertEquals("\"? x\"", plain("? x"));
    assertEquals("\":\"", plain(":"));
    assertEquals("-x", plain("-x"));
    assertEquals("-jar", plain("-jar"));
  }

  @Test
  void controlCharactersNeedDoubleQuotesAndEscapes() {
    assertEquals("\"a\\u0007b\"", plain("a\u0007b"));
    assertEquals("\"a\\nb\"", write("a\nb", ScalarStyle.SINGLE_QUOTED, false));
    assertEquals("\"a\\tb\"", write("a\tb", ScalarStyle.SINGLE_QUOTED, false));
    assertEquals("'it''s'", write("it's", ScalarStyle.SINGLE_QUOTED, false));
  }

  @Test
  void flowIndicatorsAreQuotedOnlyInsideFlowCollections() {
    assertEquals("\"a,b\"", write("a,b", ScalarStyle.PLAIN, true));
    assertEquals("\"-[x]\"", write("-[x]", ScalarStyle.PLAIN, true));
    assertEquals("\"a:{b}\"", write("a:{b}", ScalarStyle.PLAIN, true));
    assertEquals("a,b", plain("a,b"));
    assertEquals("-[x]", plain("-[x]"));
  }

  @Test
  void aColonEndsAPlainScalarOnlyBeforeABlankOrTheEnd() {
    assertEquals("\"a:\"", plain("a:"));
    assertEquals("\"a: b\"", plain("a: b"));
    assertEquals("a:b", plain("a:b"));
    assertEquals("http://db:5432/app", plain("http://db:5432/app"));
  }

  @Test
  void aHashStartsACommentOnlyAfterABlank() {
    assertEquals("\"a #b\"", plain("a #b"));
    assertEquals("a#b", plain("a#b"));
  }
}
