package dev.composefix.rules.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * What to say about a key the schema does not allow: a likely typo, the naming rule, or the x-
 * escape.
 */
final class UnknownKeys {

  private static final String EXTENSION_PATTERN = "^x-";

  private UnknownKeys() {}

  /** The message after the path, from the schema of the mapping the key is in. */
  static String describe(String key, JsonNode mapping) {
    List<String> known = new ArrayList<>();
    mapping.path("properties").fieldNames().forEachRemaining(known::add);
    Optional<String> suggestion = closest(key, known);
    if (suggestion.isPresent()) {
      return "unknown key '" + key + "'; did you mean '" + suggestion.get() + "'?";
    }
    Optional<String> namePattern = namePattern(mapping);
    if (known.isEmpty() && namePattern.isPresent()) {
      return "'" + key + "' is not a valid name here: names must match " + namePattern.get();
    }
    if (mapping.path("patternProperties").has(EXTENSION_PATTERN)) {
      return "unknown key '" + key + "' (keys of your own must start with x-)";
    }
    return "unknown key '" + key + "'";
  }

  /**
   * The pattern that names must match in a mapping of named things, such as services or volumes.
   */
  private static Optional<String> namePattern(JsonNode mapping) {
    Iterator<String> patterns = mapping.path("patternProperties").fieldNames();
    while (patterns.hasNext()) {
      String pattern = patterns.next();
      if (!pattern.equals(EXTENSION_PATTERN)) {
        return Optional.of(pattern);
      }
    }
    return Optional.empty();
  }

  /** The known key nearest to a typo: at most two edits away, and fewer than half its length. */
  static Optional<String> closest(String key, List<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(key, candidate);
      if (distance <= 2 && distance * 2 < key.length() && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
