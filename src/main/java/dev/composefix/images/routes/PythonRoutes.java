package dev.composefix.images.routes;

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
      Matcher m = Syntax.INCLUDE.pattern.matcher(file.code());
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
    Matcher router = Syntax.ROUTER.pattern.matcher(code);
    while (router.find()) {
      Matcher prefix = Syntax.PREFIX.pattern.matcher(file.arguments(router.end()));
      String own = prefix.find() ? prefix.group(1) : "";
      String stem = file.file().fileName().replaceAll("\\.py$", "");
      String included =
          includes.getOrDefault(
              stem + "." + router.group(1), includes.getOrDefault(router.group(1), ""));
      routerPrefixes.put(router.group(1), join(included, own));
    }
    Matcher m = Syntax.DECORATOR.pattern.matcher(code);
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
    Matcher starlette = Syntax.STARLETTE.pattern.matcher(code);
    while (starlette.find()) {
      Matcher methods = Syntax.METHODS.pattern.matcher(file.arguments(starlette.start() + 6));
      file.route(
          starlette.group(2), starlette.start(2), "starlette", ScannedFile.nextGroup(methods));
    }
    Matcher add = Syntax.AIOHTTP_ADD.pattern.matcher(code);
    while (add.find()) {
      file.route(add.group(3), add.start(3), "aiohttp", Optional.of(add.group(1)));
    }
    Matcher addRoute = Syntax.AIOHTTP_ROUTE.pattern.matcher(code);
    while (addRoute.find()) {
      file.route(addRoute.group(3), addRoute.start(3), "aiohttp", Optional.of(addRoute.group(1)));
    }
    Matcher web = Syntax.AIOHTTP_WEB.pattern.matcher(code);
    while (web.find()) {
      file.route(web.group(3), web.start(3), "aiohttp", Optional.of(web.group(1)));
    }
    if (file.file().fileName().equals("urls.py") || code.contains("urlpatterns")) {
      Matcher django = Syntax.DJANGO.pattern.matcher(code);
      while (django.find()) {
        String raw = django.group(3);
        String path = django.group(1).equals("path") ? raw : raw.replaceAll("^\\^|\\$$", "");
        file.route("/" + path, django.start(3), "django", Optional.empty());
      }
    }
    Matcher run = Syntax.RUN_PORT.pattern.matcher(code);
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

  private static final List<String[]> FRAMEWORKS =
      List.of(
          new String[] {"fastapi", "fastapi"},
          new String[] {"flask", "flask"},
          new String[] {"quart", "quart"},
          new String[] {"sanic", "sanic"},
          new String[] {"aiohttp", "aiohttp"},
          new String[] {"starlette", "starlette"});

  private static String framework(String code) {
    for (String[] framework : FRAMEWORKS) {
      if (IMPORT.with(framework[0]).matcher(code).find()) {
        return framework[1];
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

  /** What this reader matches: the patterns named python.* in route-syntax.txt. */
  private enum Syntax {
    DECORATOR,
    ROUTER,
    INCLUDE,
    PREFIX,
    METHODS,
    STARLETTE,
    AIOHTTP_ADD,
    AIOHTTP_ROUTE,
    AIOHTTP_WEB,
    DJANGO,
    RUN_PORT;

    final Pattern pattern = RouteSyntax.pattern("python", this);
  }
}
