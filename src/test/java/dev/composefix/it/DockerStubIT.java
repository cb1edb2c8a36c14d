package dev.composefix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.DockerStub;
import dev.composefix.support.Processes;
import dev.composefix.support.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar finds docker on the PATH of its own process, as a user's shell gives it, and says
 * so in one line when there is none.
 */
class DockerStubIT {

  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  /** What the stub needs besides itself: sh, awk, tr, cat, dirname. */
  private static final String SYSTEM_PATH = "/usr/bin:/bin";

  private static final Set<String> UNSET =
      Set.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "COMPOSE_FIX_DOCKER");

  @TempDir Path dir;

  @Test
  void theDockerOnPathIsTheOneRun() throws Exception {
    Files.writeString(
        dir.resolve(".compose-fix.yaml"),
        """
        images:
          sources:
            df: {repo: acme/images, path: Dockerfile, ref: v1.8.2, checked: 2026-12-01}
          rows:
            - id: acme-api
              names: [ghcr.io/acme/api]
              examples: ["1.8.2"]
              tools:
                curl: {has: false, src: df}
                python3: {has: true, src: df}
        """);
    DockerStub docker = DockerStub.in(dir.resolve("stub"));
    docker
        .image("ghcr.io/acme/api:1.8.2")
        .local("amd64 null")
        .shell()
        .programs("found curl", "found python3");
    Processes.Result result =
        Processes.run(
            dir,
            Map.of("PATH", docker.folder() + ":" + SYSTEM_PATH),
            UNSET,
            120,
            List.of(JAVA, "-jar", jar(), "images", "verify", "ghcr.io/acme/api:1.8.2"));
    assertEquals(
        new Processes.Result(
            1,
            "ghcr.io/acme/api:1.8.2: row acme-api says curl is absent, the image has it\n"
                + "1 image: 1 with 1 mismatch\n",
            ""),
        result);
  }

  @Test
  void withoutDockerOnPathItSaysSo() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Files.writeString(dir.resolve("compose.yaml"), "services:\n  a:\n    image: redis:7\n");
    Processes.Result result =
        Processes.run(
            dir,
            Map.of("PATH", empty.toString()),
            UNSET,
            120,
            List.of(JAVA, "-jar", jar(), "verify-healthchecks", "compose.yaml"));
    assertEquals(
        new Processes.Result(
            2,
            "",
            "compose-fix: docker is not on PATH, and this command runs it to look into images;"
                + " install Docker, or set COMPOSE_FIX_DOCKER to the docker program\n"),
        result);
  }

  private static String jar() {
    return Projects.root().resolve("target/compose-fix.jar").toString();
  }
}
