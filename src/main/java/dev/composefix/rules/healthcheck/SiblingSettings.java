package dev.composefix.rules.healthcheck;

import dev.composefix.compose.ExtendedService;
import dev.composefix.compose.Interpolation;
import dev.composefix.project.Merged;
import dev.composefix.shell.ShellScript;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YamlData;
import java.util.ArrayList;
import java.util.Collections;
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
    return of(service.service().name(), values(service, KEYS), variables);
  }

  /** A service as the merged project runs it. */
  static SiblingSettings of(
      String name, Merged.Mapping merged, Function<String, Optional<String>> variables) {
    return of(name, values(merged, KEYS), variables);
  }

  /**
   * The {@link #image()} of a file's service, read without its other settings: siblings are grouped
   * by image, and only a group that a service without a check falls in is read whole.
   */
  static Optional<String> imageOf(
      ExtendedService service, Function<String, Optional<String>> variables) {
    return image(values(service, IMAGE_KEYS), variables);
  }

  /** The {@link #image()} of a service as the merged project runs it. */
  static Optional<String> imageOf(
      Merged.Mapping merged, Function<String, Optional<String>> variables) {
    return image(values(merged, IMAGE_KEYS), variables);
  }

  private static final List<String> IMAGE_KEYS = List.of("image", "build");

  private static Map<String, Object> values(ExtendedService service, List<String> keys) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String key : keys) {
      Optional<YNode> node = service.get(key);
      if (node.isPresent()) {
        values.put(key, plain(YamlData.of(node.get())));
      }
    }
    return values;
  }

  private static Map<String, Object> values(Merged.Mapping merged, List<String> keys) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String key : keys) {
      Optional<Merged> value = merged.get(key);
      if (value.isPresent()) {
        values.put(key, plain(value.get()));
      }
    }
    return values;
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
    if (entrypoint.isPresent()) {
      words.addAll(entrypoint.get());
    }
    if (command.isPresent()) {
      words.addAll(command.get());
    }
    return words;
  }

  private static Optional<String> image(
      Map<String, Object> values, Function<String, Optional<String>> variables) {
    String image = null;
    if (values.get("image") instanceof String text) {
      image = Interpolation.resolve(text, variables).orElse(text);
    }
    Object build = values.get("build");
    if (image == null && build == null) {
      return Optional.empty();
    }
    // Two builds make the same image only from the same context, Dockerfile, target and args.
    return Optional.of(
        "image "
            + (image == null ? "-" : image)
            + ", build "
            + (build == null ? "-" : canonical(build)));
  }

  /** A command or entrypoint: a list's items, or a string split as a shell splits it. */
  private static Optional<List<String>> words(Object value) {
    if (value instanceof String text) {
      return Optional.of(ShellScript.words(text));
    }
    if (value instanceof List<?> items) {
      return Optional.of(texts(items));
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
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String text = entry.getValue() == null ? "" : String.valueOf(entry.getValue());
        environment.put(
            String.valueOf(entry.getKey()), text.isEmpty() ? Optional.empty() : Optional.of(text));
      }
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
      return canonicalItems(items);
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
            : test instanceof List<?> items ? texts(items) : List.of();
    boolean off = disabled || words.isEmpty() || words.get(0).equals("NONE");
    return Optional.of(new Check(words, off));
  }

  /** A value as text whatever its layout: mappings with their keys in order. */
  private static String canonical(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, String> sorted = new TreeMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        sorted.put(String.valueOf(entry.getKey()), canonical(entry.getValue()));
      }
      return sorted.toString();
    }
    if (value instanceof List<?> items) {
      return canonicalItems(items).toString();
    }
    return String.valueOf(value);
  }

  private static List<String> canonicalItems(List<?> items) {
    List<String> canonical = new ArrayList<>(items.size());
    for (Object item : items) {
      canonical.add(canonical(item));
    }
    return Collections.unmodifiableList(canonical);
  }

  /** Each item as text, a null as "null". */
  private static List<String> texts(List<?> items) {
    List<String> texts = new ArrayList<>(items.size());
    for (Object item : items) {
      texts.add(String.valueOf(item));
    }
    return Collections.unmodifiableList(texts);
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
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        plain.put(String.valueOf(plain(entry.getKey())), plain(entry.getValue()));
      }
      return plain;
    }
    if (value instanceof Merged.Mapping mapping) {
      Map<String, Object> plain = new LinkedHashMap<>();
      for (Map.Entry<String, Merged> entry : mapping.entries().entrySet()) {
        plain.put(entry.getKey(), plain(entry.getValue()));
      }
      return plain;
    }
    if (value instanceof List<?> items) {
      return plainItems(items);
    }
    if (value instanceof Merged.Sequence sequence) {
      return plainItems(sequence.items());
    }
    return value;
  }

  /** The items as {@link #plain}; an empty scalar's place holds null. */
  private static List<Object> plainItems(List<?> items) {
    List<Object> plain = new ArrayList<>(items.size());
    for (Object item : items) {
      plain.add(plain(item));
    }
    return Collections.unmodifiableList(plain);
  }
}
