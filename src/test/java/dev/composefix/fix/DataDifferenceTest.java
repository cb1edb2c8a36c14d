package dev.composefix.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.yaml.YamlData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataDifferenceTest {

  private static YamlData.Scalar s(String value) {
    return YamlData.Scalar.string(value);
  }

  private static Map<Object, Object> map(Object... keysAndValues) {
    Map<Object, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static Map<Object, Object> web(Object image) {
    return map(
        s("services"),
        map(s("web"), map(s("image"), image, s("ports"), List.of(s("80"), s("443")))));
  }

  @Test
  void equalTreesHaveNoDifference() {
    assertEquals(Optional.empty(), DataDifference.find(web(s("redis")), web(s("redis"))));
  }

  @Test
  void aChangedScalarIsNamedByItsPathWithoutItsValue() {
    assertEquals(
        Optional.of("services.web.image has a different value"),
        DataDifference.find(web(s("redis")), web(s("s3cret"))));
  }

  @Test
  void aMissingKeyIsNamed() {
    Map<Object, Object> expected = map(s("a"), s("1"), s("b"), s("2"));
    assertEquals(Optional.of("b is missing"), DataDifference.find(expected, map(s("a"), s("1"))));
  }

  @Test
  void anAddedKeyIsNamed() {
    Map<Object, Object> actual = map(s("a"), s("1"), s("b"), s("2"));
    assertEquals(Optional.of("b appeared"), DataDifference.find(map(s("a"), s("1")), actual));
  }

  @Test
  void aListOfAnotherLengthGivesBothLengths() {
    Map<Object, Object> actual = map(s("ports"), List.of(s("80")));
    assertEquals(
        Optional.of("ports has 1 items instead of 2"),
        DataDifference.find(map(s("ports"), List.of(s("80"), s("443"))), actual));
  }

  @Test
  void aChangedItemIsNamedByItsIndex() {
    Map<Object, Object> expected = map(s("ports"), List.of(s("80"), s("443")));
    Map<Object, Object> actual = map(s("ports"), List.of(s("80"), s("8443")));
    assertEquals(
        Optional.of("ports[1] has a different value"), DataDifference.find(expected, actual));
  }

  @Test
  void theFirstItemIsComparedToo() {
    assertEquals(
        Optional.of("[0] has a different value"),
        DataDifference.find(List.of(s("a"), s("b")), List.of(s("x"), s("b"))));
  }

  @Test
  void aDifferentRootIsTheDocument() {
    assertEquals(
        Optional.of("the document has a different value"),
        DataDifference.find(s("a"), List.of(s("a"))));
    assertEquals(
        Optional.of("the document has 0 items instead of 1"),
        DataDifference.find(List.of(s("a")), List.of()));
  }

  @Test
  void aMapAndAListAtOnePathDiffer() {
    assertEquals(
        Optional.of("x has a different value"),
        DataDifference.find(map(s("x"), map()), map(s("x"), List.of())));
  }

  @Test
  void keysThatAreNotScalarsAreNamedAsText() {
    assertEquals(Optional.of("7 is missing"), DataDifference.find(map(7, s("a")), map()));
  }
}
