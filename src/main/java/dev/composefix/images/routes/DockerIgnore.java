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

  /** What {@link #lastMatch} answers for a path that no pattern matches, nor any of its folders. */
  static final int NO_MATCH = -1;

  private final List<Rule> rules;

  /** Whether no {@code !} pattern re-includes anything. */
  private final boolean onlyExcludes;

  private DockerIgnore(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    boolean only = true;
    for (Rule rule : rules) {
      only &= rule.exclude();
    }
    this.onlyExcludes = only;
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
    return excludedBy(lastMatch(path));
  }

  /**
   * The last pattern that matches {@code path} or one of its folders, which decides whether it is
   * left out; {@link #NO_MATCH} when none does.
   */
  int lastMatch(String path) {
    for (int i = rules.size() - 1; i >= 0; i--) {
      if (matchesOrParent(rules.get(i).pattern(), path)) {
        return i;
      }
    }
    return NO_MATCH;
  }

  /**
   * {@link #lastMatch} of a path in a folder whose own answer is {@code folderMatch}: the folders
   * of the path are the folder and the folder's folders, so only the path itself is matched, and
   * only against the patterns after {@code folderMatch}. A walk down a tree so matches each path
   * once per pattern at most, not once per pattern and folder above it.
   */
  int lastMatch(String path, int folderMatch) {
    for (int i = rules.size() - 1; i > folderMatch; i--) {
      if (rules.get(i).pattern().matcher(path).matches()) {
        return i;
      }
    }
    return folderMatch;
  }

  /** Whether a path whose {@link #lastMatch} this is is left out. */
  boolean excludedBy(int lastMatch) {
    return lastMatch != NO_MATCH && rules.get(lastMatch).exclude();
  }

  /**
   * Whether nothing below a folder whose {@link #lastMatch} this is can be included again, so that
   * a walk may skip it: it is excluded and no {@code !} pattern exists.
   */
  boolean excludesAllBelow(int lastMatch) {
    return excludedBy(lastMatch) && onlyExcludes;
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
