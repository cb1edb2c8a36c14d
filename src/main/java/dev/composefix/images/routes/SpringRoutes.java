package dev.composefix.images.routes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spring routes: {@code @GetMapping}-style annotations with a class-level {@code @RequestMapping}
 * prefix, JAX-RS {@code @Path}, the Actuator's health endpoint when a build file depends on {@code
 * spring-boot-starter-actuator}, and {@code server.port}, {@code server.servlet.context-path},
 * {@code management.server.port} and {@code management.endpoints.web.base-path} from {@code
 * application.properties} or {@code application.yml}.
 */
final class SpringRoutes {

  private SpringRoutes() {}

  /** The Spring Boot settings of an app, read from its application properties or YAML. */
  record Settings(
      Map<String, String> values, Map<String, SourceFile> files, Map<String, Integer> lines) {
    Optional<String> get(String key) {
      return Optional.ofNullable(values.get(key));
    }
  }

  static boolean isSettingsFile(SourceFile file) {
    return file.fileName().matches("application\\.(properties|ya?ml)")
        && !file.path().contains("/test/");
  }

  /** Flattens {@code application.properties} and {@code application.yml} into dotted keys. */
  static Settings settings(List<SourceFile> files) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, SourceFile> from = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    for (SourceFile file : files) {
      if (!isSettingsFile(file)) {
        continue;
      }
      CodeText text = CodeText.of(file.text(), CodeText.Syntax.HASH);
      if (file.fileName().endsWith(".properties")) {
        Matcher m = Syntax.PROPERTY.pattern.matcher(text.code);
        while (m.find()) {
          put(values, from, lines, m.group(1), m.group(2), file, text.lineOf(m.start()));
        }
      } else {
        yaml(text, file, values, from, lines);
      }
    }
    return new Settings(values, from, lines);
  }

  /** Block-style YAML keys by indentation: enough for Spring's nested settings. */
  private static void yaml(
      CodeText text,
      SourceFile file,
      Map<String, String> values,
      Map<String, SourceFile> from,
      Map<String, Integer> lines) {
    List<int[]> indents = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    String[] rows = text.code.split("\n", -1);
    for (int row = 0; row < rows.length; row++) {
      String line = rows[row];
      if (line.isBlank() || line.strip().startsWith("-") || line.strip().equals("---")) {
        continue;
      }
      Matcher m = Syntax.YAML_KEY.pattern.matcher(line);
      if (!m.matches()) {
        continue;
      }
      int indent = m.group(1).length();
      while (!indents.isEmpty() && indents.get(indents.size() - 1)[0] >= indent) {
        indents.remove(indents.size() - 1);
        keys.remove(keys.size() - 1);
      }
      String key = keys.isEmpty() ? m.group(2) : String.join(".", keys) + "." + m.group(2);
      if (m.group(3) == null || m.group(3).isEmpty()) {
        indents.add(new int[] {indent});
        keys.add(m.group(2));
      } else {
        put(values, from, lines, key, m.group(3).replaceAll("^['\"]|['\"]$", ""), file, row + 1);
      }
    }
  }

  private static void put(
      Map<String, String> values,
      Map<String, SourceFile> from,
      Map<String, Integer> lines,
      String key,
      String value,
      SourceFile file,
      int line) {
    values.putIfAbsent(key, value);
    from.putIfAbsent(key, file);
    lines.putIfAbsent(key, line);
  }

  /** A method-level mapping, before the class prefix is known to apply. */
  private record Mapping(String path, int offset, Optional<String> method) {}

  static void scan(ScannedFile file, Settings settings) {
    String code = file.code();
    Matcher type = Syntax.CLASS.matcher(code);
    int classAt = type.find() ? type.start() : -1;
    String prefix = "";
    List<Mapping> mappings = new ArrayList<>();
    Matcher m = Syntax.MAPPING.matcher(code);
    while (m.find()) {
      String path = m.group(2) == null ? "" : m.group(2);
      if (m.group(1).equals("Request") && m.start() < classAt) {
        prefix = path;
        continue;
      }
      Optional<String> method;
      if (m.group(1).equals("Request")) {
        int open = code.indexOf('(', m.start());
        String arguments = open < 0 || open > m.end() ? "" : file.arguments(open + 1);
        Matcher verb = Syntax.REQUEST_METHOD.pattern.matcher(arguments);
        method = ScannedFile.nextGroup(verb);
      } else {
        method = Optional.of(m.group(1));
      }
      mappings.add(new Mapping(path, m.group(2) == null ? m.start() : m.start(2), method));
    }
    String context = settings.get("server.servlet.context-path").orElse("");
    for (Mapping mapping : mappings) {
      String path = PythonRoutes.join(prefix, mapping.path());
      path =
          PythonRoutes.join(
              context, path.isEmpty() ? "/" : path.startsWith("/") ? path : "/" + path);
      file.route(path, mapping.offset(), "spring", mapping.method());
    }
    Matcher jaxRs = Syntax.JAX_RS.matcher(code);
    String jaxPrefix = "";
    while (jaxRs.find()) {
      if (jaxRs.start() < classAt) {
        jaxPrefix = jaxRs.group(1);
        continue;
      }
      String path = PythonRoutes.join(jaxPrefix, jaxRs.group(1));
      file.route(
          path.startsWith("/") ? path : "/" + path, jaxRs.start(1), "jax-rs", Optional.empty());
    }
  }

  /** The Actuator's health endpoint, declared by the build file that adds the starter. */
  static void actuator(ScannedFile buildFile, Settings settings) {
    Matcher m = Syntax.ACTUATOR.pattern.matcher(buildFile.code());
    if (!m.find()) {
      return;
    }
    boolean ownPort = settings.get("management.server.port").isPresent();
    String base = settings.get("management.endpoints.web.base-path").orElse("/actuator");
    String context = ownPort ? "" : settings.get("server.servlet.context-path").orElse("");
    String path = PythonRoutes.join(PythonRoutes.join(context, base), "/health");
    buildFile.route(
        path.startsWith("/") ? path : "/" + path,
        m.start(),
        "spring-boot-actuator",
        Optional.of("GET"));
  }

  /** The port Spring routes are served on, when the settings set one. */
  static Optional<SourcePort> port(Settings settings, String key, Map<String, String> env) {
    Optional<String> value = settings.get(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    SourceFile file = settings.files().get(key);
    return PortExpressions.resolve(value.get(), "", env)
        .map(
            r ->
                new SourcePort(
                    r.port(), file.path(), settings.lines().get(key), key + "=" + r.how()));
  }

  /**
   * What this reader matches: the patterns named spring.* in route-syntax.txt, with the clues (see
   * {@link Clues}) of those that search a whole file and start where the regex engine must try
   * every character.
   */
  private enum Syntax {
    MAPPING("Mapping"),
    REQUEST_METHOD,
    CLASS("class", "interface"),
    JAX_RS("@Path("),
    ACTUATOR,
    PROPERTY,
    YAML_KEY;

    final Pattern pattern = RouteSyntax.pattern("spring", this);
    final Clues clues;

    Syntax(String... clues) {
      this.clues = Clues.of(clues);
    }

    Matcher matcher(String code) {
      return clues.matcher(pattern, code);
    }
  }
}
