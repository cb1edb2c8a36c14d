package dev.composefix.images.routes;

import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP route the app serves that a healthcheck may probe.
 *
 * @param path the path as the app serves it, prefixes that the same file (or a simple mount) adds
 *     included: {@code /healthz}, {@code /api/v1/liveness}
 * @param kind a health route, or the root route as a weaker fallback
 * @param file the file it is declared in, relative to the build context
 * @param line the 1-based line of its path
 * @param framework what declares it: {@code fastapi}, {@code flask}, {@code express}, {@code
 *     spring}, {@code spring-boot-actuator}, {@code rails}, {@code axum}, ...
 * @param method the HTTP method, when the declaration says
 * @param port the port the same file or app sets, when it does
 */
public record Route(
    String path,
    Kind kind,
    String file,
    int line,
    String framework,
    Optional<String> method,
    Optional<SourcePort> port) {

  /** How good a probe target a route is. */
  public enum Kind {
    /** A path whose last segment is health-like: {@code /healthz}, {@code /__heartbeat__}. */
    HEALTH,
    /** {@code /}: it answers when the app is up, but may do real work. */
    ROOT
  }

  // Written out: a record's generated equals and hashCode are linked at run time, with classes
  // spun that no class-data archive holds; the routes a build's files declare are told apart in a
  // set.
  @Override
  public boolean equals(Object other) {
    return other instanceof Route that
        && line == that.line
        && kind == that.kind
        && path.equals(that.path)
        && file.equals(that.file)
        && framework.equals(that.framework)
        && method.equals(that.method)
        && port.equals(that.port);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, kind, file, line, framework, method, port);
  }

  Route withPort(Optional<SourcePort> newPort) {
    return new Route(path, kind, file, line, framework, method, newPort);
  }
}
