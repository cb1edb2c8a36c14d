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

  private static final Pattern RAILS =
      Pattern.compile(
          "(?m)^[ \\t]*(get|post|put|patch|delete|match)\\s*\\(?\\s*(['\"])([^'\"\\n]*)\\2");

  private static final Pattern ROOT = Pattern.compile("(?m)^[ \\t]*(root)\\b\\s*[(:'\"t]");

  private static final Pattern SINATRA =
      Pattern.compile(
          "(?m)^[ \\t]*(get|post|put|patch|delete|head)\\s*\\(?\\s*(['\"])(/[^'\"\\n"
              + "]*)\\2\\s*\\)?\\s*(?:do|\\{)");

  private static final Pattern SINATRA_PORT = Pattern.compile("\\bset\\s+:port\\s*,\\s*([^\\n]+)");

  private RubyRoutes() {}

  static void scan(ScannedFile file) {
    String code = file.code();
    if (file.file().path().endsWith("config/routes.rb")) {
      Matcher m = RAILS.matcher(code);
      while (m.find()) {
        String path = "/" + m.group(3).replaceAll("^/+|/+$", "");
        file.route(
            path, m.start(3), "rails", Optional.of(m.group(1)).filter(v -> !v.equals("match")));
      }
      Matcher root = ROOT.matcher(code);
      while (root.find()) {
        file.route("/", root.start(1), "rails", Optional.of("GET"));
      }
      return;
    }
    if (code.contains("sinatra") || code.contains("Sinatra::")) {
      Matcher m = SINATRA.matcher(code);
      while (m.find()) {
        file.route(m.group(3), m.start(3), "sinatra", Optional.of(m.group(1)));
      }
      Matcher port = SINATRA_PORT.matcher(code);
      if (port.find()) {
        file.port(port, 1, "set :port, ");
      }
    }
  }
}
