package dev.composefix.images.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The image config line docker inspect prints: the architecture and the HEALTHCHECK test. */
class ImageConfigTest {

  @Test
  void readsTheInspectLine() {
    assertEquals(
        Optional.of(new ImageConfig("arm64", Optional.of(List.of("CMD", "healthcheck")))),
        ImageConfig.parse("arm64 [\"CMD\",\"healthcheck\"]\n"));
    assertEquals(
        Optional.of(new ImageConfig("amd64", Optional.empty())), ImageConfig.parse("amd64 null"));
    // HEALTHCHECK NONE turns an inherited check off: the image declares none.
    assertEquals(
        Optional.of(new ImageConfig("amd64", Optional.empty())),
        ImageConfig.parse("amd64 [\"NONE\"]"));
    assertEquals(Optional.empty(), ImageConfig.parse("amd64"));
    assertEquals(Optional.empty(), ImageConfig.parse("template: :1: unexpected"));
  }
}
