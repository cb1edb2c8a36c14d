package dev.composefix.images.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.images.dockerfile.ReadNote;
import dev.composefix.images.dockerfile.StageFacts;
import dev.composefix.support.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every build service of the build-context corpus (its MANIFEST.tsv and Compose files), read as
 * Compose would build it, against what its authors wrote by hand. For each service: the external
 * base image, the probe programs its Dockerfile installs, the strongest listen port with its kind
 * of evidence, and the best route. Where the reader cannot see what the humans used, the row says
 * what it sees and a comment says why.
 */
class BuildContextCorpusTest {

  private static final Set<String> PROBES =
      Set.of(
          "curl", "wget", "nc", "ncat", "python", "python3", "node", "bash", "telnet", "socat",
          "http");

  /** One service's facts in one line each: base, probe programs, port, best route. */
  record Row(String base, List<String> probes, String port, String route) {}

  private static Row row(String base, List<String> probes, String port, String route) {
    return new Row(base, probes, port, route);
  }

  private static final String QUIVR = "QuivrHQ__quivr/docker-compose.yml#";
  private static final String VOTING = "dockersamples__example-voting-app/docker-compose.yml#";
  private static final String GRAPHITI = "getzep__graphiti/";
  private static final String ROBOT = "instana__robot-shop/docker-compose.yaml#";
  private static final String AUTOGRAPH = "mozilla-services__autograph/docker-compose.yml#";
  private static final String RAILS = "nickjj__docker-rails-example/compose.yaml#";
  private static final String PARSEABLE = "parseablehq__parseable/";
  private static final String DOCSRS = "rust-lang__docs.rs/docker-compose.yml#";

  private static final String QUIVR_HEALTHZ =
      "/healthz api/quivr_api/modules/misc/controller/misc_routes.py:14";
  private static final String DOCSRS_STATUS = "/-/status/ crates/bin/docs_rs_web/src/routes.rs:147";
  private static final String GRAPHITI_HEALTHCHECK = "/healthcheck server/graph_service/main.py:27";
  private static final String MCP_HEALTH = "/health src/graphiti_mcp_server.py:1092";

