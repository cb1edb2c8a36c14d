package dev.composefix.rules.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.composefix.support.Yaml;
import dev.composefix.text.Position;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paths of the JSON tree lead back to the nodes where the values are written. */
class NodeLocatorTest {

  private static final YDocument DOCUMENT =
      Yaml.parse(
          """
          x-healthcheck: &healthcheck
            interval: 30
            retries: 3
          services:
            api:
              healthcheck:
                <<: *healthcheck
                retries: 5
              ports:
                - "80:80"
                - target: 443
            worker:
              healthcheck: *healthcheck
              ports: !reset []
          """);

  private static String at(YNode node) {
    Position position = DOCUMENT.source().positionOf(node.span().start());
    return position.line() + ":" + position.column() + " " + DOCUMENT.source().slice(node.span());
  }

  private static NodeLocator.Place locate(Object... path) {
    return new NodeLocator(DOCUMENT.root().orElseThrow()).locate(List.of(path));
  }

  @Test
  void aPathOfKeysEndsAtTheKeyAndTheValue() {
    NodeLocator.Place place = locate("services", "api", "healthcheck", "retries");
    assertEquals("8:7 retries", at(place.key()));
    assertEquals("8:16 5", at(place.value()));
  }

  @Test
  void aKeyMergedInIsFoundInTheAnchor() {
    NodeLocator.Place place = locate("services", "api", "healthcheck", "interval");
    assertEquals("2:3 interval", at(place.key()));
    assertEquals("2:13 30", at(place.value()));
  }

  @Test
  void anAliasLeadsIntoItsAnchor() {
    assertEquals("3:12 3", at(locate("services", "worker", "healthcheck", "retries").value()));
  }

  @Test
  void itemIndexesLeadIntoSequencesAndItemsHaveNoKey() {
    NodeLocator.Place item = locate("services", "api", "ports", 0);
    assertNull(item.key());
    assertEquals("10:9 \"80:80\"", at(item.value()));
    assertEquals("10:9 \"80:80\"", at(item.keyOrValue()));
    assertEquals("11:17 443", at(locate("services", "api", "ports", 1, "target").value()));
  }

  @Test
  void theEmptyPathIsTheRoot() {
    NodeLocator.Place root = locate();
    assertNull(root.key());
    assertEquals(DOCUMENT.root().orElseThrow(), root.value());
  }

  @Test
  void aPathThatLeavesTheTreeEndsAtTheLastNodeItReached() {
    assertEquals("6:5 healthcheck", at(locate("services", "api", "healthcheck", "timeout").key()));
    assertEquals("10:9 \"80:80\"", at(locate("services", "api", "ports", 0, "target").value()));
    assertEquals("9:5 ports", at(locate("services", "api", "ports", 7).key()));
  }

  @Test
  void aResetKeyIsNotThere() {
    assertEquals("12:3 worker", at(locate("services", "worker", "ports").key()));
  }
}
