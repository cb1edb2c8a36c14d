package dev.composefix.images.routes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python routes: FastAPI and APIRouter (with same-file prefixes and simple {@code include_router}
 * prefixes), Flask and blueprints ({@code url_prefix}), Quart, Sanic, Starlette {@code Route},
 * FastMCP {@code custom_route}, aiohttp, and Django {@code urls.py}; ports from {@code
 * app.run(port=...)}, {@code uvicorn.run(..., port=...)} and {@code web.run_app(..., port=...)}.
 */
final class PythonRoutes {

  private PythonRoutes() {}

  /**
   * Prefixes that {@code include_router}/{@code register_blueprint} calls add: by the router's
   * variable name, or by {@code module.variable}.
   */
  static Map<String, String> includePrefixes(List<ScannedFile> files) {
    Map<String, String> prefixes = new HashMap<>();
    for (ScannedFile file : files) {
      Matcher m = Syntax.INCLUDE.matcher(file.code());
      while (m.find()) {
        String arguments = file.arguments(m.end(1) + 1);
        Matcher prefix = Syntax.PREFIX.pattern.matcher(arguments);
        String value = prefix.find() ? prefix.group(1) : "";
        // Two different prefixes for one name would be a guess: the name then gets none.
        prefixes.merge(m.group(2), value, (a, b) -> a.equals(b) ? a : "");
      }
    }
    return prefixes;
  }

  static void scan(ScannedFile file, Map<String, String> includes) {
    String code = file.code();
    String framework = framework(code);
    Map<String, String> routerPrefixes = new HashMap<>();
    Matcher router = Syntax.ROUTER.matcher(code);
    while (router.find()) {
      Matcher prefix = Syntax.PREFIX.pattern.matcher(file.arguments(router.end()));
      String own = prefix.find() ? prefix.group(1) : "";
      String stem = file.file().fileName().replaceAll("\\.py$", "");
      String included =
          includes.getOrDefault(
              stem + "." + router.group(1), includes.getOrDefault(router.group(1), ""));
      routerPrefixes.put(router.group(1), join(included, own));
    }
    Matcher m = Syntax.DECORATOR.matcher(code);
    while (m.find()) {
      String receiver = m.group(1);
      String verb = m.group(2);
      Optional<String> method = Optional.of(verb);
      if (verb.equals("route") || verb.endsWith("_route")) {
        Matcher methods = Syntax.METHODS.pattern.matcher(file.arguments(m.end(2) + 1));
        method =
            methods.find()
                ? Optional.of(methods.group(1))
                : verb.equals("route") ? Optional.of("GET") : Optional.empty();
      }
      String fw = verb.equals("custom_route") ? "fastmcp" : framework;
      String path = join(routerPrefixes.getOrDefault(receiver, ""), m.group(4));
      file.route(path, m.start(4), fw, method);
    }
    Matcher starlette = Syntax.STARLETTE.matcher(code);
    while (starlette.find()) {
      Matcher methods = Syntax.METHODS.pattern.matcher(file.arguments(starlette.start() + 6));
      file.route(
          starlette.group(2), starlette.start(2), "starlette", ScannedFile.nextGroup(methods));
    }
    Matcher add = Syntax.AIOHTTP_ADD.matcher(code);
    while (add.find()) {
      file.route(add.group(3), add.start(3), "aiohttp", Optional.of(add.group(1)));
    }
    Matcher addRoute = Syntax.AIOHTTP_ROUTE.matcher(code);
    while (addRoute.find()) {
      file.route(addRoute.group(3), addRoute.start(3), "aiohttp", Optional.of(addRoute.group(1)));
    }
    Matcher web = Syntax.AIOHTTP_WEB.matcher(code);
    while (web.find()) {
      file.route(web.group(3), web.start(3), "aiohttp", Optional.of(web.group(1)));
    }
    if (file.file().fileName().equals("urls.py") || code.contains("urlpatterns")) {
      Matcher django = Syntax.DJANGO.matcher(code);
      while (django.find()) {
        String raw = django.group(3);
        String path = django.group(1).equals("path") ? raw : raw.replaceAll("^\\^|\\$$", "");
        file.route("/" + path, django.start(3), "django", Optional.empty());
      }
    }
    Matcher run = Syntax.RUN_PORT.matcher(code);
    while (run.find()) {
      String arguments = file.arguments(run.end());
      int at = ScannedFile.keywordArgument(arguments, "port");
      if (at >= 0) {
        file.port(
            ScannedFile.argumentAt(arguments, at),
            run.end() + at,
            run.group(1) + "." + run.group(2) + "(port=...): ");
      }
    }
  }

  private static final RouteSyntax.Template IMPORT = RouteSyntax.template("python", "import");

  /** The web frameworks a file may import, in the order they are looked for. */
  private static final List<String> FRAMEWORKS =
      List.of("fastapi", "flask", "quart", "sanic", "aiohttp", "starlette");

  /** The import of each framework, made once rather than for every file. */
  private static final List<Pattern> IMPORTS = imports();

  private static List<Pattern> imports() {
    List<Pattern> imports = new ArrayList<>();
    for (String framework : FRAMEWORKS) {
      imports.add(IMPORT.with(framework));
    }
    return List.copyOf(imports);
  }

  private static String framework(String code) {
    for (int i = 0; i < FRAMEWORKS.size(); i++) {
      // An import names the framework: a file that never does is not searched, which would try
      // the pattern's leading word boundary at every character of the file.
      if (code.contains(FRAMEWORKS.get(i)) && IMPORTS.get(i).matcher(code).find()) {
        return FRAMEWORKS.get(i);
      }
    }
    return "python";
  }

  static String join(String prefix, String path) {
    if (prefix.isEmpty()) {
      return path;
    }
    if (path.isEmpty()) {
      return prefix;
    }
    return prefix.replaceAll("/+$", "") + (path.startsWith("/") ? path : "/" + path);
  }

  /**
   * What this reader matches: the patterns named python.* in route-syntax.txt, each with its clues,
   * texts one of which every match holds (none for the patterns that search a call's arguments).
   */
  private enum Syntax {
    DECORATOR("@"),
    ROUTER("APIRouter(", "Blueprint("),
    INCLUDE(".include_router(", ".register_blueprint("),
    PREFIX,
    METHODS,
    STARLETTE("Route("),
    AIOHTTP_ADD(".add_"),
    AIOHTTP_ROUTE(".add_route("),
    AIOHTTP_WEB("web."),
    DJANGO("path(", "url("),
    RUN_PORT(".run");

    final Pattern pattern = RouteSyntax.pattern("python", this);
    final Clues clues;

    Syntax(String... clues) {
      this.clues = Clues.of(clues);
    }

    Matcher matcher(String code) {
      return clues.matcher(pattern, code);
    }
  }
}
