package dev.composefix.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.config.Config;
import dev.composefix.images.BuildContexts;
import dev.composefix.images.KnowledgeBase;
import dev.composefix.images.routes.BuildReading;
import dev.composefix.lint.Surroundings;
import dev.composefix.support.HealthcheckRestore;
import dev.composefix.support.Projects;
import dev.composefix.text.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Remove and restore over the build-context corpus: real stacks with the Dockerfiles and sources of
 * their {@code build:} services. Each hand-written healthcheck of a build service is removed in
 * turn and healthcheck-missing with --unsafe-fixes, reading the build context in place, is asked to
 * add it back. Every outcome is pinned here, with why where it is not the same probe, and none may
 * call a program the built image lacks. The outcomes are also written to
 * target/healthcheck-restore-buildctx.txt.
 */
class BuildContextRestoreTest {

  /**
   * Each build service's outcome. Where the probe is not the humans' one, the reason: voting-app's
   * vote stage copies no code (it is bind-mounted), so no route is known; robot-shop's web is
   * nginx, whose configuration the reader does not read; autograph's app-hsm sets port 8001 in a
   * configuration file the reader does not read, and runs a command of its own, so the port 8000 of
   * the image it is built on is not its: the TCP probe goes to the port it publishes; parseable's
   * route prefix comes from a function call; docs.rs serves a health route beside the root the
   * humans probe. The declined ones are true: the distroless and collector images have no shell, no
   * HTTP client and no nc, so the humans' curl checks cannot run either, and the sibling that runs
   * the same image has such a check, which is therefore not borrowed.
   */
  private static final List<String> EXPECTED =
      List.of(
          "QuivrHQ__quivr/docker-compose.yml backend-core | http:5050/healthz -> http:5050/healthz"
              + " | in kind",
          "dockersamples__example-voting-app/docker-compose.yml vote | http:80/ -> tcp:80 | other"
              + " kind",
          "getzep__graphiti/docker-compose.yml graph | http:8000/healthcheck ->"
              + " http:8000/healthcheck | in kind",
          "getzep__graphiti/docker-compose.yml graph-falkordb | http:8000/healthcheck ->"
              + " http:8000/healthcheck | in kind",
          "getzep__graphiti/mcp_server/docker/docker-compose.yml graphiti-falkordb |"
              + " command:redis-cli -> command:redis-cli | in kind (the image's own HEALTHCHECK)",
          "instana__robot-shop/docker-compose.yaml catalogue | http:8080/health -> http:8080/health"
              + " | in kind",
          "instana__robot-shop/docker-compose.yaml user | http:8080/health -> http:8080/health | in"
              + " kind",
          "instana__robot-shop/docker-compose.yaml cart | http:8080/health -> http:8080/health | in"
              + " kind",
          "instana__robot-shop/docker-compose.yaml shipping | http:8080/health -> http:8080/health"
              + " | in kind",
          "instana__robot-shop/docker-compose.yaml ratings | http:80/_health -> http:80/_health |"
              + " in kind",
          "instana__robot-shop/docker-compose.yaml payment | http:8080/health -> http:8080/health |"
              + " in kind",
          "instana__robot-shop/docker-compose.yaml web | http:8080/ -> tcp:8080 | other kind",
          "mozilla-services__autograph/docker-compose.yml app | http:8000/__heartbeat__ ->"
              + " http:8000/__heartbeat__ | in kind",
          "mozilla-services__autograph/docker-compose.yml app-hsm | http:8001/__heartbeat__ ->"
              + " tcp:8001 | other kind",
          "nickjj__docker-rails-example/compose.yaml web | http:8000/up -> http:8000/up | in kind",
          "parseablehq__parseable/docker-compose-test.yaml parseable | http:8000/api/v1/liveness ->"
              + " tcp:8000 | other kind",
          "parseablehq__parseable/docker-compose-distributed-test.yaml parseable-query |"
              + " http:8000/api/v1/liveness -> tcp:8000 | other kind",
          "parseablehq__parseable/docker-compose-distributed-test.yaml parseable-ingest-one |"
              + " http:8000/api/v1/liveness -> tcp:8000 | other kind",
          "parseablehq__parseable/docker-compose-test-with-kafka.yaml parseable |"
              + " http:8000/api/v1/liveness -> - | declined: for the image built from"
              + " Dockerfile.kafka on gcr.io/distroless/cc-debian12:latest (knowledge base row"
              + " distroless-static-base-cc): to connect to port 8000 it needs bash or nc -z, and"
              + " the image lacks bash, nc",
          "parseablehq__parseable/docker-compose-distributed-test-with-kafka.yaml parseable-query |"
              + " http:8000/api/v1/liveness -> tcp:8000 | other kind",
          "parseablehq__parseable/docker-compose-distributed-test-with-kafka.yaml"
              + " parseable-ingest-one | http:8000/api/v1/liveness -> - | declined: for the image"
              + " built from Dockerfile.kafka on gcr.io/distroless/cc-debian12:latest (knowledge"
              + " base row distroless-static-base-cc): to connect to port 8000 it needs bash or nc"
              + " -z, and the image lacks bash, nc; service 'parseable-ingest-two' runs the same"
              + " image, but its healthcheck does not fit: its healthcheck calls curl, which the"
              + " image lacks",
          "parseablehq__parseable/docker-compose-distributed-test-with-kafka.yaml"
              + " parseable-ingest-two | http:8000/api/v1/liveness -> - | declined: for the image"
              + " built from Dockerfile.kafka on gcr.io/distroless/cc-debian12:latest (knowledge"
              + " base row distroless-static-base-cc): to connect to port 8000 it needs bash or nc"
              + " -z, and the image lacks bash, nc; service 'parseable-ingest-one' runs the same"
              + " image, but its healthcheck does not fit: its healthcheck calls curl, which the"
              + " image lacks",
          "parseablehq__parseable/docker-compose-gcs-distributed-test.yaml parseable-query |"
              + " http:8000/api/v1/liveness -> tcp:8000 | other kind",
          "parseablehq__parseable/docker-compose-gcs-distributed-test.yaml parseable-ingest-one |"
              + " http:8000/api/v1/liveness -> tcp:8000 | other kind",
          "rust-lang__docs.rs/docker-compose.yml web | http:3000/ -> http:3000/-/status/ | other"
              + " kind",
          "rust-lang__docs.rs/docker-compose.yml db | command:pg_isready -> command:pg_isready | in"
              + " kind",
          "rust-lang__docs.rs/docker-compose.yml opentelemetry | http:13133/health -> - | declined:"
              + " for the image built from ./dockerfiles/./Dockerfile-opentelemetry on"
              + " otel/opentelemetry-collector-contrib:0.158.0 (knowledge base row"
              + " otelcol-contrib): to request its endpoint / on port 13133 it needs an HTTP"
              + " client, and the image lacks curl, wget, and whether it has python3, node is not"
              + " known; to connect to port 4317 it needs bash or nc -z, and the image lacks bash,"
              + " and whether it has nc is not known");

