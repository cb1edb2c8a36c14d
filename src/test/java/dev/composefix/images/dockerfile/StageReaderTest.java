package dev.composefix.images.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Stages, build arguments, inheritance and the facts of the chosen stage. */
class StageReaderTest {

  private static StageFacts last(String dockerfile) {
    return StageReader.read(dockerfile, Optional.empty(), Map.of()).stage().orElseThrow();
  }

  private static DockerfileFacts read(String dockerfile, String target, Map<String, String> args) {
    return StageReader.read(dockerfile, Optional.ofNullable(target), args);
  }

  @Test
  void globalArgDefaultsAndBuildArgsAreSubstitutedIntoFrom() {
    String dockerfile =
        """
        ARG REGISTRY=docker.io
        ARG PYTHON=3.11
        ARG VARIANT
        FROM ${REGISTRY}/library/python:${PYTHON}-${VARIANT:-slim}
        """;
    assertEquals(
        new BaseImage(
            BaseImage.Kind.EXTERNAL,
            "docker.io/library/python:3.11-slim",
            4,
            List.of("0"),
            Optional.empty()),
        last(dockerfile).base());
    assertEquals(
        new BaseImage(
            BaseImage.Kind.EXTERNAL,
            "docker.io/library/python:3.13-alpine",
            4,
            List.of("0"),
            Optional.empty()),
        read(dockerfile, null, Map.of("PYTHON", "3.13", "VARIANT", "alpine"))
            .stage()
            .orElseThrow()
            .base());
  }

  @Test
  void anArgWithoutDefaultInFromMakesTheBaseUnknown() {
    DockerfileFacts facts =
        read("ARG BASE_IMAGE\nFROM $BASE_IMAGE\nRUN apt-get install -y curl\n", null, Map.of());
    String reason = "FROM $BASE_IMAGE: ARG BASE_IMAGE has no default and no build argument";
    assertEquals(
        new BaseImage(BaseImage.Kind.UNKNOWN, "$BASE_IMAGE", 2, List.of("0"), Optional.of(reason)),
        facts.stage().orElseThrow().base());
    assertEquals(List.of(new ReadNote("Dockerfile", 2, reason)), facts.notes());
    assertEquals(
        new BaseImage(BaseImage.Kind.EXTERNAL, "debian:12", 2, List.of("0"), Optional.empty()),
        read("ARG BASE_IMAGE\nFROM $BASE_IMAGE\n", null, Map.of("BASE_IMAGE", "debian:12"))
            .stage()
            .orElseThrow()
            .base());
  }

  @Test
  void anArgDeclaredInAStageIsNotUsableInFromButAGlobalOneIs() {
    StageFacts facts = last("ARG TAG=20\nFROM node:${TAG}-slim\nARG TAG\nENV NODE_TAG=$TAG\n");
    assertEquals("node:20-slim", facts.base().reference());
    assertEquals(Map.of("NODE_TAG", "20"), facts.environment());
  }

  @Test
  void theTargetChoosesTheStageCaseInsensitivelyAndFromStageInheritsItsFacts() {
    String dockerfile =
        """
        FROM python:3.12-slim AS Base
        RUN apt-get update && apt-get install -y --no-install-recommends curl
        ENV APP_HOME=/srv
        WORKDIR $APP_HOME
        HEALTHCHECK --interval=10s CMD curl -f http://localhost:8000/health
        EXPOSE 8000

        FROM base AS dev
        RUN pip install watchdog
        CMD ["python", "app.py"]

        FROM base AS final
        USER app
        CMD ["gunicorn", "app:app"]
        """;
    StageFacts dev = read(dockerfile, "DEV", Map.of()).stage().orElseThrow();
    assertEquals("dev", dev.stage());
    assertEquals(
        new BaseImage(
            BaseImage.Kind.EXTERNAL,
            "python:3.12-slim",
            1,
            List.of("dev", "base"),
            Optional.empty()),
        dev.base());
    assertEquals(List.of("curl"), dev.programNames());
    assertEquals(
        List.of(new InstalledPackage("apt", "curl", 2), new InstalledPackage("pip", "watchdog", 9)),
        dev.packages());
    assertEquals(Optional.of(new Located<>("/srv", 4)), dev.workdir());
    assertEquals(Optional.empty(), dev.user());
    assertEquals(List.of(new ExposedPort(8000, 8000, "tcp", 6)), dev.exposedPorts());
    assertEquals(
        Optional.of(
            new HealthcheckFact(
                false,
                List.of("CMD-SHELL", "curl -f http://localhost:8000/health"),
                Map.of("interval", "10s"),
                5,
                Optional.of("base"))),
        dev.healthcheck());
    assertEquals(
        Optional.of(new EffectiveCommand(List.of("python", "app.py"), "CMD")),
        dev.effectiveCommand());
    StageFacts last = read(dockerfile, null, Map.of()).stage().orElseThrow();
    assertEquals("final", last.stage());
    assertEquals(Optional.of(new Located<>("app", 13)), last.user());
    assertEquals(List.of(new InstalledPackage("apt", "curl", 2)), last.packages());
  }

