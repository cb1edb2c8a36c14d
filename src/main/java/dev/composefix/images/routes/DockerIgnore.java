package dev.composefix.images.routes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The exclusion patterns of a {@code .dockerignore}, matched as Docker matches them: a pattern
 * excludes a path when it matches the path or one of its parent folders, {@code **} spans folders,
 * {@code !} re-includes, and the last matching pattern wins.
 */
public final class DockerIgnore {

  public static final DockerIgnore NONE = new DockerIgnore(List.of());

  /** The most patterns read; real files have a few dozen. */
  static final int MAX_PATTERNS = 1_000;

  private record Rule(Pattern pattern, boolean exclude) {}

  private final List<Rule> rules;

  private DockerIgnore(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static DockerIgnore parse(String text) {
    List<Rule> rules = new ArrayList<>();
    for (String raw : text.split("\r\n|\n|\r")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (rules.size() >= MAX_PATTERNS) {
        break;
      }
      boolean exclude = !line.startsWith("!");
      String pattern = exclude ? line : line.substring(1).strip();
      pattern = clean(pattern);
      if (!pattern.isEmpty()) {
        rules.add(new Rule(Globs.compile(pattern, true), exclude));
      }
    }
    return new DockerIgnore(rules);
  }

  /** Whether {@code path} (relative to the context, {@code /} separators) is left out. */
  public boolean excludes(String path) {
    boolean excluded = false;
    for (Rule rule : rules) {
      if (matchesOrParent(rule.pattern(), path)) {
        excluded = rule.exclude();
      }
    }
    return excluded;
  }

  /**
   * Whether nothing below {@code folder} can be included again, so that a walk may skip it: it is
   * excluded and no later {@code !} pattern exists.
   */
  boolean excludesAllBelow(String folder) {
    if (!excludes(folder)) {
      return false;
    }
    return rules.stream().allMatch(Rule::exclude);
  }

  private static boolean matchesOrParent(Pattern pattern, String path) {
    if (pattern.matcher(path).matches()) {
      return true;
    }
    for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
      if (pattern.matcher(path.substring(0, slash)).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Like Go's filepath.Clean on a relative pattern: no leading slash, no {@code ./}, no {@code //}.
   */
  private static String clean(String pattern) {
    String p = pattern.replace('\\', '/');
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    p = p.replaceAll("/+", "/").replaceAll("(^|/)\\./", "$1");
    if (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.equals(".") ? "" : p;
  }
}
