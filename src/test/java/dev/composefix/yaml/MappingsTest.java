package dev.composefix.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.Yaml;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MappingsTest {

  private static final String ANCHORS =
      "x-a: &a {image: a, restart: always}\nx-b: &b {image: b, init: true}\n";

  @Test
  void mergeSourcesOfAListAreItsMappingsInOrder() {
    YDocument document = Yaml.parse(ANCHORS + "svc:\n  <<: [*a, *b, x]\n  image: own\n");
    YMapping b = Yaml.mappingAt(document, "x-b");
    YMapping svc = Yaml.mappingAt(document, "svc");
    assertEquals(List.of(Yaml.mappingAt(document, "x-a"), b), Mappings.mergeSources(svc));
    assertEquals(
        Optional.of(new Mappings.Found(b.entries().get(1), b, true)), Mappings.find(svc, "init"));
  }

  @Test
  void aMappingKnowsWhetherItMergesKeys() {
    YDocument document = Yaml.parse(ANCHORS + "svc:\n  <<: *a\n  image: own\nplain:\n  image: x\n");
    assertEquals(true, Yaml.mappingAt(document, "svc").mergesKeys());
    assertEquals(false, Yaml.mappingAt(document, "plain").mergesKeys());
    assertEquals(List.of(), Mappings.mergeSources(Yaml.mappingAt(document, "plain")));
    assertEquals(Optional.empty(), Mappings.find(Yaml.mappingAt(document, "plain"), "restart"));
  }

  @Test
  void aMergedScalarIsNoSource() {
    assertEquals(
        List.of(),
        Mappings.mergeSources(Yaml.mappingAt(Yaml.parse("svc:\n  <<: x\n  image: own\n"), "svc")));
  }
}
