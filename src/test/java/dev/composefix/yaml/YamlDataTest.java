package dev.composefix.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.Yaml;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlDataTest {

  private static final String ANCHORS =
      "x-a: &a {image: a, restart: always}\nx-b: &b {image: b, init: true}\n";

  private static Object svc(String yaml) {
    return YamlData.of(Yaml.at(Yaml.parse(yaml), "svc"));
  }

  private static Map<Object, Object> map(Object... keysAndValues) {
    Map<Object, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static YamlData.Scalar str(String value) {
    return YamlData.Scalar.string(value);
  }

  @Test
  void mergesAListOfMappingsEarlierFirstAndOwnKeysOverAll() {
    assertEquals(
        map(
            str("image"),
            str("own"),
            str("restart"),
            str("always"),
            str("init"),
            YamlData.Scalar.plain("true")),
        svc(ANCHORS + "svc:\n  <<: [*a, *b]\n  image: own\n"));
  }

  @Test
  void keepsAMergeOfSomethingElseAsAnOrdinaryKey() {
    YamlData.Scalar merge = new YamlData.Scalar(YamlTags.MERGE, "<<");
    assertEquals(
        map(
            merge,
            List.of(map(str("image"), str("a"), str("restart"), str("always")), str("x")),
            str("image"),
            str("own")),
        svc(ANCHORS + "svc:\n  <<: [*a, x]\n  image: own\n"));
    assertEquals(
        map(merge, str("x"), str("image"), str("own")), svc("svc:\n  <<: x\n  image: own\n"));
  }
}
