package dev.composefix.images.routes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rust routes: axum's {@code .route("/x", get(...))} (and {@code route_with_tsr}), actix-web's and
 * Rocket's {@code #[get("/x")]}, and actix's {@code web::resource("/x")}; {@code #[cfg(test)]}
 * modules are skipped. Ports from {@code bind("0.0.0.0:8080")}, {@code bind(("0.0.0.0", 8080))} and
 * {@code SocketAddr::from(([0, 0, 0, 0], 3000))}.
 */
final class RustRoutes {

  private static final Frameworks FRAMEWORKS =
      Frameworks.of(
          "rust",
          """
          axum axum
          actix-web actix_web
          rocket rocket
          """);

  private RustRoutes() {}

  static void scan(ScannedFile file) {
    String code = withoutTests(file.code());
    String framework = FRAMEWORKS.of(code);
    Matcher route = Syntax.ROUTE.matcher(code);
    while (route.find()) {
      Optional<String> method = Optional.ofNullable(route.group(3)).flatMap(RustRoutes::verb);
      file.route(route.group(2), route.start(2), framework, method);
    }
    Matcher attribute = Syntax.ATTRIBUTE.matcher(code);
    while (attribute.find()) {
      file.route(
          attribute.group(2),
          attribute.start(2),
          framework.equals("rust") ? "actix-web" : framework,
          Optional.of(attribute.group(1)));
    }
    Matcher resource = Syntax.RESOURCE.matcher(code);
    while (resource.find()) {
      Matcher method =
          Syntax.RESOURCE_METHOD.pattern.matcher(
              code.substring(resource.end(), Math.min(code.length(), resource.end() + 300)));
      file.route(resource.group(1), resource.start(1), "actix-web", ScannedFile.nextGroup(method));
    }
    Matcher bind = Syntax.BIND.matcher(code);
    while (bind.find()) {
      String address = bind.group(1).replaceAll("[()\"\\s]", "").replace(',', ':');
      file.port(address, bind.start(1), "bind ");
    }
    Matcher socket = Syntax.SOCKET_ADDR.matcher(code);
    while (socket.find()) {
      file.port(socket, 1, "SocketAddr::from ");
    }
  }

  /** {@code get}, {@code get_static}, {@code post} as an HTTP method. */
  private static Optional<String> verb(String handler) {
    for (String verb : new String[] {"get", "post", "put", "delete", "patch", "head"}) {
      if (handler.equals(verb) || handler.startsWith(verb + "_")) {
        return Optional.of(verb);
      }
    }
    return Optional.empty();
  }

  /** The code with {@code #[cfg(test)] mod x { ... }} blanked, braces counted. */
  static String withoutTests(String code) {
    Matcher m = Syntax.TEST_MODULE.matcher(code);
    if (!m.find()) {
      return code;
    }
    char[] out = code.toCharArray();
    do {
      int depth = 1;
      int k = m.end();
      while (k < code.length() && depth > 0) {
        char c = code.charAt(k);
        if (c == '{') {
          depth++;
        } else if (c == '}') {
          depth--;
        }
        k++;
      }
      for (int j = m.start(); j < k; j++) {
        if (out[j] != '\n') {
          out[j] = ' ';
        }
      }
    } while (m.find());
    return new String(out);
  }

  /**
   * What this reader matches: the patterns named rust.* in route-syntax.txt, each with its clues
   * (see {@link Clues}; none for the pattern that searches after a resource).
   */
  private enum Syntax {
    ROUTE(".route"),
    ATTRIBUTE("#[get(", "#[post(", "#[put(", "#[delete(", "#[patch(", "#[head("),
    RESOURCE("web::resource("),
    RESOURCE_METHOD,
    TEST_MODULE("#[cfg(test)]"),
    BIND("bind("),
    SOCKET_ADDR("SocketAddr::from((");

    final Pattern pattern = RouteSyntax.pattern("rust", this);
    final Clues clues;

    Syntax(String... clues) {
      this.clues = Clues.of(clues);
    }

    Matcher matcher(String code) {
      return clues.matcher(pattern, code);
    }
  }
}
