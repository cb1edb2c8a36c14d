package dev.composefix.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.Yaml;
import org.junit.jupiter.api.Test;

/** What every kind of node tells about itself. */
class YNodeTest {

  private static final String TEXT = "image: &img redis\nalso: *img\nports: [80]\nhc: {test: x}\n";

  @Test
  void anAliasIsNamedAndDeclaredWhereItStands() {
    YDocument document = Yaml.parse(TEXT);
    YAlias alias = document.aliases().get(0);
    assertEquals("img", alias.name());
    assertEquals(TEXT.indexOf('*'), alias.declarationStart());
  }

  @Test
  void nodesDescribeThemselvesByKindStyleAndSpan() {
    YDocument document = Yaml.parse(TEXT);
    YMapping root = (YMapping) document.root().orElseThrow();
    assertEquals(
        "YScalar[PLAIN 'redis' TextRange[start=12, end=17]]",
        Yaml.at(document, "image").toString());
    assertEquals(
        "YAlias[*img TextRange[start=24, end=28]]", root.entries().get(1).value().toString());
    assertEquals(
        "YSequence[flow 1 items TextRange[start=36, end=40]]",
        Yaml.at(document, "ports").toString());
    assertEquals(
        "YMapping[flow 1 entries TextRange[start=45, end=54]]", Yaml.at(document, "hc").toString());
  }
}
