package dev.composefix.rules.images;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.compose.ImageReference;
import dev.composefix.rules.images.ImagePins.Pin;
import dev.composefix.rules.images.ImagePins.Source;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImagePinsTest {

  private static Optional<Pin> pin(ImagePins pins, String image) {
    return pins.pinFor(ImageReference.parse(image).orElseThrow());
  }

  @Test
  void theBuiltInTableIsTheSeedTable() {
    assertEquals(
        List.of(
            "postgres=15-alpine",
            "postgrest/postgrest=v12.2.3",
            "minio/minio=RELEASE.2024-12-18T13-15-44Z",
            "tensorzero/gateway=2024.12.18",
            "ollama/ollama=0.5.4",
            "nats=2.10-alpine"),
        ImagePins.builtInTable().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .toList());
  }

  @Test
  void builtInPinsMatchEveryWayOfWritingTheName() {
    ImagePins pins = ImagePins.withConfigured(Map.of());
    Optional<Pin> expected = Optional.of(new Pin("15-alpine", Source.BUILT_IN));
    assertEquals(expected, pin(pins, "postgres"));
    assertEquals(expected, pin(pins, "library/postgres:latest"));
    assertEquals(expected, pin(pins, "docker.io/library/postgres"));
    assertEquals(Optional.empty(), pin(pins, "quay.io/minio/minio"));
    assertEquals(Optional.empty(), pin(pins, "redis"));
  }

  @Test
  void configuredPinsOverrideAndExtendTheTable() {
    Map<String, String> configured = new LinkedHashMap<>();
    configured.put("docker.io/library/postgres", "17.2");
    configured.put("Redis", "7.4-alpine");
    configured.put("registry:5000/team/app", "1.0");
    ImagePins pins = ImagePins.withConfigured(configured);
    assertEquals(Optional.of(new Pin("17.2", Source.CONFIGURED)), pin(pins, "postgres:latest"));
    assertEquals(Optional.of(new Pin("7.4-alpine", Source.CONFIGURED)), pin(pins, "library/redis"));
    assertEquals(
        Optional.of(new Pin("1.0", Source.CONFIGURED)), pin(pins, "registry:5000/team/app"));
    assertEquals(Optional.empty(), pin(pins, "registry/team/app"));
    assertEquals(Optional.of(new Pin("2.10-alpine", Source.BUILT_IN)), pin(pins, "nats"));
  }

  @Test
  void aUsablePinIsAValidTagOtherThanLatest() {
    assertEquals(true, new Pin("15-alpine", Source.BUILT_IN).isUsable());
    assertEquals(true, new Pin("RELEASE.2024-12-18T13-15-44Z", Source.BUILT_IN).isUsable());
    assertEquals(true, new Pin("_x", Source.CONFIGURED).isUsable());
    assertEquals(true, new Pin("a".repeat(128), Source.CONFIGURED).isUsable());
    assertEquals(false, new Pin("a".repeat(129), Source.CONFIGURED).isUsable());
    assertEquals(false, new Pin("latest", Source.CONFIGURED).isUsable());
    assertEquals(false, new Pin("", Source.CONFIGURED).isUsable());
    assertEquals(false, new Pin("-rc1", Source.CONFIGURED).isUsable());
    assertEquals(false, new Pin(".1", Source.CONFIGURED).isUsable());
    assertEquals(false, new Pin("2.10 alpine", Source.CONFIGURED).isUsable());
    assertEquals(false, new Pin("16@sha256:0123", Source.CONFIGURED).isUsable());
    assertEquals(false, new Pin("7:alpine", Source.CONFIGURED).isUsable());
  }

  @Test
  void everyBuiltInPinIsUsable() {
    ImagePins.builtInTable()
        .forEach(
            (image, tag) ->
                assertEquals(true, new Pin(tag, Source.BUILT_IN).isUsable(), image + ":" + tag));
  }
}
