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

  private static final Pattern ROUTE =
      Pattern.compile(
          "\\.(route|route_with_tsr)\\(\\s*\"([^\"\\n]*)\"\\s*,\\s*(?:web::)?([a-z_]+)?");

  private static final Pattern ATTRIBUTE =
      Pattern.compile("#\\[(get|post|put|delete|patch|head)\\(\\s*\"([^\"\\n]*)\"");

  private static final Pattern RESOURCE =
      Pattern.compile("web::resource\\(\\s*\"([^\"\\n]*)\"\\s*\\)");

  private static final Pattern RESOURCE_METHOD =
      Pattern.compile("^\\s*\\.route\\(\\s*web::(get|post|put|delete|patch|head)\\(");

  private static final Pattern TEST_MODULE =
      Pattern.compile("#\\[cfg\\(test\\)\\]\\s*(?:pub(?:\\([^)]*\\))?\\s+)?mod\\s+\\w+\\s*\\{");

  private static final Pattern BIND =
      Pattern.compile(
          "\\bbind\\(\\s*(\"[^\"\\n]*:\\d{1,5}\"|\\(\\s*\"[^\"\\n]*\"\\s*,\\s*\\d{1,5}\\s*\\))");

  private static final Pattern SOCKET_ADDR =
      Pattern.compile("SocketAddr::from\\(\\(\\s*\\[[^\\]]*\\]\\s*,\\s*(\\d{1,5})\\s*\\)\\)");

  private RustRoutes() {}

  static void scan(ScannedFile file) {
    String code = withoutTests(file.code());
    String framework = FRAMEWORKS.of(code);
    Matcher route = ROUTE.matcher(code);
    while (route.find()) {
      Optional<String> method = Optional.ofNullable(route.group(3)).flatMap(RustRoutes::verb);
      file.route(route.group(2), route.start(2), framework, method);
    }
    Matcher attribute = ATTRIBUTE.matcher(code);
    while (attribute.find()) {
      file.route(
          attribute.group(2),
          attribute.start(2),
          framework.equals("rust") ? "actix-web" : framework,
          Optional.of(attribute.group(1)));
    }
    Matcher resource = RESOURCE.matcher(code);
    while (resource.find()) {
      Matcher method =
          RESOURCE_METHOD.matcher(
              code.substring(resource.end(), Math.min(code.length(), resource.end() + 300)));
      file.route(resource.group(1), resource.start(1), "actix-web", ScannedFile.nextGroup(method));
    }
    Matcher bind = BIND.matcher(code);
    while (bind.find()) {
      String address = bind.group(1).replaceAll("[()\"\\s]", "").replace(',', ':');
      file.port(address, bind.start(1), "bind ");
    }
    Matcher socket = SOCKET_ADDR.matcher(code);
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
    Matcher m = TEST_MODULE.matcher(code);
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
}
