package dev.composefix.images.routes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JavaScript and TypeScript routes: Express, Koa and Fastify method calls on an app or router (with
 * a same-file {@code app.use('/prefix', router)}), Fastify's {@code route({url})}, NestJS
 * controllers, and Next.js API routes by their file path; ports from {@code listen(...)}.
 */
final class ScriptRoutes {

  private static final Frameworks FRAMEWORKS =
      Frameworks.of(
          "node",
          """
          fastify 'fastify' "fastify"
          koa 'koa "koa @koa/router
          express 'express' "express"
          hono 'hono' "hono"
          """);

  private ScriptRoutes() {}

  static void scan(ScannedFile file) {
    String code = file.code();
    String framework = FRAMEWORKS.of(code);
    Map<String, String> prefixes = new HashMap<>();
    Matcher use = Syntax.USE.matcher(code);
    while (use.find()) {
      prefixes.merge(use.group(2), use.group(1), (a, b) -> a.equals(b) ? a : "");
    }
    Matcher m = Syntax.CALL.matcher(code);
    while (m.find()) {
      if (Syntax.SERVER_RECEIVER.pattern.matcher(m.group(1)).matches()) {
        String path = PythonRoutes.join(prefixes.getOrDefault(m.group(1), ""), m.group(4));
        file.route(
            path, m.start(4), framework, Optional.of(m.group(2)).filter(v -> !v.equals("all")));
      }
    }
    Matcher route = Syntax.FASTIFY_ROUTE.matcher(code);
    while (route.find()) {
      String options = file.arguments(route.end());
      Matcher url = Syntax.URL.pattern.matcher(options);
      if (url.find()) {
        Matcher method = Syntax.METHOD.pattern.matcher(options);
        file.route(
            url.group(2), route.end() + url.start(2), framework, ScannedFile.nextGroup(method));
      }
    }
    Matcher controller = Syntax.NEST_CONTROLLER.matcher(code);
    if (controller.find()) {
      String prefix =
          "/" + (controller.group(1) == null ? "" : controller.group(1).replaceAll("^/+", ""));
      Matcher nest = Syntax.NEST_ROUTE.matcher(code);
      while (nest.find()) {
        String sub = nest.group(2) == null ? "" : nest.group(2).replaceAll("^/+", "");
        String path = sub.isEmpty() ? prefix : PythonRoutes.join(prefix, sub);
        int offset = nest.group(2) == null ? nest.start() : nest.start(2);
        file.route(
            path, offset, "nestjs", Optional.of(nest.group(1)).filter(v -> !v.equals("All")));
      }
    }
    nextRoute(file);
    Matcher listen = Syntax.LISTEN.matcher(code);
    while (listen.find()) {
      String arguments = file.arguments(listen.end());
      if (arguments.startsWith("{")) {
        int at = ScannedFile.keywordArgument(arguments, "port");
        if (at >= 0) {
          file.port(ScannedFile.argumentAt(arguments, at), listen.end() + at, "listen({port}): ");
        }
      } else if (!arguments.isBlank()) {
        file.port(ScannedFile.argumentAt(arguments, 0), listen.end(), "listen(...): ");
      }
    }
  }

  /**
   * Next.js serves {@code pages/api/x.js} and {@code app/x/route.ts} at {@code /api/x} and {@code
   * /x}.
   */
  private static void nextRoute(ScannedFile file) {
    String path = file.file().path();
    Matcher pages = Syntax.NEXT_PAGES.pattern.matcher(path);
    if (pages.matches()) {
      file.route("/" + pages.group(1), 0, "next", Optional.empty());
      return;
    }
    Matcher app = Syntax.NEXT_APP.pattern.matcher(path);
    if (app.matches()) {
      Matcher handler = Syntax.NEXT_HANDLER.matcher(file.code());
      if (!handler.find()) {
        return;
      }
      String folders = app.group(1) == null ? "" : app.group(1);
      // Route groups such as (marketing) add nothing to the URL.
      String route = ("/" + folders.replaceAll("\\([^/]*\\)/?", "")).replaceAll("/+$", "");
      file.route(
          route.isEmpty() ? "/" : route, handler.start(1), "next", Optional.of(handler.group(1)));
    }
  }

  /**
   * What this reader matches: the patterns named script.* in route-syntax.txt, with the clues (see
   * {@link Clues}) of those that search a whole file and start where the regex engine must try
   * every character.
   */
  private enum Syntax {
    SERVER_RECEIVER,
    CALL("get(", "post(", "put(", "delete(", "patch(", "head(", "options(", "all("),
    USE(".use("),
    FASTIFY_ROUTE(".route("),
    URL,
    METHOD,
    NEST_CONTROLLER("@Controller("),
    NEST_ROUTE("@Get(", "@Post(", "@Put(", "@Delete(", "@Patch(", "@Head(", "@All("),
    LISTEN(".listen("),
    NEXT_PAGES,
    NEXT_APP,
    NEXT_HANDLER("export");

    final Pattern pattern = RouteSyntax.pattern("script", this);
    final Clues clues;

    Syntax(String... clues) {
      this.clues = Clues.of(clues);
    }

    Matcher matcher(String code) {
      return clues.matcher(pattern, code);
    }
  }
}