  static Map<String, Row> expected() {
    Map<String, Row> rows = new LinkedHashMap<>();
    // The Next.js standalone server.js is built, not copied from the context: only the PORT env.
    rows.put(
        QUIVR + "frontend",
        row("EXTERNAL node:18.19.0-alpine", List.of(), "3000 ENVIRONMENT", "none"));
    // Human check: curl http://localhost:5050/healthz. Compose's command sets uvicorn --port 5050.
    rows.put(
        QUIVR + "backend-core",
        row(
            "EXTERNAL python:3.11.6-slim-bullseye",
            List.of("curl", "wget"),
            "5050 COMMAND",
            QUIVR_HEALTHZ));
    // Celery services share the image and replace its command: they serve no HTTP, so neither
    // the API's EXPOSE 5050 nor its routes are theirs. Flower listens on --port=5555, with routes
    // of its own, not the API's /healthz.
    rows.put(
        QUIVR + "flower",
        row(
            "EXTERNAL python:3.11.6-slim-bullseye",
            List.of("curl", "wget"),
            "5555 COMMAND",
            "none"));
    for (String celery : List.of("notifier", "worker", "beat")) {
      rows.put(
          QUIVR + celery,
          row("EXTERNAL python:3.11.6-slim-bullseye", List.of("curl", "wget"), "none", "none"));
    }
    // Human check: curl -f http://localhost (port 80). The dev target copies no code (Compose
    // bind-mounts it) and sets no EXPOSE, so neither the route nor the port is visible.
    rows.put(VOTING + "vote", row("EXTERNAL python:3.11-slim", List.of("curl"), "none", "none"));
    rows.put(
        VOTING + "result",
        row("EXTERNAL node:18-slim", List.of("curl"), "80 SOURCE", "/ server.js:70"));
    rows.put(
        VOTING + "worker",
        row("EXTERNAL mcr.microsoft.com/dotnet/runtime:7.0", List.of(), "none", "none"));
    rows.put(VOTING + "seed", row("EXTERNAL python:3.9-slim", List.of(), "none", "none"));
    // Human check: python urllib on http://localhost:8000/healthcheck.
    rows.put(
        GRAPHITI + "docker-compose.yml#graph",
        row("EXTERNAL python:3.12-slim", List.of("curl"), "8000 COMMAND", GRAPHITI_HEALTHCHECK));
    rows.put(
        GRAPHITI + "docker-compose.yml#graph-falkordb",
        row("EXTERNAL python:3.12-slim", List.of("curl"), "8000 COMMAND", GRAPHITI_HEALTHCHECK));
    // Human check: redis-cli -p 6379 ping; the first EXPOSE is 6379. The image also serves MCP.
    rows.put(
        GRAPHITI + "mcp_server/docker/docker-compose.yml#graphiti-falkordb",
        row(
            "EXTERNAL falkordb/falkordb:latest",
            List.of("curl", "python3"),
            "6379 EXPOSE",
            MCP_HEALTH));
    // Dockerfile HEALTHCHECK: curl -f http://localhost:8000/health. Compose's command, "uv run
    // main.py", replaces the image's and reads its port from a YAML config at run time: the
    // image's EXPOSE 8000 describes the image's own command, so the reader claims neither port
    // nor route for this one (a miss, not a wrong probe; the published 8000 still gives a TCP one).
    rows.put(
        GRAPHITI + "mcp_server/docker/docker-compose-falkordb.yml#graphiti-mcp",
        row("EXTERNAL python:3.11-slim-bookworm", List.of("curl"), "none", "none"));
    rows.put(
        GRAPHITI + "mcp_server/docker/docker-compose-neo4j.yml#graphiti-mcp",
        row("EXTERNAL python:3.11-slim-bookworm", List.of("curl"), "none", "none"));
    rows.put(ROBOT + "mongodb", row("EXTERNAL mongo:5", List.of(), "none", "none"));
    // Human checks: curl -f http://localhost:8080/health. node:14 has curl in its base image,
    // which is the image knowledge base's to say, not the Dockerfile's.
    rows.put(
        ROBOT + "catalogue",
        row("EXTERNAL node:14", List.of(), "8080 SOURCE", "/health server.js:58"));
    rows.put(
        ROBOT + "user", row("EXTERNAL node:14", List.of(), "8080 SOURCE", "/health server.js:61"));
    rows.put(
        ROBOT + "cart", row("EXTERNAL node:14", List.of(), "8080 SOURCE", "/health server.js:68"));
    rows.put(ROBOT + "mysql", row("EXTERNAL mysql:5.7", List.of(), "none", "none"));
    rows.put(
        ROBOT + "shipping",
        row(
            "EXTERNAL openjdk:8-jdk",
            List.of(),
            "8080 DEFAULT",
            "/health src/main/java/com/instana/robotshop/shipping/Controller.java:57"));
    // Human check: http://localhost/_health. Apache's port 80 comes from the php:7.4-apache base
    // image's own CMD, which the Dockerfile does not state.
    rows.put(
        ROBOT + "ratings",
        row(
            "EXTERNAL php:7.4-apache",
            List.of(),
            "none",
            "/_health html/src/Controller/HealthController.php:16"));
    rows.put(
        ROBOT + "payment",
        row("EXTERNAL python:3.9", List.of(), "8080 CONFIG", "/health payment.py:40"));
    rows.put(ROBOT + "dispatch", row("EXTERNAL golang:1.17", List.of(), "none", "none"));
    // Human check: http://localhost:8080/ on nginx; its config is a .template file, not read.
    rows.put(ROBOT + "web", row("EXTERNAL nginx:1.21.6", List.of(), "8080 EXPOSE", "none"));
    rows.put(
        "instana__robot-shop/docker-compose-load.yaml#load",
        row("EXTERNAL python:3.9", List.of(), "none", "none"));
    rows.put(AUTOGRAPH + "db", row("EXTERNAL postgres:18", List.of(), "none", "none"));
    // Human check: curl -f http://localhost:8000/__heartbeat__. The port is in a YAML config the
    // binary reads; EXPOSE 8000 comes first.
    rows.put(
        AUTOGRAPH + "app",
        row(
            "EXTERNAL golang:1.26.3-trixie",
            List.of("curl"),
            "8000 EXPOSE",
            "/__heartbeat__ main.go:220"));
    // Human check: curl -f http://localhost:8001/__heartbeat__. FROM autograph-app, the image the
    // app service builds: no external base, and its own context holds only configs and keys.
    rows.put(
        AUTOGRAPH + "app-hsm",
        row("PROJECT_IMAGE autograph-app", List.of("python3"), "none", "none"));
    rows.put(AUTOGRAPH + "monitor", row("PROJECT_IMAGE autograph-app", List.of(), "none", "none"));
    rows.put(
        AUTOGRAPH + "monitor-hsm", row("PROJECT_IMAGE autograph-app", List.of(), "none", "none"));
    // Runs the tests instead of the server: the server's EXPOSE and routes are not its.
    rows.put(
        AUTOGRAPH + "unit-test",
        row("EXTERNAL golang:1.26.3-trixie", List.of("curl"), "none", "none"));
    // Human check: curl localhost:8000/up; config/puma.rb binds ${PORT:-8000}.
    rows.put(
        RAILS + "web",
        row(
            "EXTERNAL ruby:4.0.5-slim-trixie",
            List.of("curl"),
            "8000 CONFIG",
            "/up config/routes.rb:4"));
    // Sidekiq and the asset watchers replace the image's command: no port or route of the app.
    rows.put(
        RAILS + "worker", row("EXTERNAL ruby:4.0.5-slim-trixie", List.of("curl"), "none", "none"));
    // puma -p 28080 cable/config.ru runs Action Cable alone, which answers no /up.
    rows.put(
        RAILS + "cable",
        row("EXTERNAL ruby:4.0.5-slim-trixie", List.of("curl"), "28080 COMMAND", "none"));
    rows.put(
        RAILS + "js",
        row("EXTERNAL ruby:4.0.5-slim-trixie", List.of("curl", "node"), "none", "none"));
    rows.put(
        RAILS + "css",
        row("EXTERNAL ruby:4.0.5-slim-trixie", List.of("curl", "node"), "none", "none"));
    // Human checks: curl -f http://localhost:8000/api/v1/liveness. The /api/v1 scope comes from
    // a function call (web::scope(&base_path())) and port 8000 from a clap default in cli.rs,
    // neither of which a text-level reader resolves; Compose's command (parseable s3-store and
    // the like) shows no server the reader knows, so the app's routes are not claimed for it.
    // Services built from Dockerfile.kafka end on
    // distroless and have no curl, whatever their human check calls.
    for (String file :
        List.of(
            "docker-compose-test.yaml#parseable",
            "docker-compose-distributed-test.yaml#parseable-query",
            "docker-compose-distributed-test.yaml#parseable-ingest-one",
            "docker-compose-distributed-test-with-kafka.yaml#parseable-query",
            "docker-compose-gcs-distributed-test.yaml#parseable-query",
            "docker-compose-gcs-distributed-test.yaml#parseable-ingest-one")) {
      rows.put(
          PARSEABLE + file,
          row("EXTERNAL docker.io/debian:bookworm-slim", List.of("curl"), "none", "none"));
    }
    for (String file :
        List.of(
            "docker-compose-test-with-kafka.yaml#parseable",
            "docker-compose-distributed-test-with-kafka.yaml#parseable-ingest-one",
            "docker-compose-distributed-test-with-kafka.yaml#parseable-ingest-two")) {
      rows.put(
          PARSEABLE + file,
          row("EXTERNAL gcr.io/distroless/cc-debian12:latest", List.of(), "none", "none"));
    }
    rows.put(
        PARSEABLE + "docker-compose-test-with-kafka.yaml#kafka-log-generator",
        row("EXTERNAL python:3.13-slim-bookworm", List.of(), "none", "none"));
    rows.put(
        PARSEABLE + "docker-compose-distributed-test-with-kafka.yaml#kafka-log-generator",
        row("EXTERNAL python:3.13-slim-bookworm", List.of(), "none", "none"));
    // Human check: curl --silent --fail localhost:3000/. The reader ranks docs.rs's own status
    // page first; "/" comes second (asserted below).
    rows.put(
        DOCSRS + "web",
        row("EXTERNAL debian:trixie-slim", List.of("curl"), "3000 COMMAND", DOCSRS_STATUS));
    for (String service :
        List.of(
            "registry-watcher", "registry-watcher-cli", "builder-a", "builder-b", "builder-cli")) {
      rows.put(
          DOCSRS + service,
          row("EXTERNAL debian:trixie-slim", List.of("curl"), "none", DOCSRS_STATUS));
    }
    rows.put(DOCSRS + "cli", row("EXTERNAL debian:trixie-slim", List.of(), "none", DOCSRS_STATUS));
    // Human check: pg_isready, which the postgres base image brings.
    rows.put(DOCSRS + "db", row("EXTERNAL postgres:18-alpine", List.of(), "5432 EXPOSE", "none"));
    // Human check: curl on :13133/health in an image with no curl and no shell; nothing copied.
    rows.put(
        DOCSRS + "opentelemetry",
        row("EXTERNAL otel/opentelemetry-collector-contrib:0.158.0", List.of(), "none", "none"));
    rows.put(
        DOCSRS + "gui_tests",
        row("EXTERNAL node:24-trixie-slim", List.of("curl", "wget"), "none", "none"));
    return rows;
  }

