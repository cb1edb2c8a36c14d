package dev.composefix.images;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.compose.ImageReference;
import dev.composefix.images.ImageTools.Tool;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageToolsTest {

  /** What the table says about each tool, for one image: true, false, or absent when unknown. */
  private static Map<Tool, Boolean> known(String image) {
    Map<Tool, Boolean> known = new EnumMap<>(Tool.class);
    ImageReference reference = ImageReference.parse(image).orElseThrow();
    for (Tool tool : Tool.values()) {
      ImageTools.has(reference, tool).ifPresent(has -> known.put(tool, has));
    }
    return known;
  }

  private static Optional<String> family(String image) {
    return ImageReference.parse(image).flatMap(ImageTools::familyOf).map(ImageTools.Family::name);
  }

  private static final Map<Tool, Boolean> BUSYBOX =
      Map.of(Tool.CURL, false, Tool.WGET, true, Tool.NC, true, Tool.SH, true);
  private static final Map<Tool, Boolean> NO_HTTP_CLIENT =
      Map.of(Tool.CURL, false, Tool.WGET, false, Tool.SH, true);
  private static final Map<Tool, Boolean> NOTHING =
      Map.of(Tool.CURL, false, Tool.WGET, false, Tool.MC, false, Tool.NC, false, Tool.SH, false);

  @Test
  void alpineAndBusyboxHaveBusyboxWgetButNoCurl() {
    assertEquals(BUSYBOX, known("alpine:3.20"));
    assertEquals(BUSYBOX, known("alpine"));
    assertEquals(BUSYBOX, known("docker.io/library/busybox:1.36"));
    assertEquals(BUSYBOX, known("library/alpine@sha256:0123"));
  }

  @Test
  void officialAlpineVariantsLackCurl() {
    assertEquals(BUSYBOX, known("postgres:16-alpine"));
    assertEquals(BUSYBOX, known("redis:7.2-alpine3.19"));
    assertEquals(BUSYBOX, known("nats:2.10-alpine"));
    assertEquals(BUSYBOX, known("node:20-alpine"));
    assertEquals(BUSYBOX, known("python:3.12-alpine"));
  }

  @Test
  void otherAlpineTagsHaveWgetAndUnknownCurl() {
    assertEquals(Map.of(Tool.WGET, true, Tool.NC, true, Tool.SH, true), known("nginx:1.27-alpine"));
    assertEquals(Optional.of("alpine-based"), family("clickhouse/clickhouse-server:24.12-alpine"));
  }

  @Test
  void prometheusImagesAreBusybox() {
    Map<Tool, Boolean> expected = Map.of(Tool.CURL, false, Tool.WGET, true, Tool.SH, true);
    assertEquals(expected, known("prom/prometheus:v2.53.0"));
    assertEquals(expected, known("quay.io/prometheus/alertmanager:v0.27.0"));
    assertEquals(expected, known("prom/node-exporter"));
  }

  @Test
  void debianOfficialImagesHaveNeitherClient() {
    assertEquals(NO_HTTP_CLIENT, known("postgres:16"));
    assertEquals(NO_HTTP_CLIENT, known("postgres"));
    assertEquals(NO_HTTP_CLIENT, known("redis:7.2-bookworm"));
    assertEquals(NO_HTTP_CLIENT, known("python:3.12-slim"));
    assertEquals(NO_HTTP_CLIENT, known("node:20-slim"));
    assertEquals(NO_HTTP_CLIENT, known("ollama/ollama:0.5.4"));
    assertEquals(
        Optional.of("use pg_isready"),
        ImageTools.familyOf(ImageReference.parse("postgres:16").orElseThrow())
            .flatMap(ImageTools.Family::advice));
  }

  @Test
  void imagesWithoutShellHaveNothing() {
    assertEquals(NOTHING, known("nats:2.10"));
    assertEquals(NOTHING, known("nats"));
    assertEquals(NOTHING, known("nats:2.10-scratch"));
    assertEquals(NOTHING, known("gcr.io/distroless/static-debian12:nonroot"));
    assertEquals(NOTHING, known("envoyproxy/envoy:distroless-v1.30.1"));
    assertEquals(NOTHING, known("scratch"));
  }

  @Test
  void minioShipsMcAndNothingIsClaimedAboutItsHttpClients() {
    Map<Tool, Boolean> expected = Map.of(Tool.MC, true, Tool.SH, true);
    assertEquals(expected, known("minio/minio:RELEASE.2024-12-18T13-15-44Z"));
    assertEquals(expected, known("quay.io/minio/minio"));
  }

  @Test
  void variantsTheTableDoesNotCoverAreUnknown() {
    assertEquals(Optional.empty(), family("postgres@sha256:0123"));
    assertEquals(Optional.empty(), family("ollama/ollama:rocm"));
    assertEquals(Optional.empty(), family("gcr.io/distroless/base:debug"));
    assertEquals(Optional.empty(), family("nats:2.10-windowsservercore"));
    assertEquals(Optional.empty(), family("python:3.12"));
    assertEquals(Optional.empty(), family("example/api:1.0"));
    assertEquals(Optional.empty(), family("registry:5000/alpine:3.20"));
    assertEquals(
        Optional.empty(), ImageReference.parse("${IMAGE:-alpine}").flatMap(ImageTools::familyOf));
  }

  @Test
  void theFirstMatchingRowDecides() {
    assertEquals(Optional.of("official-alpine"), family("nats:2.10-alpine"));
    assertEquals(Optional.of("nats"), family("nats:2.10"));
    assertEquals(Optional.of("distroless"), family("example/app:1.0-distroless-alpine"));
  }

  @Test
  void programsAreReadByTheirLastPathSegment() {
    assertEquals(Optional.of(Tool.CURL), Tool.ofProgram("/usr/bin/curl"));
    assertEquals(Optional.of(Tool.WGET), Tool.ofProgram("wget"));
    assertEquals(Optional.of(Tool.SH), Tool.ofProgram("/bin/sh"));
    assertEquals(Optional.empty(), Tool.ofProgram("bash"));
    assertEquals(Optional.empty(), Tool.ofProgram("curlie"));
  }

  @Test
  void everyRowHasANoteAndNoToolIsBothPresentAndMissing() {
    for (ImageTools.Family family : ImageTools.families()) {
      assertEquals(false, family.note().isBlank(), family.name());
      assertEquals(
          false, family.tools().stream().anyMatch(family.missing()::contains), family.name());
      boolean noHttpClient =
          family.missing().contains(Tool.CURL) && family.missing().contains(Tool.WGET);
      assertEquals(
          noHttpClient,
          family.advice().isPresent(),
          family.name() + ": advice when there is no HTTP client");
    }
  }
}
