package dev.composefix.images.routes;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the port expression of a source file: a number, an environment variable with a default in
 * any of the usual spellings (JavaScript's process.env.PORT with a fallback, Python's os.getenv and
 * os.environ.get, Ruby's ENV.fetch, Spring's placeholder with a default), or a variable of the same
 * file assigned one of those. The container's environment decides between the variable and the
 * default.
 */
final class PortExpressions {

  /** A port and how it was found. */
  record Resolved(int port, String how) {}

  private static final int MAX_DEPTH = 3;

  private static final RouteSyntax.Template ASSIGNMENT = RouteSyntax.template("port", "assignment");

  private PortExpressions() {}

  static Optional<Resolved> resolve(String expression, String code, Map<String, String> env) {
    return resolve(expression.strip(), code, env, 0);
  }

  private static Optional<Resolved> resolve(
      String expression, String code, Map<String, String> env, int depth) {
    String expr = expression.replaceAll("[;,]+$", "").strip();
    if (expr.length() > 200) {
      return Optional.empty();
    }
    Matcher reference = Syntax.ENV_REFERENCE.pattern.matcher(expr);
    if (reference.find()) {
      String name = reference.group(1);
      String rest = expr.substring(reference.end());
      Optional<Integer> fallback = lastNumber(rest);
      String value = env.get(name);
      if (value != null
          && value.strip().matches("\\d{1,5}")
          && valid(Integer.parseInt(value.strip()))) {
        return Optional.of(
            new Resolved(
                Integer.parseInt(value.strip()), expr + " with " + name + "=" + value.strip()));
      }
      return fallback.map(p -> new Resolved(p, expr + " (" + name + " unset)"));
    }
    String unquoted = expr.replaceAll("^['\"]|['\"]$", "");
    if (unquoted.matches("\\d{1,5}")) {
      int port = Integer.parseInt(unquoted);
      return valid(port) ? Optional.of(new Resolved(port, expr)) : Optional.empty();
    }
    if (unquoted.matches(".*:\\d{1,5}") && !unquoted.contains(" ")) {
      int port = Integer.parseInt(unquoted.substring(unquoted.lastIndexOf(':') + 1));
      return valid(port) ? Optional.of(new Resolved(port, expr)) : Optional.empty();
    }
    if (depth < MAX_DEPTH && Syntax.IDENTIFIER.pattern.matcher(expr).matches()) {
      Matcher assignment = ASSIGNMENT.with(expr).matcher(code);
      if (assignment.find()) {
        return resolve(assignment.group(1), code, env, depth + 1)
            .map(r -> new Resolved(r.port(), expr + " = " + r.how()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> lastNumber(String text) {
    Matcher m = Syntax.NUMBER.pattern.matcher(text);
    Integer last = null;
    while (m.find()) {
      last = Integer.parseInt(m.group(1));
    }
    return last != null && valid(last) ? Optional.of(last) : Optional.empty();
  }

  static boolean valid(int port) {
    return port >= 1 && port <= 65535;
  }

  /** What this reader matches: the patterns named port.* in route-syntax.txt. */
  private enum Syntax {
    ENV_REFERENCE,
    NUMBER,
    IDENTIFIER;

    final Pattern pattern = RouteSyntax.pattern("port", this);
  }
}
