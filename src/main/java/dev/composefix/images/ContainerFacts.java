package dev.composefix.images;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.ExtendedService;
import dev.composefix.compose.ImageReference;
import dev.composefix.compose.Interpolation;
import dev.composefix.compose.Service;
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
    Optional<ContainerFacts> known = service.image().map(image -> ofImage(image, knowledge));
    if (known.isPresent()) {
      return known;
    }
    return service
        .imageOfUnknownTag()
        .map(
            name ->
                ofAnyTag(service.text("image").orElseThrow(), name.normalizedName(), knowledge));
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
      row = ImageReference.parse(base.reference()).flatMap(knowledge::find);
      on = " on " + base.reference();
    } else if (base.kind() == BaseImage.Kind.PROJECT_IMAGE && depth < MAX_CHAIN) {
      // FROM an image another service builds: that build's facts lie under this one.
      Optional<ContainerFacts> parent =
          builderOf(compose, base.reference())
              .flatMap(other -> ofBuild(compose, other, knowledge, builds, depth + 1));
      if (parent.isPresent() && parent.get().build.isPresent()) {
        overlay = overlay.over(parent.get().build.get());
        row = parent.get().row;
        on = " on " + base.reference();
      }
    }
    return Optional.of(
        new ContainerFacts("the image built from " + dockerfile + on, row, Optional.of(overlay)));
  }

  /** The service that builds the image a Dockerfile names, when one does. */
  private static Optional<ExtendedService> builderOf(ComposeFile compose, String image) {
    for (Service service : compose.services()) {
      ExtendedService extended = ExtendedService.of(compose, service);
      boolean builds =
          extended.has("build")
              && extended
                  .text("image")
                  .flatMap(Interpolation::withDefaults)
                  .filter(image::equals)
                  .isPresent();
      if (builds) {
        return Optional.of(extended);
      }
    }
    return Optional.empty();
  }

  /**
   * How findings name a service's Dockerfile: its context and file, e.g. {@code api/Dockerfile}.
   */
  private static String dockerfileName(ExtendedService service) {
    Optional<YNode> build = service.get("build").map(Mappings::resolve);
    String context = ".";
    String file = "Dockerfile";
    if (build.isPresent() && build.get() instanceof YScalar scalar) {
      context = scalar.value();
    } else if (build.isPresent() && build.get() instanceof YMapping mapping) {
      context =
          Mappings.get(mapping, "context")
              .flatMap(Mappings::asScalar)
              .map(YScalar::value)
              .orElse(".");
      file =
          Mappings.get(mapping, "dockerfile_inline").isPresent()
              ? "dockerfile_inline"
              : Mappings.get(mapping, "dockerfile")
                  .flatMap(Mappings::asScalar)
                  .map(YScalar::value)
                  .orElse("Dockerfile");
    }
    if (file.equals("dockerfile_inline") || file.startsWith("/") || context.equals(".")) {
      return file;
    }
    return (context.endsWith("/") ? context : context + "/") + file;
  }

  /** The image as the Compose file names it. */
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

  /**
   * True when what the base image serves no longer applies: the build runs a command of its own.
   */
  private boolean ownCommand() {
    return build.map(BuildOverlay::ownCommand).orElse(false);
  }

  /** The evidence that the image has no shell: a build {@code FROM scratch}. */
  private Optional<String> noShell() {
    return build.flatMap(BuildOverlay::noShell);
  }

  /** Whether the container has a program; empty when that is not known. */
  public Optional<Fact<Presence>> tool(String program) {
    Optional<Fact<Presence>> built = build.map(b -> b.tools().get(program));
    if (built.isPresent()) {
      return built;
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

  /** True when the container is known to run the program, itself or as a busybox applet. */
  public boolean runs(String program) {
    return tool(program).map(f -> f.value() != Presence.ABSENT).orElse(false);
  }

  /** True when the container is known to lack the program. */
  public boolean lacks(String program) {
    return tool(program).map(f -> f.value() == Presence.ABSENT).orElse(false);
  }

  public Optional<Fact<Shell>> shell() {
    if (noShell().isPresent()) {
      return Optional.of(new Fact<>(Shell.NONE, noShell().get()));
    }
    return row.flatMap(r -> r.shell().map(shell -> Fact.ofRow(shell.value(), r, shell.sources())));
  }

  public Optional<Fact<Role>> role() {
    if (build.isPresent()) {
      // A build serves what its app serves: an API when the port it listens on was found.
      return build.get().port().map(port -> new Fact<>(Role.API, port.from()));
    }
    return row.flatMap(r -> r.role().map(role -> Fact.ofRow(role.value(), r, role.sources())));
  }

  /** The image's own {@code HEALTHCHECK}, when it declares one. */
  public Optional<Fact<DeclaredHealthcheck>> declaredHealthcheck() {
    Optional<Fact<DeclaredHealthcheck>> built = build.flatMap(BuildOverlay::healthcheck);
    if (built.isPresent()) {
      return built.filter(fact -> fact.value().declared());
    }
    return row.flatMap(
        r ->
            r.healthcheck()
                .filter(h -> h.value().declared())
                .map(h -> Fact.ofRow(h.value(), r, h.sources())));
  }

  /** The image's health commands, the first that fits a service first. */
  public List<Fact<HealthCommand>> healthCommands() {
    List<Fact<HealthCommand>> commands = new ArrayList<>();
    if (ownCommand()) {
      return commands;
    }
    row.ifPresent(r -> r.health().forEach(h -> commands.add(Fact.ofRow(h, r, h.sources()))));
    return commands;
  }

  /** The ports its server listens on: the one the build's app is started on, or the image's. */
  public List<Fact<PortFact>> ports() {
    List<Fact<PortFact>> ports = new ArrayList<>();
    Optional<Fact<Integer>> built = build.flatMap(BuildOverlay::port);
    if (built.isPresent()) {
      String protocol = build.get().route().isPresent() ? "http" : "tcp";
      ports.add(
          new Fact<>(
              new PortFact(built.get().value(), protocol, Optional.empty(), NOT_MOVED, List.of()),
              built.get().from()));
      return ports;
    }
    if (ownCommand()) {
      return ports;
    }
    row.ifPresent(r -> r.ports().forEach(p -> ports.add(Fact.ofRow(p, r, p.sources()))));
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
    Optional<Fact<BuildOverlay.RoutedPath>> route = build.flatMap(BuildOverlay::route);
    if (route.isPresent()) {
      BuildOverlay.RoutedPath path = route.get().value();
      Optional<Integer> port =
          build.flatMap(BuildOverlay::port).map(Fact::value).or(path::port).or(this::baseHttpPort);
      port.ifPresent(
          number ->
              endpoints.add(
                  new Fact<>(
                      new Endpoint(
                          number, path.path(), Optional.empty(), Optional.empty(), List.of()),
                      route.get().from())));
      return endpoints;
    }
    if (build.flatMap(BuildOverlay::port).isPresent() || ownCommand()) {
      return endpoints;
    }
    row.ifPresent(r -> r.endpoints().forEach(e -> endpoints.add(Fact.ofRow(e, r, e.sources()))));
    return endpoints;
  }

  /** The base image's HTTP port, when it has exactly one and the build still runs its server. */
  private Optional<Integer> baseHttpPort() {
    if (ownCommand() || row.isEmpty()) {
      return Optional.empty();
    }
    List<PortFact> http = row.get().ports().stream().filter(PortFact::speaksHttp).toList();
    return http.size() == 1 ? Optional.of(http.get(0).port()) : Optional.empty();
  }

  /** Settings under which the image runs a worker that serves none of its ports. */
  public List<Fact<Setting>> workers() {
    List<Fact<Setting>> workers = new ArrayList<>();
    row.ifPresent(
        r -> r.workers().forEach(w -> workers.add(Fact.ofRow(w.value(), r, w.sources()))));
    return workers;
  }

  public List<Credential> credentials() {
    return row.map(ImageFacts::credentials).orElse(List.of());
  }
}
