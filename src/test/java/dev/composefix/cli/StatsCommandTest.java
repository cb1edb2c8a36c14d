package dev.composefix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.composefix.support.Cli;
import dev.composefix.support.Projects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verification report's numbers against a file counted by hand (its header comment says how).
 */
class StatsCommandTest {

  @TempDir Path dir;

  /** The text block for src/test/resources/stats/hand-counted.yml, counted by hand. */
  private static final String HAND_COUNTED_BLOCK =
      """
        services                         6
        healthchecks                     4  (2 with start_period, 2 without; 1 disabled)
        images                           5  (2 pinned, 1 :latest, 1 untagged, 1 from a variable)
        secret variables                 5  (1 required, 3 defaulted, 1 hard-coded)
        GPU services                     2  (1 with a device reservation, 1 without)
        findings                        10
          healthcheck-start-period       2
          secret-default                 3
          image-pin                      2
          gpu-deploy                     1
          healthcheck-missing            1
          secret-hardcoded               1
      """;

  private void handCounted(String name) throws IOException {
    Files.copy(
        Projects.root().resolve("src/test/resources/stats/hand-counted.yml"), dir.resolve(name));
  }

  @Test
  void textReportMatchesTheHandCount() throws IOException {
    handCounted("compose.yaml");
    Cli.Result result = Cli.run(dir, "stats", "compose.yaml");
    assertEquals(0, result.exitCode());
    assertEquals("", result.err());
    assertEquals("compose.yaml\n" + HAND_COUNTED_BLOCK, result.out());
  }

  @Test
  void errorsGoToStderrAsPathLineColumnLines() throws IOException {
    handCounted("compose.yaml");
    Files.writeString(dir.resolve("broken.compose.yaml"), "services: [\n");
    Cli.Result result = Cli.run(dir, "stats", "compose.yaml", "broken.compose.yaml");
    assertEquals(2, result.exitCode());
    assertEquals("compose.yaml\n" + HAND_COUNTED_BLOCK, result.out());
    assertEquals(
        "broken.compose.yaml:2:1: expected the node content, but found '<stream end>' (while"
            + " parsing a flow node); fix the YAML syntax and run again\n",
        result.err());
  }

  @Test
  void takesTheLimitOptionsItsMessagesMention() throws IOException {
    Files.writeString(dir.resolve("compose.yaml"), "a:\n".repeat(1) + "#\n".repeat(1100));
    Cli.Result refused = Cli.run(dir, "stats", "compose.yaml");
    assertEquals(2, refused.exitCode());
    assertEquals(
        "compose.yaml:1002:1: more than 1000 comment or blank lines in a row; raise the limit with"
            + " --max-comment-lines if the file is genuine\n",
        refused.err());
    Cli.Result raised = Cli.run(dir, "stats", "--max-comment-lines", "2000", "compose.yaml");
    assertEquals("", raised.err());
    assertEquals(0, raised.exitCode());
  }

  @Test
  void jsonTotalsAddUpOverFilesAndErrorsAreReported() throws IOException {
    handCounted("compose.yaml");
    Files.createDirectories(dir.resolve("more"));
    handCounted("more/docker-compose.yml");
    Files.writeString(dir.resolve("more/broken.compose.yaml"), "services: [\n");
    Cli.Result result = Cli.run(dir, "stats", "--format", "json", ".");
    assertEquals(2, result.exitCode());
    JsonNode report = new ObjectMapper().readTree(result.out());
    assertEquals(3, report.get("files").size());
    assertEquals("compose.yaml", report.at("/files/0/path").asText());
    assertEquals("more/broken.compose.yaml", report.at("/files/1/path").asText());
    assertEquals(
        "2:1: expected the node content, but found '<stream end>' (while parsing a flow node); fix"
            + " the YAML syntax and run again",
        report.at("/files/1/error").asText());
    JsonNode total = report.get("total");
    assertEquals(12, total.get("services").asInt());
    assertEquals(4, total.at("/healthchecks/withStartPeriod").asInt());
    assertEquals(4, total.at("/healthchecks/withoutStartPeriod").asInt());
    assertEquals(2, total.at("/healthchecks/disabled").asInt());
    assertEquals(4, total.at("/images/pinned").asInt());
    assertEquals(2, total.at("/images/latest").asInt());
    assertEquals(2, total.at("/images/untagged").asInt());
    assertEquals(2, total.at("/images/unresolved").asInt());
    assertEquals(2, total.at("/secrets/required").asInt());
    assertEquals(6, total.at("/secrets/defaulted").asInt());
    assertEquals(2, total.at("/secrets/hardCoded").asInt());
    assertEquals(2, total.at("/gpuServices/withReservation").asInt());
    assertEquals(2, total.at("/gpuServices/withoutReservation").asInt());
    assertEquals(4, total.at("/findings/healthcheck-start-period").asInt());
    assertEquals(0, total.at("/findings/curl-flags").asInt());
  }

