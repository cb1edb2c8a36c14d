package dev.composefix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.images.verify.DockerCalls;
import dev.composefix.images.verify.ProbeScript;
import dev.composefix.support.Cli;
import dev.composefix.support.DockerStub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compose-fix verify-healthchecks}, against a stub docker: programs an image lacks, a shell
 * test in an image without a shell, services that build their image, and files that cannot be read.
 */
class VerifyHealthchecksCommandTest {

  private static final String COMPOSE =
      """
      services:
        api:
          image: ghcr.io/acme/api:1.8.2
          healthcheck:
            test: ["CMD-SHELL", "curl -fsS http://localhost:8000/healthz || exit 1"]
        db:
          image: ${DB_IMAGE:-ghcr.io/acme/db:16}
          healthcheck:
            test: ["CMD", "pg_isready", "-U", "app"]
        worker:
          build: .
          healthcheck:
            test: ["CMD", "celery", "inspect", "ping"]
        static:
          image: ghcr.io/acme/static:2
          healthcheck:
            test: wget -q --spider http://localhost/ || exit 1
        cache:
          image: redis:7
        off:
          image: ghcr.io/acme/api:1.8.2
          healthcheck:
            disable: true
      """;

  private static final String INSPECT = "image inspect --format " + DockerCalls.INSPECT_FORMAT;
  private static final String RUN = "run --rm --pull=never --network=none --name=compose-fix-PID-";

  @TempDir Path dir;

  private DockerStub docker;

  @BeforeEach
  void setUp() {
    docker = DockerStub.in(dir.resolve("stub"));
  }

  @Test
  void reportsEachProgramAnImageLacksAndSkipsServicesThatBuild() throws IOException {
    Files.writeString(dir.resolve("compose.yaml"), COMPOSE);
    docker
        .image("ghcr.io/acme/api:1.8.2")
        .local("amd64 null")
        .shell()
        .programs("found python3", "builtin exit");
    docker.image("ghcr.io/acme/db:16").local("amd64 null").shell().programs("found pg_isready");
    docker.image("ghcr.io/acme/static:2").local("amd64 null").programs("found wget");
    Cli.Result result = DockerRuns.run(dir, docker, "verify-healthchecks", "compose.yaml");
    assertEquals(
        "compose.yaml: service 'api' (ghcr.io/acme/api:1.8.2): the healthcheck calls curl, which"
            + " the image lacks\n"
            + "compose.yaml: service 'db' (ghcr.io/acme/db:16): the image has pg_isready\n"
            + "compose.yaml: service 'worker': skipped: it builds its image, which compose-fix does"
            + " not build\n"
            + "compose.yaml: service 'static' (ghcr.io/acme/static:2): the healthcheck runs its"
            + " test with /bin/sh, which the image lacks\n"
            + "4 healthchecks: 1 held, 2 with 2 mismatches, 1 skipped\n",
        result.out());
    assertEquals("", result.err());
    assertEquals(1, result.exitCode());
    assertEquals(
        "version --format {{.Server.Version}}\n"
            + INSPECT
            + " ghcr.io/acme/api:1.8.2\n"
            + RUN
            + "1 --entrypoint=/bin/sh ghcr.io/acme/api:1.8.2 -c "
            + ProbeScript.TEXT
            + " sh curl exit\n"
            + INSPECT
            + " ghcr.io/acme/db:16\n"
            + RUN
            + "2 --entrypoint=/bin/sh ghcr.io/acme/db:16 -c "
            + ProbeScript.TEXT
            + " sh pg_isready\n"
            + INSPECT
            + " ghcr.io/acme/static:2\n"
            + RUN
            + "3 --entrypoint=/bin/sh ghcr.io/acme/static:2 -c "
            + ProbeScript.TEXT
            + " sh wget exit\n",
        docker.calls());
  }

  @Test
  void aCmdTestInAnImageWithoutAShellStartsItsProgram() throws IOException {
    Files.writeString(
        dir.resolve("compose.yaml"),
        """
        services:
          static:
            image: ghcr.io/acme/static:2
            healthcheck:
              test: ["CMD", "/healthcheck", "--port", "8080"]
          edge:
            image: ghcr.io/acme/static:2
            healthcheck:
              test: ["CMD", "curl", "-f", "http://localhost/"]
        """);
    docker.image("ghcr.io/acme/static:2").local("amd64 null").programs("found /healthcheck");
    Cli.Result result = DockerRuns.run(dir, docker, "verify-healthchecks", "compose.yaml");
    assertEquals(
        "compose.yaml: service 'static' (ghcr.io/acme/static:2): the image has /healthcheck\n"
            + "compose.yaml: service 'edge' (ghcr.io/acme/static:2): the healthcheck calls curl,"
            + " which the image lacks\n"
            + "2 healthchecks: 1 held, 1 with 1 mismatch\n",
        result.out());
    assertEquals(1, result.exitCode());
    assertEquals(
        "version --format {{.Server.Version}}\n"
            + INSPECT
            + " ghcr.io/acme/static:2\n"
            + RUN
            + "1 --entrypoint=/bin/sh ghcr.io/acme/static:2 -c "
            + ProbeScript.TEXT
            + " sh /healthcheck\n"
            + RUN
            + "2 --entrypoint=/healthcheck ghcr.io/acme/static:2 --version\n"
            + RUN
            + "3 --entrypoint=/bin/sh ghcr.io/acme/static:2 -c "
            + ProbeScript.TEXT
            + " sh curl\n"
            + RUN
            + "4 --entrypoint=curl ghcr.io/acme/static:2 --version\n",
        docker.calls());
  }

  @Test
  void anImageNotPresentLocallyIsSkipped() throws IOException {
    Files.writeString(
        dir.resolve("compose.yaml"),
        """
        services:
          db:
            image: postgres:16
            healthcheck:
              test: pg_isready -U app
        """);
    Cli.Result result = DockerRuns.run(dir, docker, "verify-healthchecks", "compose.yaml");
    assertEquals(
        "compose.yaml: service 'db' (postgres:16): skipped: the image is not present locally;"
            + " pull it with docker pull postgres:16, or pass --pull\n"
            + "1 healthcheck: 1 skipped\n",
        result.out());
    assertEquals(0, result.exitCode());
  }

  @Test
  void withoutDockerItSaysSoInOneLine() throws IOException {
    Files.writeString(dir.resolve("compose.yaml"), COMPOSE);
    Cli.Result result =
        DockerRuns.run(
            dir,
            Map.of(DockerExecutable.VARIABLE, dir.resolve("no-docker").toString()),
            "verify-healthchecks",
            "compose.yaml");
    assertEquals("", result.out());
    assertEquals(
        "compose-fix: COMPOSE_FIX_DOCKER is "
            + dir.resolve("no-docker")
            + ", which is not an executable file\n",
        result.err());
    assertEquals(2, result.exitCode());
  }

  @Test
  void aFileThatCannotBeReadIsOneErrorAndRunsNothing() throws IOException {
    Files.writeString(dir.resolve("compose.yaml"), "services:\n  a: [\n");
    Cli.Result broken = DockerRuns.run(dir, docker, "verify-healthchecks", "compose.yaml");
    assertEquals("", broken.out());
    assertEquals(2, broken.exitCode());
    assertEquals(1, broken.err().lines().count(), broken.err());
    Cli.Result missing = DockerRuns.run(dir, docker, "verify-healthchecks", "nothing.yaml");
    assertEquals("", missing.out());
    assertEquals(2, missing.exitCode());
    assertEquals("", docker.calls());
  }
}