  private static Path corpus() {
    Path corpus = Projects.root().resolve("../shared/buildctx-corpus").normalize();
    Assumptions.assumeTrue(
        Files.isRegularFile(corpus.resolve("MANIFEST.tsv")),
        "build-context corpus not found: skipped");
    return corpus;
  }

  private static Row rowOf(BuildFacts facts) {
    String base =
        facts.stage().map(s -> s.base().kind() + " " + s.base().reference()).orElse("none");
    List<String> probes =
        facts.stage().map(StageFacts::programNames).orElse(List.of()).stream()
            .filter(PROBES::contains)
            .toList();
    String port = facts.bestPort().map(p -> p.port() + " " + p.evidence()).orElse("none");
    String route =
        facts.bestRoute().map(r -> r.path() + " " + r.file() + ":" + r.line()).orElse("none");
    return new Row(base, probes, port, route);
  }

  @Test
  void everyBuildServiceAgainstTheHandWrittenHealthchecks() {
    Map<String, Row> actual = new LinkedHashMap<>();
    for (CorpusBuilds.Build build : CorpusBuilds.read(corpus())) {
      actual.put(build.key(), rowOf(BuildReading.read(build.request())));
    }
    Map<String, Row> expected = expected();
    List<String> differences = new ArrayList<>();
    for (String key : actual.keySet()) {
      if (!actual.get(key).equals(expected.get(key))) {
        differences.add(
            key + "\n    expected " + expected.get(key) + "\n    actual   " + actual.get(key));
      }
    }
    assertEquals(List.of(), differences);
    assertEquals(expected.keySet(), actual.keySet());
  }

