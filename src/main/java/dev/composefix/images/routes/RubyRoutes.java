package dev.composefix.images.routes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ruby routes: Rails {@code config/routes.rb} ({@code get "up" => "rails/health#show"}, {@code get
 * "/up/", to: ...}, {@code root}), which Rails serves with or without a trailing slash, and
 * Sinatra's {@code get '/health' do}; a Sinatra port from {@code set :port, N}.
 */
final class RubyRoutes {

  private RubyRoutes() {}

  static void scan(ScannedFile file) {
    String code = file.code();
    if (file.file().path().endsWith("config/routes.rb")) {
      Matcher m = Syntax.RAILS.pattern.matcher(code);
      while (m.find()) {
        String path = "/" + m.group(3).replaceAll("^/+|/+$", "");
        file.route(
            path, m.start(3), "rails", Optional.of(m.group(1)).filter(v -> !v.equals("match")));
      }
      Matcher root = Syntax.ROOT.pattern.matcher(code);
      while (root.find()) {
        file.route("/", root.start(1), "rails", Optional.of("GET"));
      }
      return;
    }
    if (code.contains("sinatra") || code.contains("Sinatra::")) {
      Matcher m = Syntax.SINATRA.pattern.matcher(code);
      while (m.find()) {
        file.route(m.group(3), m.start(3), "sinatra", Optional.of(m.group(1)));
      }
      Matcher port = Syntax.SINATRA_PORT.matcher(code);
      if (port.find()) {
        file.port(port, 1, "set :port, ");
      }
    }
  }

  /**
   * What this reader matches: the patterns named ruby.* in route-syntax.txt, with the clues (see
   * {@link Clues}) of those that search a whole file and start where the regex engine must try
   * every character.
   */
  private enum Syntax {
    RAILS,
    ROOT,
    SINATRA,
    SINATRA_PORT(":port");

    final Pattern pattern = RouteSyntax.pattern("ruby", this);
    final Clues clues;

    Syntax(String... clues) {
      this.clues = Clues.of(clues);
    }

    Matcher matcher(String code) {
      return clues.matcher(pattern, code);
    }
  }
}
