package dev.composefix.images;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.ExtendedService;
import dev.composefix.compose.ImageReference;
import dev.composefix.images.dockerfile.BaseImage;
import dev.composefix.images.routes.BuildFacts;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What is known of the container a service runs, whatever it comes from: the knowledge-base row of
 * its image, or, for a service that builds its image, of the build's base image with what the
 * Dockerfile adds. Each fact says where it comes from; what is not known is absent.
 */
public final class ContainerFacts {

  private final String image;
  private final Optional<ImageFacts> row;
  private final Optional<BuildOverlay> build;

  private ContainerFacts(String image, Optional<ImageFacts> row) {
    this(image, row, Optional.empty());
  }

  private ContainerFacts(String image, Optional<ImageFacts> row, Optional<BuildOverlay> build) {
    this.image = image;
    this.row = row;
    this.build = build;
  }

  /** The facts of a service that runs an image. */
  public static ContainerFacts ofImage(ImageReference image, KnowledgeBase knowledge) {
    return new ContainerFacts(image.text(), knowledge.find(image));
  }

  /**
   * The facts of a service whose image's tag is not known (a variable without a default): those
   * that every row of the image agrees on.
   *
   * @param image how the Compose file writes the image
   * @param name the image's normalized name
   */
  public static ContainerFacts ofAnyTag(String image, String name, KnowledgeBase knowledge) {
    return new ContainerFacts(image, knowledge.findAnyTag(name));
  }