  @Test
  void docsRsWebAlsoHasTheRootRouteTheHumansProbe() {
    CorpusBuilds.Build web =
        CorpusBuilds.read(corpus()).stream()
            .filter(b -> b.key().equals(DOCSRS + "web"))
            .findFirst()
            .orElseThrow();
    BuildFacts facts = BuildReading.read(web.request());
    assertEquals(
        List.of(DOCSRS_STATUS, "/ crates/bin/docs_rs_web/src/routes.rs:151"),
        facts.routes().stream().map(r -> r.path() + " " + r.file() + ":" + r.line()).toList());
    assertEquals(
        List.of(
            new ListenPort(
                3000, ListenPort.Evidence.COMMAND, "listen address argument 0.0.0.0:3000")),
        facts.ports());
  }

  @Test
  void autographAppHsmSaysItsBaseIsAProjectImage() {
    CorpusBuilds.Build hsm =
        CorpusBuilds.read(corpus()).stream()
            .filter(b -> b.key().equals(AUTOGRAPH + "app-hsm"))
            .findFirst()
            .orElseThrow();
    List<ReadNote> notes = BuildReading.read(hsm.request()).notes();
    assertEquals(
        new ReadNote(
            "Dockerfile",
            1,
            "FROM autograph-app: an image another service of the project builds, not an external"
                + " base"),
        notes.get(0));
  }
}
