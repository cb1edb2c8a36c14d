package dev.composefix.images.routes;

import dev.composefix.images.dockerfile.CommandForm;
import dev.composefix.images.dockerfile.Dockerfile;
import dev.composefix.images.dockerfile.DockerfileFacts;
import dev.composefix.images.dockerfile.EffectiveCommand;
import dev.composefix.images.dockerfile.ExposedPort;
import dev.composefix.images.dockerfile.ReadNote;
import dev.composefix.images.dockerfile.StageFacts;
import dev.composefix.images.dockerfile.StageReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Reads a Compose build: its Dockerfile (inline, or a file relative to the context or absolute),
 * the stage it builds, the source files that stage copies, the health routes in them, and the port
 * the app listens on. It only reads, and never throws for a missing, remote or unreadable context
 * or Dockerfile: those become notes.
 */
public final class BuildReading {

  private BuildReading() {}

  /** The facts of a build, as the brief's call: a context folder and the build's settings. */
  public static BuildFacts read(
      Path contextDir,
      Optional<String> dockerfilePath,
      Optional<String> dockerfileInline,
      Optional<String> target,
      Map<String, String> buildArgs,
      Limits limits) {
    BuildRequest.Parts request = BuildRequest.of(contextDir).parts();
    request.dockerfile = dockerfilePath;
    request.dockerfileInline = dockerfileInline;
    request.target = target;
    request.buildArgs = buildArgs;
    request.limits = limits;
    return read(request.build());
  }

  public static BuildFacts read(BuildRequest request) {
    return read(request, new Reuse());
  }

  /**
   * What builds share when they differ only in the container's environment, entrypoint and command,
   * as an API and a worker built from one context do, or the services of several Compose files that
   * build the same context: the Dockerfile's stage, the source files it copies, and their code with
   * comments and strings masked. Reading and masking a large context is most of a run; the routes
   * and ports, which the environment decides, are found for each build. What is kept is bounded by
   * the characters of its source files: past the bound, builds read their own.
   */
  public static final class Reuse {

    /** Enough for several large contexts (a context reads at most 4 MB of sources). */
    public static final long RUN_CHARACTERS = 8L * 1024 * 1024;

    private final Map<BuildRequest, Prepared> prepared = new ConcurrentHashMap<>();
    private final AtomicLong kept = new AtomicLong();
    private final long maxCharacters;

    /** Keeps everything: for the builds of one file, which a run holds only while it judges it. */
    public Reuse() {
      this(Long.MAX_VALUE);
    }

    /** Keeps what the files of at most {@code maxCharacters} characters of sources need. */
    public Reuse(long maxCharacters) {
      this.maxCharacters = maxCharacters;
    }

    private Prepared get(BuildRequest key) {
      Prepared known = prepared.get(key);
      if (known != null) {
        return known;
      }
      Prepared made = prepare(key);
      long characters = 0;
      for (SourceFile file : made.files().files()) {
        characters += file.text().length();
      }
      if (kept.addAndGet(characters) > maxCharacters) {
        kept.addAndGet(-characters);
        return made;
      }
      Prepared first = prepared.putIfAbsent(key, made);
      if (first == null) {
        return made;
      }
      // Another build of this context, read at the same time, was kept first: this copy is
      // dropped, and its characters with it.
      kept.addAndGet(-characters);
      return first;
    }
  }

  /** A build's facts, reusing what an earlier build of the same context and stage read. */
  public static BuildFacts read(BuildRequest request, Reuse reuse) {
    BuildRequest.Parts reading = request.parts();
    reading.entrypoint = Optional.empty();
    reading.command = Optional.empty();
    reading.environment = Map.of();
    return finish(reuse.get(reading.build()), request);
  }

  /**
   * What a build reads before the container's settings matter: its notes so far, the stage it
   * builds (none when there is no Dockerfile or stage to read), and the files that stage copies.
   */
  private record Prepared(
      List<ReadNote> notes,
      String dockerfileName,
      Optional<StageFacts> stage,
      SourceFiles files,
      MaskedCode masked) {}