  /**
   * The facts of a service's image: its row, or, when only the tag is unknown, what every row of
   * the image agrees on; empty for a service that builds its image or whose image is a variable.
   */
  public static Optional<ContainerFacts> of(ExtendedService service, KnowledgeBase knowledge) {
    if (service.has("build")) {
      return Optional.empty();
    }
    Optional<ImageReference> image = service.image();
    if (image.isPresent()) {
      return Optional.of(ofImage(image.get(), knowledge));
    }
    Optional<ImageReference> name = service.imageOfUnknownTag();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        ofAnyTag(service.text("image").orElseThrow(), name.get().normalizedName(), knowledge));
  }

  /**
   * The facts of whatever a service runs: the image it builds when it has a {@code build:}, else
   * the image it names.
   */
  public static Optional<ContainerFacts> forService(
      ComposeFile compose, ExtendedService service, KnowledgeBase knowledge, BuildContexts builds) {
    return service.has("build")
        ? ofBuild(compose, service, knowledge, builds)
        : of(service, knowledge);
  }

  /**
   * The facts of a service with a {@code build:}: its base image's row, under what its Dockerfile
   * and sources say; empty when no build context could be read.
   */
  public static Optional<ContainerFacts> ofBuild(
      ComposeFile compose, ExtendedService service, KnowledgeBase knowledge, BuildContexts builds) {
    return ofBuild(compose, service, knowledge, builds, 0);
  }

  /** A chain of builds on each other's images is followed this deep, no deeper. */
  private static final int MAX_CHAIN = 8;

  private static Optional<ContainerFacts> ofBuild(
      ComposeFile compose,
      ExtendedService service,
      KnowledgeBase knowledge,
      BuildContexts builds,
      int depth) {
    Optional<BuildFacts> read = builds.of(compose, service);
    if (read.isEmpty() || read.get().stage().isEmpty()) {
      return Optional.empty();
    }
    BuildFacts facts = read.get();
    BaseImage base = facts.stage().get().base();
    boolean serviceCommand = service.has("command") || service.has("entrypoint");
    String dockerfile = dockerfileName(service);
    BuildOverlay overlay = BuildOverlay.of(facts, dockerfile, serviceCommand);
    Optional<ImageFacts> row = Optional.empty();
    String on = "";
    if (base.kind() == BaseImage.Kind.EXTERNAL) {
      Optional<ImageReference> reference = ImageReference.parse(base.reference());
      if (reference.isPresent()) {
        row = knowledge.find(reference.get());
      }
      on = " on " + base.reference();
    } else if (base.kind() == BaseImage.Kind.PROJECT_IMAGE && depth < MAX_CHAIN) {
      // FROM an image another service builds: that build's facts lie under this one.
      Optional<ExtendedService> builder = compose.builderOf(base.reference());
      Optional<ContainerFacts> parent =
          builder.isPresent()
              ? ofBuild(compose, builder.get(), knowledge, builds, depth + 1)
              : Optional.empty();
      if (parent.isPresent() && parent.get().build.isPresent()) {
        overlay = overlay.over(parent.get().build.get());
        row = parent.get().row;
        on = " on " + base.reference();
      }
    }
    return Optional.of(
        new ContainerFacts("the image built from " + dockerfile + on, row, Optional.of(overlay)));
  }

  /**
   * How findings name a service's Dockerfile: its context and file, e.g. {@code api/Dockerfile}.
   */
  private static String dockerfileName(ExtendedService service) {
    Optional<YNode> build = service.get("build");
    YNode value = build.isPresent() ? Mappings.resolve(build.get()) : null;
    String context = ".";
    String file = "Dockerfile";
    if (value instanceof YScalar scalar) {
      context = scalar.value();
    } else if (value instanceof YMapping mapping) {
      context = scalarText(mapping, "context", ".");
      file =
          Mappings.get(mapping, "dockerfile_inline").isPresent()
              ? "dockerfile_inline"
              : scalarText(mapping, "dockerfile", "Dockerfile");
    }
    if (file.equals("dockerfile_inline") || file.startsWith("/") || context.equals(".")) {
      return file;
    }
    return (context.endsWith("/") ? context : context + "/") + file;
  }

  /** A key's scalar value, or the fallback when it is absent or not a scalar. */
  private static String scalarText(YMapping mapping, String key, String fallback) {
    Optional<YNode> value = Mappings.get(mapping, key);
    return value.isPresent() && Mappings.resolve(value.get()) instanceof YScalar scalar
        ? scalar.value()
        : fallback;
  }

  /** The same facts, the image named as given: where another file sets it, for instance. */
  public ContainerFacts describedAs(String image) {
    return new ContainerFacts(image, row, build);
  }

  public String image() {
    return image;
  }

  /** The knowledge-base row the facts come from: the image's, or its build's base image's. */
  public Optional<ImageFacts> row() {
    return row;
  }

  public boolean known() {
    return row.isPresent() || build.isPresent();
  }

  /** Whether these are the facts of an image the service builds. */
  public boolean built() {
    return build.isPresent();
  }

  /**
   * True when what the base image serves no longer applies: the build runs a command of its own.
   */
  private boolean ownCommand() {
    return build.isPresent() && build.get().ownCommand();
  }

  /** The evidence that the image has no shell: a build {@code FROM scratch}. */
  private Optional<String> noShell() {
    return build.isPresent() ? build.get().noShell() : Optional.empty();
  }

  /** Whether the container has a program; empty when that is not known. */
  public Optional<Fact<Presence>> tool(String program) {
    Fact<Presence> built = build.isPresent() ? build.get().tools().get(program) : null;
    if (built != null) {
      return Optional.of(built);
    }
    if (noShell().isPresent()) {
      // An image built FROM scratch has only what the build copies into it.
      return Optional.of(new Fact<>(Presence.ABSENT, noShell().get()));
    }
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Optional<ToolFact> fact = row.get().tool(program);
    if (fact.isPresent()) {
      ToolFact tool = fact.get();
      Presence presence = tool.presence();
      // Present on some architectures only: usable where the common ones are covered.
      if (presence != Presence.ABSENT
          && !tool.architectures().isEmpty()
          && !tool.architectures().containsAll(List.of("amd64", "arm64"))) {
        return Optional.empty();
      }
      return Optional.of(Fact.ofRow(presence, row.get(), tool.sources()));
    }
    // A shell named as the image's shell is a program it has.
    if (program.equals("sh") || program.equals("bash")) {
      Optional<Fact<Shell>> shell = shell();
      if (shell.isPresent()) {
        Shell value = shell.get().value();
        boolean has = program.equals("sh") ? value != Shell.NONE : value == Shell.BASH;
        if (has || value == Shell.NONE) {
          return Optional.of(
              new Fact<>(has ? Presence.PRESENT : Presence.ABSENT, shell.get().from()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The image's busybox applet {@code program} when a source shows it takes {@code option}; empty
   * when that is not known, or when a build puts a program of that name in the image.
   */
  public Optional<Fact<Presence>> busyboxWith(String program, String option) {
    boolean builtOver = build.isPresent() && build.get().tools().containsKey(program);
    if (builtOver || noShell().isPresent() || row.isEmpty()) {
      return Optional.empty();
    }
    Optional<ToolFact> fact = row.get().tool(program);
    if (fact.isEmpty() || !fact.get().busyboxWith(option) || tool(program).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Fact.ofRow(Presence.BUSYBOX, row.get(), fact.get().sources()));
  }

  /** True when the container is known to run the program, itself or as a busybox applet. */
  public boolean runs(String program) {
    Optional<Fact<Presence>> tool = tool(program);
    return tool.isPresent() && tool.get().value() != Presence.ABSENT;
  }

  /** True when the container is known to lack the program. */
  public boolean lacks(String program) {
    Optional<Fact<Presence>> tool = tool(program);
    return tool.isPresent() && tool.get().value() == Presence.ABSENT;
  }

  public Optional<Fact<Shell>> shell() {
    if (noShell().isPresent()) {
      return Optional.of(new Fact<>(Shell.NONE, noShell().get()));
    }
    return row.isPresent() ? cited(row.get(), row.get().shell()) : Optional.empty();
  }

  /**
   * What the container is. A build serves what its app serves: an API when the port it listens on
   * was found; otherwise, when it runs its base image's own command, what the base image is (a
   * {@code FROM mongo:5} that only adds init scripts is a MongoDB server), as its health commands
   * and ports are the base's too.
   */
  public Optional<Fact<Role>> role() {
    if (build.isPresent()) {
      Optional<Fact<Integer>> port = build.get().port();
      if (port.isPresent()) {
        return Optional.of(new Fact<>(Role.API, port.get().from()));
      }
      if (ownCommand()) {
        return Optional.empty();
      }
    }
    return row.isPresent() ? cited(row.get(), row.get().role()) : Optional.empty();
  }

  /** The image's own {@code HEALTHCHECK}, when it declares one. */
  public Optional<Fact<DeclaredHealthcheck>> declaredHealthcheck() {
    Optional<Fact<DeclaredHealthcheck>> built =
        build.isPresent() ? build.get().healthcheck() : Optional.empty();
    if (built.isPresent()) {
      return built.get().value().declared() ? built : Optional.empty();
    }
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Optional<Fact<DeclaredHealthcheck>> declared = cited(row.get(), row.get().healthcheck());
    return declared.isPresent() && declared.get().value().declared() ? declared : Optional.empty();
  }

  /** Adds the row's facts of one kind, each naming the row and its own first source. */
  private <T extends Sourced> void addCited(List<T> facts, List<Fact<T>> to) {
    for (T fact : facts) {
      to.add(Fact.ofRow(fact, row.get(), fact.sources()));
    }
  }

  /** A row's cited value as a fact that names the row; empty when the row has no such value. */
  private static <T> Optional<Fact<T>> cited(ImageFacts row, Optional<Cited<T>> value) {
    return value.isPresent()
        ? Optional.of(Fact.ofRow(value.get().value(), row, value.get().sources()))
        : Optional.empty();
  }

  /** The image's health commands, the first that fits a service first. */
  public List<Fact<HealthCommand>> healthCommands() {
    List<Fact<HealthCommand>> commands = new ArrayList<>();
    if (!ownCommand() && row.isPresent()) {
      addCited(row.get().health(), commands);
    }
    return commands;
  }

  /** The ports its server listens on: the one the build's app is started on, or the image's. */
  public List<Fact<PortFact>> ports() {
    List<Fact<PortFact>> ports = new ArrayList<>();
    Optional<Fact<Integer>> built = build.isPresent() ? build.get().port() : Optional.empty();
    if (built.isPresent()) {
      String protocol = build.get().route().isPresent() ? "http" : "tcp";
      ports.add(
          new Fact<>(
              new PortFact(built.get().value(), protocol, Optional.empty(), NOT_MOVED, List.of()),
              built.get().from()));
      return ports;
    }
    if (!ownCommand() && row.isPresent()) {
      addCited(row.get().ports(), ports);
    }
    return ports;
  }

  private static final Setting NOT_MOVED =
      new Setting(List.of(), List.of(), List.of(), Optional.empty());

  /**
   * The HTTP health endpoints: the build's route, on the port the app is started on, else the port
   * its source sets, else the base image's one HTTP port; or else the image's own endpoints.
   */
  public List<Fact<Endpoint>> endpoints() {
    List<Fact<Endpoint>> endpoints = new ArrayList<>();
    Optional<Fact<BuildOverlay.RoutedPath>> route =
        build.isPresent() ? build.get().route() : Optional.empty();
    Optional<Fact<Integer>> appPort = build.isPresent() ? build.get().port() : Optional.empty();
    if (route.isPresent()) {
      BuildOverlay.RoutedPath path = route.get().value();
      Optional<Integer> port =
          appPort.isPresent() ? Optional.of(appPort.get().value()) : path.port();
      if (port.isEmpty()) {
        port = baseHttpPort();
      }
      if (port.isPresent()) {
        endpoints.add(
            new Fact<>(
                new Endpoint(
                    port.get(), path.path(), Optional.empty(), Optional.empty(), List.of()),
                route.get().from()));
      }
      return endpoints;
    }
    if (appPort.isPresent() || ownCommand()) {
      return endpoints;
    }
    if (row.isPresent()) {
      addCited(row.get().endpoints(), endpoints);
    }
    return endpoints;
  }

  /** The base image's HTTP port, when it has exactly one and the build still runs its server. */
  private Optional<Integer> baseHttpPort() {
    if (ownCommand() || row.isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> only = Optional.empty();
    for (PortFact port : row.get().ports()) {
      if (port.speaksHttp()) {
        if (only.isPresent()) {
          return Optional.empty();
        }
        only = Optional.of(port.port());
      }
    }
    return only;
  }

  /** Settings under which the image runs a worker that serves none of its ports. */
  public List<Fact<Setting>> workers() {
    List<Fact<Setting>> workers = new ArrayList<>();
    if (row.isPresent()) {
      for (Cited<Setting> worker : row.get().workers()) {
        workers.add(Fact.ofRow(worker.value(), row.get(), worker.sources()));
      }
    }
    return workers;
  }

  public List<Credential> credentials() {
    return row.isPresent() ? row.get().credentials() : List.of();
  }
}