  @Test
  void numbersChangeAsFixesLand() throws IOException {
    handCounted("compose.yaml");
    Cli.run(dir, "--write", "compose.yaml");
    JsonNode after =
        new ObjectMapper()
            .readTree(Cli.run(dir, "stats", "--format", "json", "compose.yaml").out())
            .get("total");
    assertEquals(4, after.at("/healthchecks/withStartPeriod").asInt());
    assertEquals(0, after.at("/healthchecks/withoutStartPeriod").asInt());
    // API_TOKEN's empty default marks an optional credential: its fix is unsafe, so it stays.
    assertEquals(3, after.at("/secrets/required").asInt());
    assertEquals(1, after.at("/secrets/defaulted").asInt());
    assertEquals(2, after.at("/gpuServices/withReservation").asInt());
  }

  @Test
  void findingsAreThoseOfTheProjectEachFileBelongsTo() throws IOException {
    Files.writeString(
        dir.resolve("compose.yaml"), "services:\n  db:\n    image: postgres:16.4-alpine\n");
    Files.writeString(
        dir.resolve("compose.override.yaml"),
        "services:\n"
            + "  db:\n"
            + "    healthcheck:\n"
            + "      test: [CMD, pg_isready]\n"
            + "      start_period: 9s\n");
    Cli.Result result = Cli.run(dir, "stats");
    assertEquals("", result.err());
    assertEquals(
        """
        project compose.yaml + compose.override.yaml
          services                         1
          healthchecks                     1  (1 with start_period, 0 without; 0 disabled)
          images                           1  (1 pinned, 0 :latest, 0 untagged, 0 from a variable)
          secret variables                 0  (0 required, 0 defaulted, 0 hard-coded)
          GPU services                     0  (0 with a device reservation, 0 without)
          findings                         0
        compose.yaml
          services                         1
          healthchecks                     0  (0 with start_period, 0 without; 0 disabled)
          images                           1  (1 pinned, 0 :latest, 0 untagged, 0 from a variable)
          secret variables                 0  (0 required, 0 defaulted, 0 hard-coded)
          GPU services                     0  (0 with a device reservation, 0 without)
          findings                         0
        compose.override.yaml
          services                         1
          healthchecks                     1  (1 with start_period, 0 without; 0 disabled)
          images                           0  (0 pinned, 0 :latest, 0 untagged, 0 from a variable)
          secret variables                 0  (0 required, 0 defaulted, 0 hard-coded)
          GPU services                     0  (0 with a device reservation, 0 without)
          findings                         0
        total (2 files)
          services                         2
          healthchecks                     1  (1 with start_period, 0 without; 0 disabled)
          images                           1  (1 pinned, 0 :latest, 0 untagged, 0 from a variable)
          secret variables                 0  (0 required, 0 defaulted, 0 hard-coded)
          GPU services                     0  (0 with a device reservation, 0 without)
          findings                         0
        """,
        result.out());
  }

