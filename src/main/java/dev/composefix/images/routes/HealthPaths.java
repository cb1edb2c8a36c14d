package dev.composefix.images.routes;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Which paths are health routes: those whose last segment says health, liveness or readiness. */
public final class HealthPaths {

  private static final Set<String> NAMES =
      Set.of(
          "health",
          "healthz",
          "healthcheck",
          "hc",
          "ready",
          "readyz",
          "readiness",
          "live",
          "livez",
          "liveness",
          "alive",
          "ping",
          "status",
          "heartbeat",
          "up");

  private HealthPaths() {}

  /**
   * The kind of route a path is, or empty when it is neither a health route nor the root. A path
   * with parameters ({@code /crate/{name}/status}) is neither: a probe has no values to fill in.
   */
  public static Optional<Route.Kind> kindOf(String path) {
    String trimmed = path.strip();
    if (trimmed.equals("/")) {
      return Optional.of(Route.Kind.ROOT);
    }
    if (trimmed.isEmpty() || trimmed.matches(".*(?:[{<*]|/:).*")) {
      return Optional.empty();
    }
    String[] segments = trimmed.split("/");
    String last = "";
    for (int k = segments.length - 1; k >= 0 && last.isEmpty(); k--) {
      last = segments[k];
    }
    return isHealthSegment(last) ? Optional.of(Route.Kind.HEALTH) : Optional.empty();
  }

  /** How many non-empty segments a path has. */
  static int segments(String path) {
    int count = 0;
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        count++;
      }
    }
    return count;
  }

  /** Health names first, then heartbeat and liveness, then readiness, then the rest. */
  static int rank(String path) {
    String name = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
    name = name.substring(name.lastIndexOf('/') + 1);
    if (name.contains("health")) {
      return 0;
    }
    if (name.contains("heartbeat") || name.contains("live") || name.contains("alive")) {
      return 1;
    }
    if (name.contains("ready") || name.contains("readiness")) {
      return 2;
    }
    return 3;
  }

  static boolean isHealthSegment(String segment) {
    String name = segment.toLowerCase(Locale.ROOT);
    if (name.endsWith(".php")) {
      name = name.substring(0, name.length() - 4);
    }
    name = name.replaceAll("^[^a-z0-9]+|[^a-z0-9]+$", "");
    if (!name.matches("[a-z0-9_.-]+")) {
      return false;
    }
    return NAMES.contains(name) || name.contains("health") || name.contains("heartbeat");
  }
}
