package dev.composefix.images;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.compose.ImageReference;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealthcheckTemplatesTest {

  private static Optional<HealthcheckTemplates.Suggestion> suggest(
      String image, String... commandWords) {
    return HealthcheckTemplates.suggest(
        ImageReference.parse(image).orElseThrow(), List.of(commandWords));
  }

  private static HealthcheckTemplates.Check check(String family, String... test) {
    return new HealthcheckTemplates.Check(
        family, List.of(test), String.join(" ", List.of(test).subList(1, test.length)));
  }

  private static Optional<HealthcheckTemplates.Suggestion> noCheck(String family, String reason) {
    return Optional.of(new HealthcheckTemplates.NoCheck(family, reason));
  }

  @Test
  void postgresUsesPgIsreadyOverTcpWithTheContainersUser() {
    Optional<HealthcheckTemplates.Suggestion> expected =
        Optional.of(
            new HealthcheckTemplates.Check(
                "postgres",
                List.of(
                    "CMD-SHELL",
                    "pg_isready -h localhost -U $${POSTGRES_USER:-postgres} -d"
                        + " $${POSTGRES_DB:-$${POSTGRES_USER:-postgres}}"),
                "pg_isready"));
    assertEquals(expected, suggest("postgres:16-alpine"));
    assertEquals(expected, suggest("docker.io/library/postgres"));
    assertEquals(expected, suggest("postgis/postgis:16-3.4"));
  }

  @Test
  void imagesOutsideTheTableGetNothing() {
    assertEquals(Optional.empty(), suggest("weaviate/weaviate:1.27.0"));
    assertEquals(Optional.empty(), suggest("bitnami/redis:7"));
    assertEquals(Optional.empty(), suggest("prometheuscommunity/postgres-exporter"));
  }

  @Test
  void aCommandTheCheckCannotSeeThroughBlocksIt() {
    assertEquals(
        noCheck("postgres", "its command moves the server off port 5432"),
        suggest("postgres:16", "postgres", "-c", "port=5433"));
    assertEquals(
        noCheck("postgres", "its command moves the server off port 5432"),
        suggest("postgres:16", "postgres", "-p", "5433"));
    String password =
        "its command sets a password or loads a config file, which redis-cli ping would not know";
    assertEquals(
        noCheck("redis", password), suggest("redis:7", "redis-server", "--requirepass=secret"));
    assertEquals(
        noCheck("redis", password), suggest("redis:7", "redis-server", "/etc/redis/redis.conf"));
    assertEquals(
        Optional.of(
            new HealthcheckTemplates.Check(
                "redis", List.of("CMD", "redis-cli", "ping"), "redis-cli ping")),
        suggest("redis:7", "redis-server", "--appendonly", "yes"));
  }

  @Test
  void someImagesAreListedToSayWhyTheyGetNoCheck() {
    assertEquals(
        noCheck("qdrant", "the qdrant image has no curl or wget to request /readyz with"),
        suggest("qdrant/qdrant:v1.10.0"));
    assertEquals(
        noCheck(
            "elasticsearch",
            "whether its API needs HTTPS and a password depends on its security settings"),
        suggest("docker.elastic.co/elasticsearch/elasticsearch:8.15.0"));
  }

  @Test
  void windowsImagesGetNoCheck() {
    String windows = "it is a Windows image, which the table's checks are not written for";
    assertEquals(noCheck("redis", windows), suggest("redis:nanoserver"));
    assertEquals(noCheck("mongo", windows), suggest("mongo:7.0-windowsservercore-ltsc2022"));
  }

  @Test
  void versionGatedChecksNeedATagThatHasTheProgram() {
    HealthcheckTemplates.Check mongosh =
        new HealthcheckTemplates.Check(
            "mongo",
            List.of("CMD", "mongosh", "--quiet", "--eval", "db.adminCommand('ping')"),
            "mongosh ping");
    assertEquals(Optional.of(mongosh), suggest("mongo"));
    assertEquals(Optional.of(mongosh), suggest("mongo:latest"));
    assertEquals(Optional.of(mongosh), suggest("mongo:5"));
    assertEquals(Optional.of(mongosh), suggest("mongo:5.0.1-focal"));
    assertEquals(
        noCheck("mongo", "its tag 4.4 predates mongosh, which came with mongo 5.0"),
        suggest("mongo:4.4"));
    assertEquals(
        noCheck(
            "mongo",
            "its tag 'focal' does not say whether it has mongosh, which came with mongo 5.0"),
        suggest("mongo:focal"));
    assertEquals(
        noCheck(
            "mongo",
            "an image pinned by digest alone does not say whether it has mongosh, which came with"
                + " mongo 5.0"),
        suggest("mongo@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"));
    HealthcheckTemplates.Check connect =
        new HealthcheckTemplates.Check(
            "mariadb", List.of("CMD", "healthcheck.sh", "--connect"), "healthcheck.sh --connect");
    assertEquals(Optional.of(connect), suggest("mariadb:10.4"));
    assertEquals(Optional.of(connect), suggest("mariadb:10"));
    assertEquals(Optional.of(connect), suggest("mariadb:lts"));
    assertEquals(
        noCheck("mariadb", "its tag 10.3.39 predates healthcheck.sh, which came with mariadb 10.4"),
        suggest("mariadb:10.3.39"));
    assertEquals(
        Optional.of(
            new HealthcheckTemplates.Check(
                "rabbitmq",
                List.of("CMD", "rabbitmq-diagnostics", "-q", "ping"),
                "rabbitmq-diagnostics ping")),
        suggest("rabbitmq:3-management-alpine"));
    assertEquals(
        noCheck(
            "rabbitmq", "its tag 3.6 predates rabbitmq-diagnostics, which came with rabbitmq 3.7"),
        suggest("rabbitmq:3.6"));
  }

  @Test
  void httpChecksUseAToolTheImageHasOnThePortTheCommandSets() {
    assertEquals(
        Optional.of(
            check("minio", "CMD", "curl", "-sf", "http://localhost:9000/minio/health/live")),
        suggest("quay.io/minio/minio"));
    assertEquals(
        Optional.of(
            check("minio", "CMD", "curl", "-sf", "http://localhost:9005/minio/health/live")),
        suggest("minio/minio", "server", "/data", "--address", "0.0.0.0:9005"));
    assertEquals(
        Optional.of(
            check("minio", "CMD", "curl", "-sf", "http://localhost:9006/minio/health/live")),
        suggest(
            "minio/minio", "server", "/data", "--address=\":9006\"", "--console-address", ":9001"));
    assertEquals(
        noCheck("minio", "its command sets the address :$PORT, whose port is unclear"),
        suggest("minio/minio", "server", "--address", ":$PORT"));
    assertEquals(
        Optional.of(
            check(
                "clickhouse",
                "CMD",
                "wget",
                "-q",
                "-O",
                "/dev/null",
                "http://localhost:8123/ping")),
        suggest("clickhouse/clickhouse-server:24.8"));
    assertEquals(
        noCheck("clickhouse", "the image has no curl or wget"),
        suggest("clickhouse/clickhouse-server:24.8-distroless"));
  }

  @Test
  void natsNeedsAToolAndAMonitoringPort() {
    String scratch =
        "the official nats image is built from scratch and has no curl or wget; an -alpine tag has"
            + " wget";
    assertEquals(noCheck("nats", scratch), suggest("nats:2.10"));
    assertEquals(noCheck("nats", scratch), suggest("nats"));
    assertEquals(
        Optional.of(
            check("nats", "CMD", "wget", "-q", "-O", "/dev/null", "http://localhost:8222/healthz")),
        suggest("nats:2.10-alpine"));
    assertEquals(
        noCheck("nats", "its command has no -m 8222, so nothing serves /healthz"),
        suggest("nats:2.10-alpine", "-js"));
    assertEquals(
        Optional.of(
            check("nats", "CMD", "wget", "-q", "-O", "/dev/null", "http://localhost:8223/healthz")),
        suggest("nats:2.10-alpine", "-js", "-m", "8223"));
    assertEquals(
        Optional.of(
            check("nats", "CMD", "wget", "-q", "-O", "/dev/null", "http://localhost:8224/healthz")),
        suggest("nats:2.10-alpine", "--http_port=8224"));
    assertEquals(
        noCheck("nats", "its command turns on monitoring over HTTPS, which the check does not use"),
        suggest("nats:2.10-alpine", "-js", "--https_port", "8222"));
  }

  @Test
  void familiesAreListedInTableOrder() {
    assertEquals(
        List.of(
            "postgres",
            "redis",
            "valkey",
            "mysql",
            "mariadb",
            "mongo",
            "rabbitmq",
            "minio",
            "clickhouse",
            "nats",
            "qdrant",
            "elasticsearch"),
        List.copyOf(HealthcheckTemplates.imagesByFamily().keySet()));
  }
}
