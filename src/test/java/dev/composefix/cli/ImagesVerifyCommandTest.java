package dev.composefix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * {@code compose-fix images verify}, against a stub docker that answers from canned files and logs
 * what it was asked: facts that hold, facts that do not, images without a shell, images that are
 * not there, docker that is not there, and a probe that hangs.
 */
class ImagesVerifyCommandTest {

  static final String CONFIG =
      """
      images:
        sources:
          df: {repo: acme/images, path: Dockerfile, ref: v1.8.2, checked: 2026-12-01}
        rows:
          - id: acme-api
            names: [ghcr.io/acme/api]
            examples: ["1.8.2", "1.9"]
            shell: {value: bash, src: df}
            tools:
              curl: {has: false, src: df}
              python3: {has: true, src: df}
            healthcheck: {declared: false, src: df}
          - id: acme-static
            names: [ghcr.io/acme/static]
            examples: ["2"]
            shell: {value: none, src: df}
            tools:
              wget: {has: false, src: df}
              healthcheck: {has: true, src: df}
            healthcheck: {declared: true, test: [CMD, healthcheck, --port, "8080"], src: df}
          - id: acme-edge
            names: [ghcr.io/acme/edge]
            examples: ["3"]
            shell: {value: sh, src: df}
            tools:
              wget: {has: busybox, src: df}
              nc: {has: busybox, src: df}
            healthcheck: {declared: true, test: [CMD-SHELL, "wget -qO- http://localhost:$${PORT:-80}/ || exit 1"], src: df}
      """;

  private static final String INSPECT = "image inspect --format " + DockerCalls.INSPECT_FORMAT;
  private static final String RUN = "run --rm --pull=never --network=none --name=compose-fix-PID-";

  @TempDir Path dir;

  private DockerStub docker;

  @BeforeEach
  void setUp() throws IOException {
    Files.writeString(dir.resolve(".compose-fix.yaml"), CONFIG);
    docker = DockerStub.in(dir.resolve("stub"));
  }

  @Test
  void everyFactHolds() {
    docker
        .image("ghcr.io/acme/api:1.8.2")
        .local("amd64 null")
        .shell()
        .programs("found python3", "found bash");
    Cli.Result result = DockerRuns.run(dir, docker, "images", "verify", "ghcr.io/acme/api:1.8.2");
    assertEquals(
        "ghcr.io/acme/api:1.8.2: row acme-api holds (shell, 2 tools, HEALTHCHECK)\n"
            + "1 image: 1 held\n",
        result.out());
    assertEquals("", result.err());
    assertEquals(0, result.exitCode());
    assertEquals(
        "version --format {{.Server.Version}}\n"
            + INSPECT
            + " ghcr.io/acme/api:1.8.2\n"
            + RUN
            + "1 --entrypoint=/bin/sh ghcr.io/acme/api:1.8.2 -c "
            + ProbeScript.TEXT
            + " sh curl python3 bash\n",
        docker.calls());
  }

  @Test
  void aToolTheRowSaysIsAbsentButTheImageHasIsAMismatch() {
    docker
        .image("ghcr.io/acme/api:1.8.2")
        .local("amd64 null")
        .shell()
        .programs("found curl", "found python3", "found bash");
    Cli.Result result = DockerRuns.run(dir, docker, "images", "verify", "ghcr.io/acme/api:1.8.2");
    assertEquals(
        "ghcr.io/acme/api:1.8.2: row acme-api says curl is absent, the image has it\n"
            + "1 image: 1 with 1 mismatch\n",
        result.out());
    assertEquals("", result.err());
    assertEquals(1, result.exitCode());
  }