  private static Prepared prepare(BuildRequest request) {
    List<ReadNote> notes = new ArrayList<>();
    Optional<Path> context = context(request, notes);
    Optional<Path> dockerfilePath = Optional.empty();
    String name = "dockerfile_inline";
    Optional<String> text = request.dockerfileInline();
    if (text.isEmpty()) {
      name = request.dockerfile().orElse("Dockerfile");
      dockerfilePath = dockerfilePath(request, context, name, notes);
      text =
          dockerfilePath.isPresent()
              ? readDockerfile(
                  dockerfilePath.get(), request.dockerfile().orElse("Dockerfile"), notes)
              : Optional.empty();
    }
    if (text.isEmpty()) {
      return new Prepared(
          List.copyOf(notes), name, Optional.empty(), SourceFiles.NONE, new MaskedCode());
    }
    DockerfileFacts dockerfile =
        StageReader.read(
            Dockerfile.parse(text.get(), name),
            request.target(),
            request.buildArgs(),
            request.projectImages());
    notes.addAll(dockerfile.notes());
    if (dockerfile.stage().isEmpty()) {
      return new Prepared(
          List.copyOf(notes), name, Optional.empty(), SourceFiles.NONE, new MaskedCode());
    }
    StageFacts stage = dockerfile.stage().get();
    SourceFiles files = SourceFiles.NONE;
    if (context.isPresent()) {
      // BuildKit reads <Dockerfile>.dockerignore next to the Dockerfile, wherever that is.
      DockerIgnore ignore = ContextFiles.ignoreFile(context.get(), dockerfilePath, notes);
      files = ContextFiles.read(context.get(), stage.copies(), ignore, request.limits());
      notes.addAll(files.notes());
    }
    return new Prepared(List.copyOf(notes), name, Optional.of(stage), files, new MaskedCode());
  }

