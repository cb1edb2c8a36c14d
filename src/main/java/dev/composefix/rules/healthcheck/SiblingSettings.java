package dev.composefix.rules.healthcheck;

import dev.composefix.compose.ExtendedService;
import dev.composefix.project.Merged;
import dev.composefix.shell.ShellScript;
import dev.composefix.yaml.YamlData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What decides whether one service's healthcheck fits another service of the same stack: the image
 * it runs or builds, its entrypoint and command, its volumes, its environment and env files, and
 * its healthcheck. Read as plain data from a file's service (with what it merges in and extends) or
 * from the merged project, so that both are compared the same way.
 *
 * @param name the service's name
 * @param image the image it runs, after the project's interpolation where that can be done and as
 *     written where it cannot ({@code $SNUBA_IMAGE}), with its build section; empty when it has
 *     neither
 * @param entrypoint its entrypoint's words; empty when it runs the image's own
 * @param command its command's words; empty when it runs the image's own
 * @param volumes its volumes, each as written
 * @param containerPorts the container ports its {@code ports} and {@code expose} name, as written
 * @param environment the variables its environment sets, with their values as written (never
 *     printed: they may be secrets)
 * @param envFiles its env files, as written
 * @param healthcheck its healthcheck; empty when it has none
 */
record SiblingSettings(
    String name,
    Optional<String> image,
    Optional<List<String>> entrypoint,
    Optional<List<String>> command,
    List<Volume> volumes,
    Set<String> containerPorts,
    Map<String, Optional<String>> environment,
    List<String> envFiles,
    Optional<Check> healthcheck) {

  /**
   * A volume: the whole entry as written, and the path in the container it mounts at.
   *
   * @param written the short form as written, or the long form's keys and values in key order
   * @param target where it mounts in the container
   */
  record Volume(String written, String target) {}

  /**
   * A healthcheck's test and whether it is turned off.
   *
   * @param test the test list; a string test is {@code CMD-SHELL} and the string
   * @param off {@code disable: true}, {@code test: ["NONE"]} or an empty test
   */
  record Check(List<String> test, boolean off) {}

  private static final List<String> KEYS =
      List.of(
          "image",
          "build",
          "entrypoint",
          "command",
          "volumes",
          "ports",
          "expose",
          "environment",
          "env_file",
          "healthcheck");

  /**
   * A service of the file, with what it merges in and extends.
   *
   * @param variables the project's variables: a name's value, empty when it is not set
   */
  static SiblingSettings of(ExtendedService service, Function<String, Optional<String>> variables) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String key : KEYS) {
      service.get(key).ifPresent(node -> values.put(key, plain(YamlData.of(node))));
    }
    return of(service.service().name(), values, variables);
  }

  /** A service as the merged project runs it. */
  static SiblingSettings of(
      String name, Merged.Mapping merged, Function<String, Optional<String>> variables) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String key : KEYS) {
      merged.get(key).ifPresent(value -> values.put(key, plain(value)));
    }
    return of(name, values, variables);
  }

  private static SiblingSettings of(
      String name, Map<String, Object> values, Function<String, Optional<String>> variables) {
    return new SiblingSettings(
        name,
        image(values, variables),
        words(values.get("entrypoint")),
        words(values.get("command")),
        volumes(values.get("volumes")),
        containerPorts(values),
        environment(values.get("environment")),
        strings(values.get("env_file")),
        check(values.get("healthcheck")));
  }

  /** Whether the service runs the image's own entrypoint and command, or the same as the other. */
  boolean runsTheSameCommandAs(SiblingSettings other) {
    return entrypoint.equals(other.entrypoint) && command.equals(other.command);
  }

  /** The words of the entrypoint, then of the command. */
  List<String> commandWords() {
    List<String> words = new ArrayList<>();
    entrypoint.ifPresent(words::addAll);
    command.ifPresent(words::addAll);
    return words;
  }

  private static Optional<String> image(
      Map<String, Object> values, Function<String, Optional<String>> variables) {
    Optional<String> image =
        Optional.ofNullable(values.get("image"))
            .filter(String.class::isInstance)
            .map(String.class::cast)
            .map(
                text -> dev.composefix.compose.Interpolation.resolve(text, variables).orElse(text));
    Object build = values.get("build");
    if (image.isEmpty() && build == null) {
      return Optional.empty();
    }
    // Two builds make the same image only from the same context, Dockerfile, target and args.
    return Optional.of(
        "image " + image.orElse("-") + ", build " + (build == null ? "-" : canonical(build)));
  }

  /** A command or entrypoint: a list's items, or a string split as a shell splits it. */
  private static Optional<List<String>> words(Object value) {
    if (value instanceof String text) {
      return Optional.of(ShellScript.words(text));
    }
    if (value instanceof List<?> items) {
      return Optional.of(items.stream().map(String::valueOf).toList());
    }
    return Optional.empty();
  }

  private static List<Volume> volumes(Object value) {
    List<Volume> volumes = new ArrayList<>();
    if (!(value instanceof List<?> items)) {
      return volumes;
    }
    for (Object item : items) {
      if (item instanceof String text) {
        String[] parts = text.split(":");
        volumes.add(new Volume(text, parts.length >= 2 ? parts[1] : parts[0]));
      } else if (item instanceof Map<?, ?> map && map.get("target") instanceof String target) {
        volumes.add(new Volume(canonical(map), target));
      }
    }
    return volumes;
  }

  /**
   * The target side of {@code ports} ({@code 8080:80/tcp} is {@code 80/tcp}) and {@code expose}.
   */
  private static Set<String> containerPorts(Map<String, Object> values) {
    Set<String> ports = new TreeSet<>();
    for (String key : List.of("ports", "expose")) {
      if (values.get(key) instanceof List<?> items) {
        for (Object item : items) {
          if (item instanceof Map<?, ?> map) {
            ports.add(String.valueOf(map.get("target")));
          } else {
            String text = String.valueOf(item);
            ports.add(text.substring(text.lastIndexOf(':') + 1));
          }
        }
      }
    }
    return ports;
  }

  private static Map<String, Optional<String>> environment(Object value) {
    Map<String, Optional<String>> environment = new LinkedHashMap<>();
    if (value instanceof Map<?, ?> map) {
      map.forEach(
          (name, v) ->
              environment.put(
                  String.valueOf(name),
                  Optional.ofNullable(v).map(String::valueOf).filter(s -> !s.isEmpty())));
    } else if (value instanceof List<?> items) {
      for (Object item : items) {
        String text = String.valueOf(item);
        int equals = text.indexOf('=');
        environment.put(
            equals < 0 ? text : text.substring(0, equals),
            equals < 0 ? Optional.empty() : Optional.of(text.substring(equals + 1)));
      }
    }
    return environment;
  }

  private static List<String> strings(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> items) {
      return items.stream().map(SiblingSettings::canonical).toList();
    }
    return List.of(canonical(value));
  }

  private static Optional<Check> check(Object value) {
    if (!(value instanceof Map<?, ?> healthcheck)) {
      return Optional.empty();
    }
    boolean disabled = "true".equalsIgnoreCase(String.valueOf(healthcheck.get("disable")));
    Object test = healthcheck.get("test");
    List<String> words =
        test instanceof String text
            ? List.of("CMD-SHELL", text)
            : test instanceof List<?> items
                ? items.stream().map(String::valueOf).toList()
                : List.of();
    boolean off = disabled || words.isEmpty() || words.get(0).equals("NONE");
    return Optional.of(new Check(words, off));
  }

  /** A value as text whatever its layout: mappings with their keys in order. */
  private static String canonical(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, String> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
      return sorted.toString();
    }
    if (value instanceof List<?> items) {
      return items.stream().map(SiblingSettings::canonical).toList().toString();
    }
    return String.valueOf(value);
  }

  /** YAML data or a merged value as strings, lists and string-keyed maps; empty scalars null. */
  private static Object plain(Object value) {
    if (value instanceof YamlData.Scalar scalar) {
      return scalar.value() == null || scalar.value().isEmpty() ? null : scalar.value();
    }
    if (value instanceof Merged.Scalar scalar) {
      return scalar.value().isEmpty() ? null : scalar.value();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> plain = new LinkedHashMap<>();
      map.forEach((k, v) -> plain.put(String.valueOf(plain(k)), plain(v)));
      return plain;
    }
    if (value instanceof Merged.Mapping mapping) {
      Map<String, Object> plain = new LinkedHashMap<>();
      mapping.entries().forEach((k, v) -> plain.put(k, plain(v)));
      return plain;
    }
    if (value instanceof List<?> items) {
      return items.stream().map(SiblingSettings::plain).toList();
    }
    if (value instanceof Merged.Sequence sequence) {
      return sequence.items().stream().map(SiblingSettings::plain).toList();
    }
    return value;
  }
}