  @Test
  void bringsBackTheBuildServicesHealthchecks() throws Exception {
    Path corpus = Projects.root().resolve("../shared/buildctx-corpus").normalize();
    Assumptions.assumeTrue(Files.isDirectory(corpus), "no buildctx-corpus beside the project");
    List<HealthcheckRestore.Outcome> outcomes = new ArrayList<>();
    List<String> lacking = new ArrayList<>();
    List<String> manifest =
        Files.readAllLines(corpus.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
    for (String line : manifest.subList(1, manifest.size())) {
      String[] columns = line.split("\t");
      for (String file : columns[4].split(",")) {
        Path compose = corpus.resolve(columns[0]).resolve(file.trim());
        HealthcheckRestore restore =
            new HealthcheckRestore(
                new Surroundings(
                    Config.DEFAULTS,
                    KnowledgeBase.builtIn(),
                    BuildContexts.in(compose.getParent(), new BuildReading.Reuse())));
        restore.run(
            columns[0] + "/" + file.trim(),
            SourceText.decode(Files.readAllBytes(compose)),
            service -> service.has("build"));
        outcomes.addAll(restore.results().outcomes());
        lacking.addAll(restore.results().lacking());
      }
    }
    HealthcheckRestore.write(
        Projects.root().resolve("target/healthcheck-restore-buildctx.txt"),
        new HealthcheckRestore.Results(outcomes, lacking, List.of()));
    assertEquals(List.of(), lacking, "restored probes that call a program the image lacks");
    List<String> lines = new ArrayList<>();
    for (HealthcheckRestore.Outcome o : outcomes) {
      lines.add(o.where() + " | " + o.original() + " -> " + o.restored() + " | " + o.verdict());
    }
    assertEquals(EXPECTED, lines);
  }
}