  @Test
  void aTargetThatNamesNoStageIsANote() {
    DockerfileFacts facts = read("FROM alpine AS a\nFROM alpine AS b\n", "c", Map.of());
    assertEquals(Optional.empty(), facts.stage());
    assertEquals(List.of("a", "b"), facts.stages());
    assertEquals(
        List.of(new ReadNote("Dockerfile", 0, "target 'c' names no stage (stages: a, b)")),
        facts.notes());
  }

  @Test
  void noFromIsANote() {
    DockerfileFacts facts = read("# nothing here\n", null, Map.of());
    assertEquals(Optional.empty(), facts.stage());
    assertEquals(List.of(new ReadNote("Dockerfile", 0, "no FROM instruction")), facts.notes());
  }

  @Test
  void scratchIsABaseWithNothingAndProjectImagesAreNoExternalBase() {
    assertEquals(
        new BaseImage(BaseImage.Kind.SCRATCH, "scratch", 1, List.of("0"), Optional.empty()),
        last("FROM scratch\nCOPY app /app\n").base());
    DockerfileFacts facts =
        StageReader.read(
            Dockerfile.parse("FROM autograph-app\nUSER root\n"),
            Optional.empty(),
            Map.of(),
            Set.of("autograph-app"));
    String reason =
        "FROM autograph-app: an image another service of the project builds, not an external base";
    assertEquals(
        new BaseImage(
            BaseImage.Kind.PROJECT_IMAGE, "autograph-app", 1, List.of("0"), Optional.of(reason)),
        facts.stage().orElseThrow().base());
    assertEquals(List.of(new ReadNote("Dockerfile", 1, reason)), facts.notes());
  }

  @Test
  void envInBothFormsWithSubstitution() {
    StageFacts facts =
        last(
            """
            FROM alpine
            ARG VERSION=1.2
            ENV A=1 B="two words" C=${VERSION}-x
            ENV LEGACY value with spaces
            ENV D=$A$B
            """);
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("A", "1");
    expected.put("B", "two words");
    expected.put("C", "1.2-x");
    expected.put("LEGACY", "value with spaces");
    expected.put("D", "1two words");
    assertEquals(expected, facts.environment());
    assertEquals(new Located<>("value with spaces", 4), facts.env().get("LEGACY"));
  }

  @Test
  void exposeReadsProtocolsRangesAndVariables() {
    DockerfileFacts facts =
        read(
            """
            FROM alpine
            ENV PORT=8000
            EXPOSE $PORT 53/udp 7000-7002/TCP
            EXPOSE ${MISSING} 99999 http
            """,
            null,
            Map.of());
    assertEquals(
        List.of(
            new ExposedPort(8000, 8000, "tcp", 3),
            new ExposedPort(53, 53, "udp", 3),
            new ExposedPort(7000, 7002, "tcp", 3)),
        facts.stage().orElseThrow().exposedPorts());
    assertEquals(
        List.of(
            new ReadNote("Dockerfile", 4, "EXPOSE ${MISSING} 99999 http: MISSING has no value"),
            new ReadNote("Dockerfile", 4, "EXPOSE '99999' is not a port"),
            new ReadNote("Dockerfile", 4, "EXPOSE 'http' is not a port")),
        facts.notes());
  }

  @Test
  void entrypointAndCmdCombineAsDockerCombinesThem() {
    assertEquals(
        Optional.of(
            new EffectiveCommand(
                List.of("/usr/bin/tini", "--", "node", "server.js"), "ENTRYPOINT + CMD")),
        last("FROM node\nENTRYPOINT [\"/usr/bin/tini\", \"--\"]\nCMD [\"node\", \"server.js\"]\n")
            .effectiveCommand());
    assertEquals(
        Optional.of(
            new EffectiveCommand(
                List.of("/bin/sh", "-c", "exec app --serve"),
                "shell-form ENTRYPOINT (CMD ignored)")),
        last("FROM alpine\nENTRYPOINT exec app --serve\nCMD [\"--port\", \"80\"]\n")
            .effectiveCommand());
    assertEquals(
        Optional.of(
            new EffectiveCommand(List.of("/bin/bash", "-o", "pipefail", "-c", "run.sh"), "CMD")),
        last("FROM alpine\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nCMD run.sh\n")
            .effectiveCommand());
    assertEquals(Optional.empty(), last("FROM alpine\n").effectiveCommand());
  }

