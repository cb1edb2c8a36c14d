package dev.composefix.images.routes;

import dev.composefix.compose.Interpolation;
import dev.composefix.shell.CommandChains;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.InvalidYamlException;
import dev.composefix.yaml.YamlData;
import dev.composefix.yaml.YamlParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The build services of the build-context corpus, read from its MANIFEST.tsv and Compose files with
 * the project's YAML parser (anchors and merge keys applied), as build requests.
 */
final class CorpusBuilds {

  /** One build service of one Compose file. */
  record Build(String key, String service, BuildRequest request) {}

  private CorpusBuilds() {}

  static List<Build> read(Path corpus) {
    List<Build> builds = new ArrayList<>();
    List<String> rows = lines(corpus.resolve("MANIFEST.tsv"));
    List<String> header = List.of(rows.get(0).split("\t"));
    for (String row : rows.subList(1, rows.size())) {
      if (row.isBlank()) {
        continue;
      }
      String[] cells = row.split("\t", -1);
      String dir = cells[header.indexOf("dir")];
      Set<String> names = Set.of(cells[header.indexOf("build_service_names")].split(","));
      for (String composeFile : cells[header.indexOf("compose_files")].split(",")) {
        Path file = corpus.resolve(dir).resolve(composeFile);
        builds.addAll(builds(dir + "/" + composeFile, file, names));
      }
    }
    return builds;
  }

  private static List<Build> builds(String key, Path file, Set<String> names) {
    Map<?, ?> root = asMap(data(file));
    Map<?, ?> services = asMap(get(root, "services"));
    Set<String> projectImages = new LinkedHashSet<>();
    for (Object value : services.values()) {
      Map<?, ?> service = asMap(value);
      if (get(service, "build") != null && get(service, "image") != null) {
        projectImages.add(interpolate(text(get(service, "image"))));
      }
    }
    List<Build> builds = new ArrayList<>();
    for (Map.Entry<?, ?> entry : services.entrySet()) {
      String name = text(entry.getKey());
      Map<?, ?> service = asMap(entry.getValue());
      Object build = get(service, "build");
      if (build == null || !names.contains(name)) {
        continue;
      }
      BuildRequest.Parts request = BuildRequest.of(file.getParent()).parts();
      if (build instanceof YamlData.Scalar scalar) {
        request.context = interpolate(scalar.value());
      } else {
        Map<?, ?> settings = asMap(build);
        Object context = get(settings, "context");
        request.context = context == null ? "." : interpolate(text(context));
        Object dockerfile = get(settings, "dockerfile");
        if (dockerfile != null) {
          request.dockerfile = Optional.of(interpolate(text(dockerfile)));
        }
        Object target = get(settings, "target");
        if (target != null) {
          request.target = Optional.of(interpolate(text(target)));
        }
        request.buildArgs = variables(get(settings, "args"));
      }
      Set<String> others = new LinkedHashSet<>(projectImages);
      Object image = get(service, "image");
      if (image != null) {
        others.remove(interpolate(text(image)));
      }
      request.projectImages = others;
      request.environment = variables(get(service, "environment"));
      request.command = argv(get(service, "command"));
      request.entrypoint = argv(get(service, "entrypoint"));
      builds.add(new Build(key + "#" + name, name, request.build()));
    }
    return builds;
  }

  private static Optional<List<String>> argv(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof List<?> list) {
      return Optional.of(list.stream().map(v -> interpolate(text(v))).toList());
    }
    return CommandChains.commandWords(interpolate(text(value)));
  }

  /** {@code args:} or {@code environment:}, as a mapping or a list of {@code NAME=value}. */
  private static Map<String, String> variables(Object value) {
    Map<String, String> variables = new LinkedHashMap<>();
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> variables.put(text(k), v == null ? "" : interpolate(text(v))));
    } else if (value instanceof List<?> list) {
      for (Object item : list) {
        String entry = text(item);
        int equals = entry.indexOf('=');
        if (equals > 0) {
          variables.put(entry.substring(0, equals), interpolate(entry.substring(equals + 1)));
        }
      }
    }
    return variables;
  }

  /** As Compose reads the text with no variable set: defaults, or the empty string. */
  private static String interpolate(String text) {
    return Interpolation.withDefaults(text)
        .orElseGet(() -> text.replaceAll("\\$\\{[^}]*}|\\$\\w+", ""));
  }

  private static Object data(Path file) {
    try {
      return YamlData.of(new YamlParser().parse(SourceText.of(Files.readString(file))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidYamlException e) {
      throw new AssertionError(file + ": " + e.getMessage(), e);
    }
  }

  private static Object get(Map<?, ?> map, String key) {
    return map.get(YamlData.Scalar.plain(key)) != null
        ? map.get(YamlData.Scalar.plain(key))
        : map.get(YamlData.Scalar.string(key));
  }

  private static Map<?, ?> asMap(Object value) {
    return value instanceof Map<?, ?> map ? map : Map.of();
  }

  private static String text(Object value) {
    return value instanceof YamlData.Scalar scalar ? scalar.value() : String.valueOf(value);
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
