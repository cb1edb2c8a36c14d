package dev.composefix.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageReferenceTest {

  private static ImageReference parse(String text) {
    return ImageReference.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
  }

  private static Optional<String> none() {
    return Optional.empty();
  }

  @Test
  void splitsANameWithoutTag() {
    assertEquals(new ImageReference("redis", none(), "redis", none(), none(), 5), parse("redis"));
  }

  @Test
  void splitsNameTagAndDigest() {
    assertEquals(
        new ImageReference(
            "redis:7.4-alpine", none(), "redis", Optional.of("7.4-alpine"), none(), 5),
        parse("redis:7.4-alpine"));
    assertEquals(
        new ImageReference(
            "redis@sha256:abc", none(), "redis", none(), Optional.of("sha256:abc"), 5),
        parse("redis@sha256:abc"));
    assertEquals(
        new ImageReference(
            "postgres:latest@sha256:abc",
            none(),
            "postgres",
            Optional.of("latest"),
            Optional.of("sha256:abc"),
            8),
        parse("postgres:latest@sha256:abc"));
  }

  @Test
  void aFirstSegmentWithADotAColonOrLocalhostIsARegistry() {
    assertEquals(
        new ImageReference(
            "docker.io/library/redis:latest",
            Optional.of("docker.io"),
            "library/redis",
            Optional.of("latest"),
            none(),
            23),
        parse("docker.io/library/redis:latest"));
    assertEquals(
        new ImageReference("localhost/app", Optional.of("localhost"), "app", none(), none(), 13),
        parse("localhost/app"));
    assertEquals(
        new ImageReference("minio/minio", none(), "minio/minio", none(), none(), 11),
        parse("minio/minio"));
  }

  @Test
  void aRegistryPortIsNotATag() {
    assertEquals(
        new ImageReference(
            "registry:5000/team/app", Optional.of("registry:5000"), "team/app", none(), none(), 22),
        parse("registry:5000/team/app"));
    assertEquals(
        new ImageReference(
            "registry:5000/team/app:1.0",
            Optional.of("registry:5000"),
            "team/app",
            Optional.of("1.0"),
            none(),
            22),
        parse("registry:5000/team/app:1.0"));
  }

  @Test
  void refusesVariablesBlanksAndBrokenReferences() {
    assertEquals(Optional.empty(), ImageReference.parse("${IMAGE:-redis:latest}"));
    assertEquals(Optional.empty(), ImageReference.parse("$REGISTRY/app"));
    assertEquals(Optional.empty(), ImageReference.parse("nats:${TAG:-latest}"));
    assertEquals(Optional.empty(), ImageReference.parse(""));
    assertEquals(Optional.empty(), ImageReference.parse("  "));
    assertEquals(Optional.empty(), ImageReference.parse("redis latest"));
    assertEquals(Optional.empty(), ImageReference.parse("redis:"));
    assertEquals(Optional.empty(), ImageReference.parse(":latest"));
  }

  @Test
  void dockerHubNamesNormalizeToTheShortName() {
    assertEquals("redis", parse("redis").normalizedName());
    assertEquals("redis", parse("library/redis").normalizedName());
    assertEquals("redis", parse("docker.io/library/redis:latest").normalizedName());
    assertEquals("redis", parse("docker.io/redis").normalizedName());
    assertEquals("redis", parse("index.docker.io/library/redis").normalizedName());
    assertEquals("redis", parse("registry-1.docker.io/library/redis").normalizedName());
    assertEquals("redis", parse("Docker.IO/Library/Redis").normalizedName());
    assertEquals("minio/minio", parse("docker.io/minio/minio").normalizedName());
  }

  @Test
  void otherRegistriesKeepTheirHost() {
    assertEquals("quay.io/minio/minio", parse("quay.io/minio/minio:latest").normalizedName());
    assertEquals("registry:5000/team/app", parse("registry:5000/team/app").normalizedName());
    assertEquals("ghcr.io/org/app", parse("ghcr.io/Org/App:v1").normalizedName());
    assertEquals("localhost/library/app", parse("localhost/library/app").normalizedName());
  }

  @Test
  void baseNameIsTheLastPathSegment() {
    assertEquals("minio", parse("quay.io/minio/minio:latest").baseName());
    assertEquals("redis", parse("docker.io/library/redis").baseName());
    assertEquals("app", parse("registry:5000/team/app").baseName());
  }

  @Test
  void floatingMeansNoTagOrLatestAndNoDigest() {
    assertEquals(true, parse("redis").isFloating());
    assertEquals(true, parse("redis:latest").isFloating());
    assertEquals(true, parse("registry:5000/team/app").isFloating());
    assertEquals(false, parse("redis:7").isFloating());
    assertEquals(false, parse("redis:latest-alpine").isFloating());
    assertEquals(false, parse("mcr.microsoft.com/mssql/server:2019-latest").isFloating());
    assertEquals(false, parse("redis@sha256:abc").isFloating());
    assertEquals(false, parse("redis:latest@sha256:abc").isFloating());
    assertEquals(true, parse("redis@sha256:abc").isPinnedByDigest());
    assertEquals(false, parse("redis:latest").isPinnedByDigest());
  }

  @Test
  void normalizesConfiguredNamesTheSameWay() {
    assertEquals("redis", ImageReference.normalize("docker.io/library/redis"));
    assertEquals("redis", ImageReference.normalize("Redis:7"));
    assertEquals("registry:5000/team/app", ImageReference.normalize("registry:5000/team/app"));
    assertEquals("not an image", ImageReference.normalize("Not An Image"));
  }
}
