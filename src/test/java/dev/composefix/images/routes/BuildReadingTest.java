package dev.composefix.images.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.composefix.images.dockerfile.BaseImage;
import dev.composefix.images.dockerfile.EffectiveCommand;
import dev.composefix.images.dockerfile.ReadNote;
import dev.composefix.support.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolving the context and the Dockerfile, Compose's overrides, and notes instead of failures. */
class BuildReadingTest {

  @TempDir Path project;

  private Path write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private static BuildFacts empty(List<ReadNote> notes) {
    return new BuildFacts(
        Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), notes);
  }

  @Test
  void aMissingContextIsANote() {
    Path missing = project.resolve("app").toAbsolutePath();
    assertEquals(
        empty(
            List.of(
                ReadNote.of("build context app is not a folder: " + missing),
                ReadNote.of("Dockerfile Dockerfile not read: the build context is not readable"))),
        BuildReading.read(with(BuildRequest.of(project), p -> p.context = "app")));
  }

  @Test
  void aMissingDockerfileIsANote() {
    assertEquals(
        empty(
            List.of(
                ReadNote.of(
                    "Dockerfile Dockerfile.prod not found ("
                        + project.resolve("Dockerfile.prod")
                        + ")"))),
        BuildReading.read(
            with(BuildRequest.of(project), p -> p.dockerfile = Optional.of("Dockerfile.prod"))));
    Path outside = project.resolve("../elsewhere/Dockerfile").normalize();
    assertEquals(
        empty(
            List.of(ReadNote.of("Dockerfile ../elsewhere/Dockerfile not found (" + outside + ")"))),
        BuildReading.read(
            with(
                BuildRequest.of(project),
                p -> p.dockerfile = Optional.of("../elsewhere/Dockerfile"))));
  }

  @Test
  void aDockerfileThatIsAFolderOrTooLargeIsANote() throws IOException {
    Files.createDirectories(project.resolve("Dockerfile"));
    assertEquals(
        empty(List.of(ReadNote.of("Dockerfile Dockerfile is not a regular file"))),
        BuildReading.read(BuildRequest.of(project)));
    write("big/Dockerfile", "FROM alpine\nRUN echo " + "x".repeat(5 << 20) + "\n");
    BuildFacts big =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () -> BuildReading.read(BuildRequest.of(project.resolve("big"))));
    assertEquals(
        empty(List.of(new ReadNote("Dockerfile", 0, "not read: larger than 1024 KiB"))), big);
  }

  @Test
  void theDockerfileIsRelativeToTheContextOrAbsolute() throws IOException {
    write("svc/app.py", "from flask import Flask\n@app.get('/health')\ndef h(): pass\n");
    write(
        "docker/web.Dockerfile",
        "FROM python:3.12-slim\nCOPY app.py /app/\nCMD [\"flask\", \"run\"]\n");
    BuildFacts relative =
        BuildReading.read(
            with(
                BuildRequest.of(project),
                p -> {
                  p.context = "svc";
                  p.dockerfile = Optional.of("../docker/web.Dockerfile");
                }));
    assertEquals("python:3.12-slim", relative.stage().orElseThrow().base().reference());
    assertEquals(
        List.of(
            new Route(
                "/health",
                Route.Kind.HEALTH,
                "app.py",
                2,
                "flask",
                Optional.of("GET"),
                Optional.empty())),
        relative.routes());
    assertEquals(
        List.of(
            new ListenPort(
                5000, ListenPort.Evidence.DEFAULT, "default of flask run (127.0.0.1:5000)")),
        relative.ports());
    BuildFacts absolute =
        BuildReading.read(
            with(
                BuildRequest.of(project.resolve("svc")),
                p ->
                    p.dockerfile =
                        Optional.of(project.resolve("docker/web.Dockerfile").toString())));
    assertEquals(relative, absolute);
  }

  @Test
  void anInlineDockerfileWinsOverTheFile() throws IOException {
    write("Dockerfile", "FROM debian:12\n");
    BuildFacts facts =
        BuildReading.read(
            with(
                BuildRequest.of(project),
                p -> {
                  p.dockerfile = Optional.of("Dockerfile");
                  p.dockerfileInline = Optional.of("FROM alpine:3.20\nFROM scratch\n");
                }));
    assertEquals(
        new BaseImage(BaseImage.Kind.SCRATCH, "scratch", 2, List.of("1"), Optional.empty()),
        facts.stage().orElseThrow().base());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void aRemoteContextIsNotRead() {
    BuildRequest remote =
        with(BuildRequest.of(project), p -> p.context = "https://github.com/acme/app.git#main");
    assertEquals(
        empty(
            List.of(
                ReadNote.of("remote context https://github.com/acme/app.git#main not read"),
                ReadNote.of("Dockerfile Dockerfile not read: the build context is not readable"))),
        BuildReading.read(remote));
    BuildFacts inline =
        BuildReading.read(
            with(remote, p -> p.dockerfileInline = Optional.of("FROM nginx:1.27\nEXPOSE 80\n")));
    assertEquals("nginx:1.27", inline.stage().orElseThrow().base().reference());
    assertEquals(List.of(), inline.files());
    assertEquals(
        List.of(new ListenPort(80, ListenPort.Evidence.EXPOSE, "EXPOSE 80 (dockerfile_inline:2)")),
        inline.ports());
    assertEquals(
        List.of(ReadNote.of("remote context https://github.com/acme/app.git#main not read")),
        inline.notes());
    assertEquals(
        List.of(
            ReadNote.of("remote context git@github.com:acme/app.git not read"),
            ReadNote.of("Dockerfile Dockerfile not read: the build context is not readable")),
        BuildReading.read(
                with(BuildRequest.of(project), p -> p.context = "git@github.com:acme/app.git"))
            .notes());
  }

  @Test
  void aTargetThatNamesNoStageGivesNoFacts() throws IOException {
    write("Dockerfile", "FROM alpine AS base\n");
    assertEquals(
        empty(
            List.of(new ReadNote("Dockerfile", 0, "target 'prod' names no stage (stages: base)"))),
        BuildReading.read(with(BuildRequest.of(project), p -> p.target = Optional.of("prod"))));
  }

  @Test
  void composeEntrypointCommandAndEnvironmentOverTheImage() throws IOException {
    write(
        "Dockerfile",
        "FROM python:3.12\n"
            + "ENV PORT=8000\n"
            + "ENTRYPOINT [\"/entrypoint.sh\"]\n"
            + "CMD [\"gunicorn\", \"app:app\"]\n");
    BuildRequest request = BuildRequest.of(project);
    assertEquals(
        Optional.of(
            new EffectiveCommand(
                List.of("/entrypoint.sh", "gunicorn", "app:app"), "ENTRYPOINT + CMD")),
        BuildReading.read(request).command());
    assertEquals(
        List.of(
            new ListenPort(
                8000,
                ListenPort.Evidence.ENVIRONMENT,
                "PORT=8000 read by gunicorn (binds 0.0.0.0:$PORT)")),
        BuildReading.read(request).ports());
    BuildFacts command =
        BuildReading.read(
            with(
                request,
                p -> p.command = Optional.of(List.of("uvicorn", "app:app", "--port", "9000"))));
    assertEquals(
        Optional.of(
            new EffectiveCommand(
                List.of("/entrypoint.sh", "uvicorn", "app:app", "--port", "9000"),
                "ENTRYPOINT + Compose command")),
        command.command());
    assertEquals(
        List.of(new ListenPort(9000, ListenPort.Evidence.COMMAND, "uvicorn --port 9000")),
        command.ports());
    BuildFacts entrypoint =
        BuildReading.read(
            with(
                request,
                p -> {
                  p.entrypoint = Optional.of(List.of("gunicorn"));
                  p.environment = Map.of("PORT", "7000");
                }));
    assertEquals(
        Optional.of(new EffectiveCommand(List.of("gunicorn"), "Compose entrypoint")),
        entrypoint.command());
    assertEquals(
        List.of(
            new ListenPort(
                7000,
                ListenPort.Evidence.ENVIRONMENT,
                "PORT=7000 read by gunicorn (binds 0.0.0.0:$PORT)")),
        entrypoint.ports());
  }

  /**
   * The image's EXPOSE and the app's routes belong to the image's own command: a service that
   * replaces it with a Celery worker listens nowhere, and Flower serves pages of its own.
   */
  @Test
  void aCommandOfTheServicesOwnDoesNotServeTheImagesPortOrTheAppsRoutes() throws IOException {
    write(
        "Dockerfile",
        "FROM python:3.12-slim\n"
            + "COPY main.py /app/main.py\n"
            + "WORKDIR /app\n"
            + "EXPOSE 5050\n"
            + "CMD [\"uvicorn\", \"main:app\", \"--port\", \"5050\"]\n");
    write(
        "main.py",
        "from fastapi import FastAPI\napp = FastAPI()\n\n@app.get(\"/healthz\")\ndef health():\n"
            + "    return {}\n");
    BuildRequest request = BuildRequest.of(project);
    BuildFacts image = BuildReading.read(request);
    assertEquals(
        List.of(
            new ListenPort(5050, ListenPort.Evidence.COMMAND, "uvicorn --port 5050"),
            new ListenPort(5050, ListenPort.Evidence.EXPOSE, "EXPOSE 5050 (Dockerfile:4)")),
        image.ports());
    assertEquals(List.of("/healthz"), image.routes().stream().map(Route::path).toList());
    BuildFacts worker =
        BuildReading.read(
            with(request, p -> p.command = Optional.of(List.of("celery", "-A", "main", "worker"))));
    assertEquals(List.of(), worker.ports());
    assertEquals(List.of(), worker.routes());
    BuildFacts flower =
        BuildReading.read(
            with(request, p -> p.command = Optional.of(List.of("celery", "-A", "main", "flower"))));
    assertEquals(
        List.of(
            new ListenPort(5555, ListenPort.Evidence.DEFAULT, "default of Flower (5555)", false)),
        flower.ports());
    assertEquals(List.of(), flower.routes());
    BuildFacts api =
        BuildReading.read(
            with(
                request,
                p ->
                    p.command =
                        Optional.of(List.of("uvicorn", "main:app", "--port", "8000", "--reload"))));
    assertEquals(
        List.of(new ListenPort(8000, ListenPort.Evidence.COMMAND, "uvicorn --port 8000")),
        api.ports());
    assertEquals(List.of("/healthz"), api.routes().stream().map(Route::path).toList());
  }

  @Test
  void aDockerfileSpecificIgnoreFileWinsAndUncopiedFoldersAreNotRead() throws IOException {
    write("app/main.py", "@app.get('/healthz')\ndef h(): pass\n");
    write("app/debug.py", "@app.get('/debug/health')\ndef h(): pass\n");
    write("tools/probe.py", "@app.get('/ready')\ndef h(): pass\n");
    write(".dockerignore", "app/main.py\n");
    write("build/Dockerfile.dockerignore", "app/debug.py\n");
    write("build/Dockerfile", "FROM python:3.12\nCOPY app /srv/app\n");
    BuildFacts facts =
        BuildReading.read(
            with(BuildRequest.of(project), p -> p.dockerfile = Optional.of("build/Dockerfile")));
    assertEquals(
        List.of(
            new SourceFile(
                "app/main.py", "/srv/app/main.py", "@app.get('/healthz')\ndef h(): pass\n")),
        facts.files());
    assertEquals(
        List.of(
            new Route(
                "/healthz",
                Route.Kind.HEALTH,
                "app/main.py",
                1,
                "python",
                Optional.of("GET"),
                Optional.empty())),
        facts.routes());
  }

  @Test
  void aHostileContextIsReadInBoundedTimeWithoutExceptions() throws IOException {
    write(
        "Dockerfile",
        "FROM python:3.12\nCOPY . /app/\nRUN apk add $("
            + "$(".repeat(3_000)
            + "x"
            + ")".repeat(3_000)
            + ") curl\n");
    write("ok.py", "@app.get('/health')\ndef h(): pass\n");
    byte[] binary = new byte[64 << 10];
    binary[100] = 0;
    Files.write(project.resolve("blob.py"), binary);
    Files.createDirectories(project.resolve("loop"));
    Files.createSymbolicLink(project.resolve("loop/self"), project.resolve("loop"));
    Files.createSymbolicLink(project.resolve("loop/parent"), project);
    if (Processes.available("mkfifo")) {
      Processes.run(project, Map.of(), 30, List.of("mkfifo", "fifo.py"));
    }
    BuildFacts facts =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> BuildReading.read(BuildRequest.of(project)));
    assertEquals(
        List.of(
            new Route(
                "/health",
                Route.Kind.HEALTH,
                "ok.py",
                1,
                "python",
                Optional.of("GET"),
                Optional.empty())),
        facts.routes());
    assertEquals(List.of("ok.py"), facts.files().stream().map(SourceFile::path).toList());
    Assumptions.assumeTrue(Processes.available("mkfifo"), "needs mkfifo");
    assertEquals(
        List.of(
            new ReadNote("blob.py", 0, "not read: binary content"),
            new ReadNote("fifo.py", 0, "not read: not a regular file")),
        facts.notes());
  }

  /** The request with some of its parts changed. */
  @Test
  void buildsThatDifferInTheContainerShareWhatTheyReadAndKeepTheirOwnFacts() throws IOException {
    write(
        "Dockerfile",
        "FROM node:20-alpine\nWORKDIR /app\nCOPY server.js .\nCMD [\"node\", \"server.js\"]\n");
    write(
        "server.js",
        "app.get('/healthz', (req, res) => res.send('ok'));\n"
            + "app.listen(process.env.PORT || 3000);\n");
    BuildRequest api = with(BuildRequest.of(project), p -> p.environment = Map.of("PORT", "8080"));
    BuildRequest worker =
        with(
            BuildRequest.of(project),
            p -> {
              p.environment = Map.of("PORT", "9090");
              p.command = Optional.of(List.of("node", "worker.js"));
            });
    BuildReading.Reuse reuse = new BuildReading.Reuse();
    BuildFacts apiFacts = BuildReading.read(api, reuse);
    BuildFacts workerFacts = BuildReading.read(worker, reuse);
    // The same as reading each alone, and the files read once: the very same file objects.
    assertEquals(
        List.of(BuildReading.read(api), BuildReading.read(worker), true),
        List.of(apiFacts, workerFacts, apiFacts.files().get(0) == workerFacts.files().get(0)));
    assertEquals(
        List.of(8080, 9090),
        List.of(
            apiFacts.routes().get(0).port().orElseThrow().port(),
            workerFacts.routes().get(0).port().orElseThrow().port()));
  }

  @Test
  void whatIsKeptForOtherBuildsIsBoundedByTheCharactersOfItsSources() throws IOException {
    write("Dockerfile", "FROM node:20-alpine\nCOPY server.js .\nCMD [\"node\", \"server.js\"]\n");
    String server = "app.get('/healthz', (req, res) => res.send('ok'));\n";
    write("server.js", server);
    BuildRequest api = BuildRequest.of(project);
    BuildRequest worker = with(api, p -> p.command = Optional.of(List.of("node", "worker.js")));
    BuildReading.Reuse roomy = new BuildReading.Reuse(server.length());
    BuildReading.Reuse tight = new BuildReading.Reuse(server.length() - 1);
    BuildFacts roomyApi = BuildReading.read(api, roomy);
    BuildFacts roomyWorker = BuildReading.read(worker, roomy);
    BuildFacts tightApi = BuildReading.read(api, tight);
    BuildFacts tightWorker = BuildReading.read(worker, tight);
    // Past the bound each build reads its own files, with the same facts.
    assertEquals(
        List.of(true, false, roomyApi, roomyWorker),
        List.of(
            roomyApi.files().get(0) == roomyWorker.files().get(0),
            tightApi.files().get(0) == tightWorker.files().get(0),
            tightApi,
            tightWorker));
  }

  /**
   * Builds of one context read at once, as parallel files do: each may read it, one copy is kept,
   * and its characters count once against the bound, which once lost room for every copy dropped.
   */
  @Test
  void buildsOfOneContextReadAtOnceCountItsSourcesOnce() throws Exception {
    String dockerfile = "FROM node:20-alpine\nCOPY server.js .\nCMD [\"node\", \"server.js\"]\n";
    String server = "app.get('/healthz', (req, res) => res.send('ok'));\n";
    write("x/Dockerfile", dockerfile);
    write("x/server.js", server);
    write("y/Dockerfile", dockerfile);
    write("y/server.js", server);
    BuildRequest x = with(BuildRequest.of(project), p -> p.context = "x");
    BuildRequest y = with(x, p -> p.context = "y");
    BuildRequest yWorker = with(y, p -> p.command = Optional.of(List.of("node", "worker.js")));
    int readers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(readers);
    try {
      for (int round = 0; round < 20; round++) {
        // Room for both contexts, and no more.
        BuildReading.Reuse reuse = new BuildReading.Reuse(2L * server.length());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<BuildFacts>> reads = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
          reads.add(
              pool.submit(
                  () -> {
                    start.await();
                    return BuildReading.read(x, reuse);
                  }));
        }
        start.countDown();
        for (Future<BuildFacts> read : reads) {
          assertEquals(BuildReading.read(x), read.get());
        }
        BuildFacts yFacts = BuildReading.read(y, reuse);
        BuildFacts yWorkerFacts = BuildReading.read(yWorker, reuse);
        assertEquals(
            List.of(BuildReading.read(y), true),
            List.of(yFacts, yFacts.files().get(0) == yWorkerFacts.files().get(0)),
            "round " + round + ": y is kept after x");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static BuildRequest with(BuildRequest request, Consumer<BuildRequest.Parts> change) {
    BuildRequest.Parts parts = request.parts();
    change.accept(parts);
    return parts.build();
  }
}