  @Test
  void aDeclaredHealthcheckThatDiffersIsAMismatch() {
    docker
        .image("ghcr.io/acme/api:1.8.2")
        .local("amd64 [\"CMD-SHELL\",\"curl -f http://localhost:8000/ || exit 1\"]")
        .shell()
        .programs("found python3", "found bash");
    docker
        .image("ghcr.io/acme/edge:3")
        .local("amd64 [\"CMD-SHELL\",\"wget -q -O- http://localhost:${PORT:-80}/ || exit 1\"]")
        .shell()
        .programs("applet sh", "applet wget", "applet nc");
    Cli.Result result =
        DockerRuns.run(
            dir, docker, "images", "verify", "ghcr.io/acme/api:1.8.2", "ghcr.io/acme/edge:3");
    assertEquals(
        "ghcr.io/acme/api:1.8.2: row acme-api says the image declares no HEALTHCHECK, the image"
            + " declares [\"CMD-SHELL\", \"curl -f http://localhost:8000/ || exit 1\"]\n"
            + "ghcr.io/acme/edge:3: row acme-edge says the image's HEALTHCHECK is [\"CMD-SHELL\","
            + " \"wget -qO- http://localhost:${PORT:-80}/ || exit 1\"], the image's is"
            + " [\"CMD-SHELL\", \"wget -q -O- http://localhost:${PORT:-80}/ || exit 1\"]\n"
            + "2 images: 2 with 2 mismatches\n",
        result.out());
    assertEquals(1, result.exitCode());
  }

  @Test
  void anImageWithoutAShellIsAskedProgramByProgram() {
    docker
        .image("ghcr.io/acme/static:2")
        .local("arm64 [\"CMD\",\"healthcheck\",\"--port\",\"8080\"]")
        .programs("found healthcheck");
    docker
        .image("ghcr.io/acme/edge:3")
        .local("amd64 null")
        .shell()
        .programs("applet sh", "applet wget", "found nc");
    Cli.Result result =
        DockerRuns.run(
            dir, docker, "images", "verify", "ghcr.io/acme/static:2", "ghcr.io/acme/edge:3");
    assertEquals(
        "ghcr.io/acme/static:2: row acme-static holds (shell, 2 tools, HEALTHCHECK)\n"
            + "ghcr.io/acme/edge:3: row acme-edge says nc is a busybox applet, the image has its"
            + " own nc\n"
            + "ghcr.io/acme/edge:3: row acme-edge says the image declares a HEALTHCHECK, the image"
            + " declares none\n"
            + "2 images: 1 held, 1 with 2 mismatches\n",
        result.out());
    assertEquals("", result.err());
    assertEquals(1, result.exitCode());
    assertEquals(
        "version --format {{.Server.Version}}\n"
            + INSPECT
            + " ghcr.io/acme/static:2\n"
            + RUN
            + "1 --entrypoint=/bin/sh ghcr.io/acme/static:2 -c "
            + ProbeScript.TEXT
            + " sh wget healthcheck bash\n"
            + RUN
            + "2 --entrypoint=wget ghcr.io/acme/static:2 --version\n"
            + RUN
            + "3 --entrypoint=healthcheck ghcr.io/acme/static:2 --version\n"
            + RUN
            + "4 --entrypoint=bash ghcr.io/acme/static:2 --version\n"
            + INSPECT
            + " ghcr.io/acme/edge:3\n"
            + RUN
            + "5 --entrypoint=/bin/sh ghcr.io/acme/edge:3 -c "
            + ProbeScript.TEXT
            + " sh wget nc bash\n",
        docker.calls());
  }