  @Test
  void entrypointInAChildStageDropsTheInheritedCmd() {
    StageFacts facts = last("FROM alpine AS a\nCMD [\"serve\"]\nFROM a\nENTRYPOINT [\"app\"]\n");
    assertEquals(Optional.empty(), facts.cmd());
    assertEquals(
        Optional.of(new EffectiveCommand(List.of("app"), "ENTRYPOINT")), facts.effectiveCommand());
    StageFacts kept = last("FROM alpine AS a\nENTRYPOINT [\"app\"]\nFROM a\nCMD [\"serve\"]\n");
    assertEquals(
        Optional.of(new EffectiveCommand(List.of("app", "serve"), "ENTRYPOINT + CMD")),
        kept.effectiveCommand());
    assertEquals(Optional.of("a"), kept.entrypoint().orElseThrow().inheritedFrom());
  }

  @Test
  void shellFormCommandsKeepTheWordsTheShellRuns() {
    StageFacts facts = last("FROM alpine\nCMD gunicorn -b \"0.0.0.0:${PORT:-80}\" 'app:app'\n");
    assertEquals(
        Optional.of(
            new CommandForm(
                true,
                List.of("/bin/sh", "-c", "gunicorn -b \"0.0.0.0:${PORT:-80}\" 'app:app'"),
                "gunicorn -b \"0.0.0.0:${PORT:-80}\" 'app:app'",
                Optional.of(List.of("gunicorn", "-b", "0.0.0.0:${PORT:-80}", "app:app")),
                2,
                Optional.empty())),
        facts.cmd());
    assertEquals(Optional.empty(), last("FROM alpine\nCMD a && b\n").cmd().orElseThrow().words());
  }

  @Test
  void healthchecksNoneAndExecFormAndInheritance() {
    assertEquals(
        Optional.of(new HealthcheckFact(true, List.of("NONE"), Map.of(), 3, Optional.empty())),
        last("FROM alpine AS a\nHEALTHCHECK CMD true\nHEALTHCHECK NONE\n").healthcheck());
    assertEquals(
        Optional.of(
            new HealthcheckFact(
                false,
                List.of("CMD", "wget", "-qO-", "http://localhost/ping"),
                Map.of("interval", "5s", "start-period", "30s"),
                2,
                Optional.of("a"))),
        last("FROM alpine AS a\n"
                + "HEALTHCHECK --interval=5s --start-period=30s CMD [\"wget\", \"-qO-\","
                + " \"http://localhost/ping\"]\n"
                + "FROM a\n")
            .healthcheck());
  }

  @Test
  void copiesFromTheContextWithDestinationsMadeAbsolute() {
    StageFacts facts =
        last(
            """
            FROM golang:1.22 AS build
            WORKDIR /src
            COPY go.mod go.sum ./
            COPY . .
            FROM alpine AS assets
            ADD https://example.com/x.tgz /tmp/
            COPY static /static
            FROM debian:12-slim
            WORKDIR /app
            COPY --from=build /out/server /usr/local/bin/server
            COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/
            COPY <<EOF config.toml
            port = 1
            EOF
            COPY ["conf/app.yml", "conf/"]
            """);
    assertEquals(
        List.of(
            new CopyFact(
                "COPY", List.of("go.mod", "go.sum"), "/src/", Optional.empty(), "build", 3),
            new CopyFact("COPY", List.of("."), "/src/", Optional.empty(), "build", 4),
            new CopyFact(
                "COPY",
                List.of("/out/server"),
                "/usr/local/bin/server",
                Optional.of("build"),
                "2",
                10),
            new CopyFact(
                "COPY",
                List.of("/etc/nginx/nginx.conf"),
                "/etc/nginx/",
                Optional.of("nginx:1.27"),
                "2",
                11),
            new CopyFact("COPY", List.of("conf/app.yml"), "/app/conf/", Optional.empty(), "2", 15)),
        facts.copies());
    assertEquals(
        List.of(
            new CopyFact(
                "COPY", List.of("go.mod", "go.sum"), "/src/", Optional.empty(), "build", 3),
            new CopyFact("COPY", List.of("."), "/src/", Optional.empty(), "build", 4),
            new CopyFact("COPY", List.of("conf/app.yml"), "/app/conf/", Optional.empty(), "2", 15)),
        facts.contextCopies());
    assertEquals(
        List.of(new Program("server", "COPY --from=build /out/server", 10)), facts.programs());
  }

  @Test
  void copiesFromStagesAreFollowedTransitively() {
    StageFacts facts =
        last(
            """
            FROM node:20 AS deps
            COPY package.json ./
            FROM deps AS build
            COPY src ./src
            FROM node:20 AS unused
            COPY ignored ./
            FROM nginx
            COPY --from=build /dist /usr/share/nginx/html
            """);
    assertEquals(
        List.of(
            new CopyFact("COPY", List.of("package.json"), "/", Optional.empty(), "deps", 2),
            new CopyFact("COPY", List.of("src"), "/src", Optional.empty(), "build", 4),
            new CopyFact(
                "COPY", List.of("/dist"), "/usr/share/nginx/html", Optional.of("build"), "3", 8)),
        facts.copies());
  }
}
