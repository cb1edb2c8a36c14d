package dev.composefix.images.routes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/** One file being searched for routes: its code without comments, and the routes found in it. */
final class ScannedFile {

  private static final RouteSyntax.Template KEYWORD_ARGUMENT =
      RouteSyntax.template("call", "keyword_argument");

  final SourceFile file;
  final CodeText text;
  final Map<String, String> env;
  final List<Route> routes = new ArrayList<>();
  final List<SourcePort> ports = new ArrayList<>();

  ScannedFile(SourceFile file, CodeText.Syntax syntax, Map<String, String> env) {
    this(file, CodeText.of(file.text(), syntax), env);
  }

  ScannedFile(SourceFile file, CodeText text, Map<String, String> env) {
    this.file = file;
    this.text = text;
    this.env = env;
  }

  SourceFile file() {
    return file;
  }

  String code() {
    return text.code;
  }

  /** Records a route when its path is a health route or the root. */
  void route(String path, int offset, String framework, Optional<String> method) {
    HealthPaths.kindOf(path)
        .ifPresent(
            kind ->
                routes.add(
                    new Route(
                        path,
                        kind,
                        file.path(),
                        text.lineOf(offset),
                        framework,
                        method.map(m -> m.toUpperCase(java.util.Locale.ROOT)),
                        Optional.empty())));
  }

  /** Records the port an expression gives, at the offset of the match. */
  void port(String expression, int offset, String prefix) {
    PortExpressions.resolve(expression, code(), env)
        .ifPresent(
            r ->
                ports.add(
                    new SourcePort(r.port(), file.path(), text.lineOf(offset), prefix + r.how())));
  }

  void port(Matcher m, int group, String prefix) {
    port(m.group(group), m.start(group), prefix);
  }

  /** The text of the call whose arguments start at {@code open} (just past its parenthesis). */
  String arguments(int open) {
    String code = code();
    int depth = 1;
    int end = Math.min(code.length(), open + 2_000);
    for (int k = open; k < end; k++) {
      char c = code.charAt(k);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if ((c == ')' || c == ']' || c == '}') && --depth == 0) {
        return code.substring(open, k);
      }
    }
    return code.substring(open, end);
  }

  /** The first group of the matcher's next match, such as an HTTP method; empty when none. */
  static Optional<String> nextGroup(Matcher matcher) {
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** Where the value of keyword argument {@code name=} starts in a call's arguments, or -1. */
  static int keywordArgument(String arguments, String name) {
    Matcher m = KEYWORD_ARGUMENT.with(name).matcher(arguments);
    return m.find() ? m.end() : -1;
  }

  /** The argument that starts at {@code start}: up to the next comma outside brackets. */
  static String argumentAt(String arguments, int start) {
    int depth = 0;
    for (int k = start; k < arguments.length(); k++) {
      char c = arguments.charAt(k);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (--depth < 0) {
          return arguments.substring(start, k).strip();
        }
      } else if (c == ',' && depth == 0) {
        return arguments.substring(start, k).strip();
      }
    }
    return arguments.substring(start).strip();
  }
}
