package dev.composefix.images;

import dev.composefix.images.dockerfile.BaseImage;
import dev.composefix.images.dockerfile.HealthcheckFact;
import dev.composefix.images.dockerfile.InstalledPackage;
import dev.composefix.images.dockerfile.PackagePrograms;
import dev.composefix.images.dockerfile.Program;
import dev.composefix.images.dockerfile.StageFacts;
import dev.composefix.images.routes.BuildFacts;
import dev.composefix.images.routes.SourcePort;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a service's build adds to the facts of its base image: the programs its Dockerfile installs
 * or removes, its own {@code HEALTHCHECK}, the port its app listens on and the health route its
 * sources serve, each citing the Dockerfile line or source file it comes from.
 *
 * @param dockerfile how findings name the Dockerfile, e.g. {@code api/Dockerfile}
 * @param tools programs the Dockerfile installs (present) or removes (absent)
 * @param healthcheck the Dockerfile's own {@code HEALTHCHECK}, or {@code HEALTHCHECK NONE}
 * @param ownCommand true when the Dockerfile or the service runs a command of its own, so that what
 *     the base image serves no longer applies
 * @param port the port the app listens on, when one was found
 * @param route the app's best health route, when one was found, and the port its source sets
 * @param noShell the evidence that the image has no shell ({@code FROM scratch})
 */
record BuildOverlay(
    String dockerfile,
    Map<String, Fact<Presence>> tools,
    Optional<Fact<DeclaredHealthcheck>> healthcheck,
    boolean ownCommand,
    Optional<Fact<Integer>> port,
    Optional<Fact<RoutedPath>> route,
    Optional<String> noShell) {

  /**
   * A health route of the app.
   *
   * @param port the port the route's own source sets, when it does
   */
  record RoutedPath(String path, Optional<Integer> port) {}

  static BuildOverlay of(BuildFacts build, String dockerfile, boolean serviceCommand) {
    Map<String, Fact<Presence>> tools = new LinkedHashMap<>();
    Optional<Fact<DeclaredHealthcheck>> healthcheck = Optional.empty();
    boolean ownCommand = serviceCommand;
    Optional<String> noShell = Optional.empty();
    if (build.stage().isPresent()) {
      StageFacts stage = build.stage().get();
      // Removed first, so that a program installed again later counts as there.
      for (InstalledPackage removed : stage.removedPackages()) {
        for (String program : PackagePrograms.ofSystemPackage(removed.name())) {
          tools.put(
              program,
              new Fact<>(
                  Presence.ABSENT,
                  dockerfile
                      + " line "
                      + removed.line()
                      + " ("
                      + removed.manager()
                      + " removes "
                      + removed.name()
                      + ")"));
        }
      }
      for (Program program : stage.programs()) {
        tools.put(
            program.name(),
            new Fact<>(
                Presence.PRESENT,
                dockerfile + " line " + program.line() + " (" + program.how() + ")"));
      }
      if (stage.healthcheck().isPresent()) {
        HealthcheckFact declared = stage.healthcheck().get();
        healthcheck =
            Optional.of(
                new Fact<>(
                    new DeclaredHealthcheck(
                        !declared.disabled(),
                        declared.disabled() ? Optional.empty() : Optional.of(declared.test())),
                    dockerfile + " line " + declared.line() + " (HEALTHCHECK)"));
      }
      ownCommand |= stage.cmd().isPresent() || stage.entrypoint().isPresent();
      if (stage.base().kind() == BaseImage.Kind.SCRATCH) {
        noShell = Optional.of(dockerfile + " line " + stage.base().line() + " (FROM scratch)");
      }
    }
    Optional<Fact<Integer>> port =
        build.bestPort().map(p -> new Fact<>(p.port(), "port " + p.port() + " from " + p.how()));
    Optional<Fact<RoutedPath>> route =
        build
            .bestRoute()
            .map(
                r ->
                    new Fact<>(
                        new RoutedPath(r.path(), r.port().map(SourcePort::port)),
                        "route "
                            + r.path()
                            + " at "
                            + r.file()
                            + ":"
                            + r.line()
                            + " ("
                            + r.framework()
                            + ")"));
    return new BuildOverlay(dockerfile, tools, healthcheck, ownCommand, port, route, noShell);
  }

  /**
   * This build on top of the image another service builds ({@code FROM autograph-app}): what it
   * sets wins, and what it leaves unset it inherits, but for the port and route of the other
   * build's app when this one runs a command of its own.
   */
  BuildOverlay over(BuildOverlay parent) {
    Map<String, Fact<Presence>> merged = new LinkedHashMap<>(parent.tools());
    merged.putAll(tools);
    return new BuildOverlay(
        dockerfile,
        merged,
        healthcheck.or(parent::healthcheck),
        ownCommand || parent.ownCommand(),
        // The port and route the other build's app serves are its command's: a build that runs a
        // command of its own (a self-test FROM the app's image) does not serve them.
        ownCommand ? port : port.or(parent::port),
        ownCommand ? route : route.or(parent::route),
        noShell.or(parent::noShell));
  }
}