  /** The facts of one build from what it shares with others: its command, ports and routes. */
  private static BuildFacts finish(Prepared prepared, BuildRequest request) {
    if (prepared.stage().isEmpty()) {
      return new BuildFacts(
          Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), prepared.notes());
    }
    StageFacts stage = prepared.stage().get();
    SourceFiles files = prepared.files();
    String name = prepared.dockerfileName();
    Map<String, String> env = new LinkedHashMap<>(stage.environment());
    env.putAll(request.environment());
    Optional<EffectiveCommand> command = command(stage, request);
    String workdir = stage.workdir().isPresent() ? stage.workdir().get().value() : "/";
    List<ListenPort> ports = new ArrayList<>();
    if (command.isPresent()) {
      ports.addAll(ListenPorts.find(command.get().argv(), env, files, workdir));
    }
    // EXPOSE declares the port of the image's own command; a service that runs another one with
    // command: or entrypoint: (a Celery worker from the API's image) need not listen there.
    boolean imageCommand = request.entrypoint().isEmpty() && request.command().isEmpty();
    for (ExposedPort exposed : stage.exposedPorts()) {
      if (imageCommand && exposed.protocol().equals("tcp")) {
        String range = exposed.lastPort() == exposed.port() ? "" : "-" + exposed.lastPort();
        ports.add(
            new ListenPort(
                exposed.port(),
                ListenPort.Evidence.EXPOSE,
                "EXPOSE " + exposed.port() + range + " (" + name + ":" + exposed.line() + ")"));
      }
    }
    // The app's routes are served by the app: under a command of the service's own only when that
    // command is seen to start the app's server, and never by a server of its own, such as Flower.
    boolean servesApp = ports.isEmpty() ? imageCommand : ports.get(0).servesApp();
    List<Route> routes =
        servesApp ? RouteFinder.find(files.files(), env, prepared.masked()) : List.of();
    return new BuildFacts(
        Optional.of(stage), command, files.files(), routes, ports, prepared.notes());
  }

  private static Optional<Path> context(BuildRequest request, List<ReadNote> notes) {
    if (Syntax.REMOTE.pattern.matcher(request.context()).matches()) {
      notes.add(ReadNote.of("remote context " + request.context() + " not read"));
      return Optional.empty();
    }
    Path dir;
    try {
      dir = request.projectDir().resolve(request.context()).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      notes.add(
          ReadNote.of("build context " + request.context() + " is not a path: " + e.getMessage()));
      return Optional.empty();
    }
    if (!Files.isDirectory(dir)) {
      notes.add(ReadNote.of("build context " + request.context() + " is not a folder: " + dir));
      return Optional.empty();
    }
    return Optional.of(dir);
  }

  private static Optional<Path> dockerfilePath(
      BuildRequest request, Optional<Path> context, String name, List<ReadNote> notes) {
    try {
      Path given = Path.of(name);
      if (given.isAbsolute()) {
        return Optional.of(given.normalize());
      }
      if (context.isEmpty()) {
        notes.add(
            ReadNote.of("Dockerfile " + name + " not read: the build context is not readable"));
        return Optional.empty();
      }
      return Optional.of(context.get().resolve(given).normalize());
    } catch (InvalidPathException e) {
      notes.add(ReadNote.of("Dockerfile " + name + " is not a path: " + e.getMessage()));
      return Optional.empty();
    }
  }

  private static Optional<String> readDockerfile(Path path, String name, List<ReadNote> notes) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException | SecurityException e) {
      notes.add(ReadNote.of("Dockerfile " + name + " not found (" + path + ")"));
      return Optional.empty();
    }
    if (!attributes.isRegularFile()) {
      notes.add(ReadNote.of("Dockerfile " + name + " is not a regular file"));
      return Optional.empty();
    }
    // Up to four bytes a character: a Dockerfile of MAX_CHARS characters fits in this many bytes.
    int maxBytes = Dockerfile.MAX_CHARS * 4;
    if (attributes.size() > maxBytes) {
      notes.add(
          new ReadNote(name, 0, "not read: larger than " + (Dockerfile.MAX_CHARS >> 10) + " KiB"));
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(path)) {
      return Optional.of(ContextFiles.decode(in.readNBytes(maxBytes + 1)));
    } catch (IOException | SecurityException e) {
      notes.add(ReadNote.of("Dockerfile " + name + " not read: " + e.getMessage()));
      return Optional.empty();
    }
  }

  /**
   * The service's {@code entrypoint:} replaces ENTRYPOINT and drops the image's CMD; its {@code
   * command:} replaces CMD.
   */
  static Optional<EffectiveCommand> command(StageFacts stage, BuildRequest request) {
    if (request.entrypoint().isEmpty() && request.command().isEmpty()) {
      return stage.effectiveCommand();
    }
    List<String> argv = new ArrayList<>();
    List<String> how = new ArrayList<>();
    if (request.entrypoint().isPresent()) {
      argv.addAll(request.entrypoint().get());
      how.add("Compose entrypoint");
    } else if (stage.entrypoint().isPresent()) {
      CommandForm entrypoint = stage.entrypoint().get();
      argv.addAll(entrypoint.argv());
      how.add("ENTRYPOINT");
      if (entrypoint.shellForm()) {
        return Optional.of(new EffectiveCommand(argv, "shell-form ENTRYPOINT (command ignored)"));
      }
    }
    if (request.command().isPresent()) {
      argv.addAll(request.command().get());
      how.add("Compose command");
    } else if (request.entrypoint().isEmpty() && stage.cmd().isPresent()) {
      argv.addAll(stage.cmd().get().argv());
      how.add("CMD");
    }
    return argv.isEmpty()
        ? Optional.empty()
        : Optional.of(new EffectiveCommand(argv, String.join(" + ", how)));
  }

  /** What this reader matches: the patterns named context.* in route-syntax.txt. */
  private enum Syntax {
    REMOTE;

    final Pattern pattern = RouteSyntax.pattern("context", this);
  }
}
