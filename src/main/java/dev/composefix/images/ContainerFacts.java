package dev.composefix.images;

import dev.composefix.compose.ExtendedService;
import dev.composefix.compose.ImageReference;
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

  private ContainerFacts(String image, Optional<ImageFacts> row) {
    this.image = image;
    this.row = row;
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

  /** The image as the Compose file names it. */
  public String image() {
    return image;
  }

  /** The knowledge-base row the facts come from. */
  public Optional<ImageFacts> row() {
    return row;
  }

  public boolean known() {
    return row.isPresent();
  }

  /** Whether the container has a program; empty when that is not known. */
  public Optional<Fact<Presence>> tool(String program) {
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Optional<ToolFact> fact = row.get().tool(program);
    if (fact.isPresent()) {
      ToolFact tool = fact.get();
      Presence presence = tool.presence();
      if (presence != Presence.ABSENT && !tool.architectures().isEmpty()) {
        // Present on some architectures only: usable where the common ones are covered.
        if (!tool.architectures().containsAll(List.of("amd64", "arm64"))) {
          return Optional.empty();
        }
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
    return row.flatMap(r -> r.shell().map(shell -> Fact.ofRow(shell.value(), r, shell.sources())));
  }

  public Optional<Fact<Role>> role() {
    return row.flatMap(r -> r.role().map(role -> Fact.ofRow(role.value(), r, role.sources())));
  }

  /** The image's own {@code HEALTHCHECK}, when it declares one. */
  public Optional<Fact<DeclaredHealthcheck>> declaredHealthcheck() {
    return row.flatMap(
        r ->
            r.healthcheck()
                .filter(h -> h.value().declared())
                .map(h -> Fact.ofRow(h.value(), r, h.sources())));
  }

  /** The image's health commands, the first that fits a service first. */
  public List<Fact<HealthCommand>> healthCommands() {
    List<Fact<HealthCommand>> commands = new ArrayList<>();
    row.ifPresent(r -> r.health().forEach(h -> commands.add(Fact.ofRow(h, r, h.sources()))));
    return commands;
  }

  public List<Fact<PortFact>> ports() {
    List<Fact<PortFact>> ports = new ArrayList<>();
    row.ifPresent(r -> r.ports().forEach(p -> ports.add(Fact.ofRow(p, r, p.sources()))));
    return ports;
  }

  public List<Fact<Endpoint>> endpoints() {
    List<Fact<Endpoint>> endpoints = new ArrayList<>();
    row.ifPresent(r -> r.endpoints().forEach(e -> endpoints.add(Fact.ofRow(e, r, e.sources()))));
    return endpoints;
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
