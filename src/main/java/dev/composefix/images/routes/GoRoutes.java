package dev.composefix.images.routes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go routes: net/http {@code HandleFunc} and {@code Handle} (Go 1.22 {@code "GET /path"} patterns
 * included), gorilla/mux with {@code .Methods(...)}, chi, gin, echo and fiber method calls; ports
 * from {@code ListenAndServe}, {@code Run}, {@code Start}, {@code Listen} and {@code Addr:}.
 */
final class GoRoutes {

  private static final Frameworks FRAMEWORKS =
      Frameworks.of(
          "net/http",
          """
          chi github.com/go-chi/chi
          gin github.com/gin-gonic/gin
          echo github.com/labstack/echo
          gorilla github.com/gorilla/mux
          fiber github.com/gofiber/fiber
          """);

  private GoRoutes() {}

  static void scan(ScannedFile file) {
    String code = file.code();
    String framework = FRAMEWORKS.of(code);
    Matcher m = Syntax.HANDLE.pattern.matcher(code);
    while (m.find()) {
      String pattern = m.group(2);
      Optional<String> method = Optional.empty();
      String path = pattern;
      int space = pattern.indexOf(' ');
      if (space > 0) {
        method = Optional.of(pattern.substring(0, space));
        path = pattern.substring(space).strip();
      } else if (!m.group(1).startsWith("Handle")) {
        method = Optional.of(m.group(1)).filter(v -> !v.equals("Any"));
      } else {
        Matcher methods =
            Syntax.METHODS.pattern.matcher(
                code.substring(m.end(), Math.min(code.length(), m.end() + 400)));
        if (methods.find()) {
          method = Optional.of(methods.group(1));
        }
      }
      file.route(path, m.start(2) + (pattern.length() - path.length()), framework, method);
    }
    Matcher listen = Syntax.LISTEN.matcher(code);
    while (listen.find()) {
      String argument = listen.group(1).replace("\"", "");
      file.port(
          argument.startsWith(":") || argument.contains(":") ? argument : listen.group(1),
          listen.start(1),
          "listen address ");
    }
    Matcher addr = Syntax.ADDR.matcher(code);
    while (addr.find()) {
      file.port(addr.group(1).replace("\"", ""), addr.start(1), "Addr: ");
    }
  }

  /**
   * What this reader matches: the patterns named go.* in route-syntax.txt, with the clues (see
   * {@link Clues}) of those that search a whole file and start where the regex engine must try
   * every character.
   */
  private enum Syntax {
    HANDLE,
    METHODS,
    LISTEN("ListenAndServe", ".Run", ".Start", ".Listen"),
    ADDR("Addr");

    final Pattern pattern = RouteSyntax.pattern("go", this);
    final Clues clues;

    Syntax(String... clues) {
      this.clues = Clues.of(clues);
    }

    Matcher matcher(String code) {
      return clues.matcher(pattern, code);
    }
  }
}