  private void mergedProject() throws IOException {
    Files.writeString(
        dir.resolve("compose.yaml"),
        """
        services:
          db:
            image: postgres:latest
            healthcheck:
              test: [CMD, pg_isready]
            environment:
              POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-changeme}
          worker:
            image: nvidia/cuda:12.4.1-runtime-ubuntu22.04
            runtime: nvidia
        """);
    Files.writeString(
        dir.resolve("compose.override.yaml"),
        """
        services:
          db:
            image: postgres:16.4-alpine
            healthcheck:
              start_period: 30s
            environment:
              POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?required}
          worker:
            deploy:
              resources:
                reservations:
                  devices:
                    - driver: nvidia
                      count: 1
                      capabilities: [gpu]
        """);
    // Not merged: a project of its own, so it has no project block.
    Files.writeString(
        dir.resolve("docker-compose.test.yml"), "services:\n  db:\n    image: postgres:latest\n");
  }

  /**
   * Counted by hand over the merged services: the override's tag, start_period, required password
   * and device reservation replace or join the base's, so each service counts once, as it runs.
   */
  @Test
  void aProjectOfSeveralFilesCountsItsMergedServicesAboveItsFiles() throws IOException {
    mergedProject();
    Cli.Result result = Cli.run(dir, "stats", "compose.yaml", "compose.override.yaml");
    assertEquals("", result.err());
    assertEquals(
        """
        project compose.yaml + compose.override.yaml
          services                         2
          healthchecks                     1  (1 with start_period, 0 without; 0 disabled)
          images                           2  (2 pinned, 0 :latest, 0 untagged, 0 from a variable)
          secret variables                 1  (1 required, 0 defaulted, 0 hard-coded)
          GPU services                     1  (1 with a device reservation, 0 without)
          findings                         3
            secret-default                 1
            gpu-deploy                     1
            healthcheck-missing            1
        compose.yaml
          services                         2
          healthchecks                     1  (0 with start_period, 1 without; 0 disabled)
          images                           2  (1 pinned, 1 :latest, 0 untagged, 0 from a variable)
          secret variables                 1  (0 required, 1 defaulted, 0 hard-coded)
          GPU services                     1  (0 with a device reservation, 1 without)
          findings                         3
            secret-default                 1
            gpu-deploy                     1
            healthcheck-missing            1
        compose.override.yaml
          services                         2
          healthchecks                     1  (1 with start_period, 0 without; 0 disabled)
          images                           1  (1 pinned, 0 :latest, 0 untagged, 0 from a variable)
          secret variables                 1  (1 required, 0 defaulted, 0 hard-coded)
          GPU services                     1  (1 with a device reservation, 0 without)
          findings                         0
        total (2 files)
          services                         4
          healthchecks                     2  (1 with start_period, 1 without; 0 disabled)
          images                           3  (2 pinned, 1 :latest, 0 untagged, 0 from a variable)
          secret variables                 2  (1 required, 1 defaulted, 0 hard-coded)
          GPU services                     2  (1 with a device reservation, 1 without)
          findings                         3
            secret-default                 1
            gpu-deploy                     1
            healthcheck-missing            1
        """,
        result.out());
  }

  @Test
  void jsonListsTheProjectsOfSeveralFilesOnly() throws IOException {
    mergedProject();
    JsonNode report = new ObjectMapper().readTree(Cli.run(dir, "stats", "--format", "json").out());
    assertEquals(3, report.get("files").size());
    assertEquals(1, report.get("projects").size());
    JsonNode project = report.at("/projects/0");
    assertEquals("[\"compose.yaml\",\"compose.override.yaml\"]", project.get("files").toString());
    assertEquals(2, project.at("/services").asInt());
    assertEquals(2, project.at("/images/pinned").asInt());
    assertEquals(0, project.at("/images/latest").asInt());
    assertEquals(1, project.at("/secrets/required").asInt());
    assertEquals(1, project.at("/gpuServices/withReservation").asInt());
    assertEquals(1, project.at("/findings/gpu-deploy").asInt());
  }

  @Test
  void aLoneFileHasNoProjectInJson() throws IOException {
    handCounted("compose.yaml");
    JsonNode report =
        new ObjectMapper()
            .readTree(Cli.run(dir, "stats", "--format", "json", "compose.yaml").out());
    assertEquals(false, report.has("projects"));
  }
}
