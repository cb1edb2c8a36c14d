package dev.composefix.images.routes;

import dev.composefix.images.dockerfile.EffectiveCommand;
import dev.composefix.images.dockerfile.ReadNote;
import dev.composefix.images.dockerfile.StageFacts;
import java.util.List;
import java.util.Optional;

/**
 * What a build's Dockerfile and sources say about the image it builds.
 *
 * @param stage the facts of the stage built; empty when no Dockerfile could be read or the target
 *     names no stage
 * @param command what the container runs: the image's ENTRYPOINT and CMD, with the service's {@code
 *     entrypoint:} and {@code command:} over them
 * @param files the source files read, those the Dockerfile copies
 * @param routes health routes first, then root routes, found only in those files
 * @param ports the ports the app listens on, strongest evidence first ({@code EXPOSE} last)
 * @param notes what could not be read, and why
 */
public record BuildFacts(
    Optional<StageFacts> stage,
    Optional<EffectiveCommand> command,
    List<SourceFile> files,
    List<Route> routes,
    List<ListenPort> ports,
    List<ReadNote> notes) {

  public BuildFacts {
    files = List.copyOf(files);
    routes = List.copyOf(routes);
    ports = List.copyOf(ports);
    notes = List.copyOf(notes);
  }

  /** The first health route, or else the first root route. */
  public Optional<Route> bestRoute() {
    return routes.stream().findFirst();
  }

  /** The port with the strongest evidence. */
  public Optional<ListenPort> bestPort() {
    return ports.stream().findFirst();
  }
}
