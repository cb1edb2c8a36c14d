package dev.composefix.rules.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InstancePathTest {

  @Test
  void keysJoinWithDotsAndIndexesInBrackets() {
    assertEquals("top level", InstancePath.text(List.of()));
    assertEquals(
        "services.web.healthcheck.interval",
        InstancePath.text(List.of("services", "web", "healthcheck", "interval")));
    assertEquals(
        "services.web.ports[0].target",
        InstancePath.text(List.of("services", "web", "ports", 0, "target")));
    assertEquals(
        "x-defaults.start_period", InstancePath.text(List.of("x-defaults", "start_period")));
  }

  @Test
  void keysThatWouldReadAsSeveralAreQuoted() {
    assertEquals(
        "services.web.labels[\"traefik.enable\"]",
        InstancePath.text(List.of("services", "web", "labels", "traefik.enable")));
    assertEquals(
        "services[\"my app\"].image", InstancePath.text(List.of("services", "my app", "image")));
    assertEquals("[\"a\\\"b\"]", InstancePath.text(List.of("a\"b")));
  }
}