  @Test
  void withoutDockerItSaysSoInOneLineAndRunsNothing() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("bin"));
    Cli.Result result =
        DockerRuns.run(
            dir, Map.of("PATH", empty.toString()), "images", "verify", "ghcr.io/acme/api:1.8.2");
    assertEquals("", result.out());
    assertEquals(
        "compose-fix: docker is not on PATH, and this command runs it to look into images;"
            + " install Docker, or set COMPOSE_FIX_DOCKER to the docker program\n",
        result.err());
    assertEquals(2, result.exitCode());
  }

  @Test
  void dockerIsFoundOnPath() {
    docker
        .image("ghcr.io/acme/api:1.8.2")
        .local("amd64 null")
        .shell()
        .programs("found python3", "found bash");
    Cli.Result result =
        DockerRuns.run(
            dir,
            Map.of("PATH", dir.resolve("nothing-here") + ":" + docker.folder()),
            "images",
            "verify",
            "ghcr.io/acme/api:1.8.2");
    assertEquals(
        "ghcr.io/acme/api:1.8.2: row acme-api holds (shell, 2 tools, HEALTHCHECK)\n"
            + "1 image: 1 held\n",
        result.out());
    assertEquals(0, result.exitCode());
  }

  @Test
  void aDaemonThatCannotBeReachedIsOneError() {
    docker.daemonDown();
    Cli.Result result = DockerRuns.run(dir, docker, "images", "verify", "ghcr.io/acme/api:1.8.2");
    assertEquals("", result.out());
    assertEquals(
        "compose-fix: docker cannot reach its daemon: Cannot connect to the Docker daemon at"
            + " unix:///var/run/docker.sock. Is the docker daemon running?\n",
        result.err());
    assertEquals(2, result.exitCode());
    assertEquals("version --format {{.Server.Version}}\n", docker.calls());
  }

  @Test
  void anImageThatIsNotPresentLocallyIsSkippedAndNeverPulled() {
    docker.image("ghcr.io/acme/api:1.8.2").pullable("amd64 null");
    Cli.Result result = DockerRuns.run(dir, docker, "images", "verify", "ghcr.io/acme/api:1.8.2");
    assertEquals(
        "ghcr.io/acme/api:1.8.2: skipped: the image is not present locally; pull it with docker"
            + " pull ghcr.io/acme/api:1.8.2, or pass --pull\n"
            + "1 image: 1 skipped\n",
        result.out());
    assertEquals("", result.err());
    assertEquals(0, result.exitCode());
    assertEquals(
        "version --format {{.Server.Version}}\n" + INSPECT + " ghcr.io/acme/api:1.8.2\n",
        docker.calls());
  }

  @Test
  void withPullEachImageIsPulledAndAFailedPullIsAnErrorOfThatImageOnly() {
    docker
        .image("ghcr.io/acme/api:1.8.2")
        .pullable("amd64 null")
        .shell()
        .programs("found python3", "found bash");
    docker
        .image("ghcr.io/acme/api:1.9")
        .pullFails(
            "Error response from daemon: manifest for ghcr.io/acme/api:1.9 not found: manifest"
                + " unknown: manifest unknown");
    Cli.Result result =
        DockerRuns.run(
            dir, docker, "images", "verify", "--pull", "--all-examples", "ghcr.io/acme/api");
    assertEquals(
        "ghcr.io/acme/api:1.8.2: row acme-api holds (shell, 2 tools, HEALTHCHECK)\n"
            + "2 images: 1 held, 1 failed\n",
        result.out());
    assertEquals(
        "ghcr.io/acme/api:1.9: docker pull failed: Error response from daemon: manifest for"
            + " ghcr.io/acme/api:1.9 not found: manifest unknown: manifest unknown\n",
        result.err());
    assertEquals(2, result.exitCode());
    assertEquals(
        "version --format {{.Server.Version}}\n"
            + "pull --quiet ghcr.io/acme/api:1.8.2\n"
            + INSPECT
            + " ghcr.io/acme/api:1.8.2\n"
            + RUN
            + "1 --entrypoint=/bin/sh ghcr.io/acme/api:1.8.2 -c "
            + ProbeScript.TEXT
            + " sh curl python3 bash\n"
            + "pull --quiet ghcr.io/acme/api:1.9\n",
        docker.calls());
  }

  @Test
  void aProbeThatHangsIsStoppedAtTheTimeoutAndItsContainerRemoved() {
    docker
        .image("ghcr.io/acme/api:1.8.2")
        .local("amd64 null")
        .shell()
        .programs("found python3", "found bash")
        .slow(30);
    docker
        .image("ghcr.io/acme/edge:3")
        .local("amd64 null")
        .shell()
        .programs("applet sh", "applet wget", "applet nc");
    long start = System.nanoTime();
    Cli.Result result =
        DockerRuns.run(
            dir,
            docker,
            "images",
            "verify",
            "--timeout",
            "1",
            "ghcr.io/acme/api:1.8.2",
            "ghcr.io/acme/edge:3");
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertEquals(
        "ghcr.io/acme/edge:3: row acme-edge says the image declares a HEALTHCHECK, the image"
            + " declares none\n"
            + "2 images: 1 with 1 mismatch, 1 failed\n",
        result.out());
    assertEquals(
        "ghcr.io/acme/api:1.8.2: docker run did not finish within 1 s and was stopped (raise"
            + " --timeout)\n",
        result.err());
    assertEquals(2, result.exitCode());
    assertEquals(
        "version --format {{.Server.Version}}\n"
            + INSPECT
            + " ghcr.io/acme/api:1.8.2\n"
            + RUN
            + "1 --entrypoint=/bin/sh ghcr.io/acme/api:1.8.2 -c "
            + ProbeScript.TEXT
            + " sh curl python3 bash\n"
            + "rm --force compose-fix-PID-1\n"
            + INSPECT
            + " ghcr.io/acme/edge:3\n"
            + RUN
            + "2 --entrypoint=/bin/sh ghcr.io/acme/edge:3 -c "
            + ProbeScript.TEXT
            + " sh wget nc bash\n",
        docker.calls());
    assertTrue(seconds < 20, "stopped at the timeout, not when the probe ended: " + seconds + " s");
  }

  @Test
  void anImageWithoutARowIsAnErrorAndTheOthersStillRun() {
    docker
        .image("ghcr.io/acme/api:1.8.2")
        .local("amd64 null")
        .shell()
        .programs("found python3", "found bash");
    Cli.Result result =
        DockerRuns.run(
            dir, docker, "images", "verify", "ghcr.io/acme/other:1", "ghcr.io/acme/api:1.8.2");
    assertEquals(
        "ghcr.io/acme/api:1.8.2: row acme-api holds (shell, 2 tools, HEALTHCHECK)\n"
            + "2 images: 1 held, 1 failed\n",
        result.out());
    assertEquals(
        "ghcr.io/acme/other:1: the knowledge base has no row for it, so there is nothing to"
            + " check\n",
        result.err());
    assertEquals(2, result.exitCode());
  }

  @Test
  void allExamplesOfNamesWithoutRowsAreErrors() {
    Cli.Result result =
        DockerRuns.run(
            dir,
            docker,
            "images",
            "verify",
            "--all-examples",
            "ghcr.io/acme/nope",
            "ghcr.io/acme/static",
            "ghcr.io/acme/nada");
    assertEquals(
        "ghcr.io/acme/static:2: skipped: the image is not present locally; pull it with docker"
            + " pull ghcr.io/acme/static:2, or pass --pull\n"
            + "3 images: 1 skipped, 2 failed\n",
        result.out());
    assertEquals(
        "ghcr.io/acme/nope: the knowledge base has no row for it, so there is nothing to check\n"
            + "ghcr.io/acme/nada: the knowledge base has no row for it, so there is nothing to"
            + " check\n",
        result.err());
    assertEquals(2, result.exitCode());
  }

  @Test
  void usageErrorsRunNothing() {
    Cli.Result none = DockerRuns.run(dir, docker, "images", "verify");
    assertEquals(
        "compose-fix: name an image, e.g. compose-fix images verify postgres:16, or check every"
            + " row's examples with --all-examples\n"
            + "Run 'compose-fix --help' for usage.\n",
        none.err());
    assertEquals(2, none.exitCode());
    Cli.Result option = DockerRuns.run(dir, docker, "images", "verify", "--", "--privileged");
    assertEquals(
        "compose-fix: '--privileged' is no image reference\nRun 'compose-fix --help' for usage.\n",
        option.err());
    assertEquals(2, option.exitCode());
    Cli.Result tagged =
        DockerRuns.run(dir, docker, "images", "verify", "--all-examples", "postgres:16");
    assertEquals(
        "compose-fix: with --all-examples, name images without a tag: the rows' examples give"
            + " the tags\n"
            + "Run 'compose-fix --help' for usage.\n",
        tagged.err());
    Cli.Result timeout =
        DockerRuns.run(dir, docker, "images", "verify", "--timeout", "0", "postgres:16");
    assertEquals(
        "compose-fix: --timeout is in seconds and must be between 1 and 3600, got 0\n"
            + "Run 'compose-fix --help' for usage.\n",
        timeout.err());
    Cli.Result bare = DockerRuns.run(dir, docker, "images");
    assertEquals(
        "compose-fix: name what to do, e.g. compose-fix images verify postgres:16\n"
            + "Run 'compose-fix --help' for usage.\n",
        bare.err());
    assertEquals(2, bare.exitCode());
    assertEquals("", docker.calls());
  }
}
