package dev.composefix.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How often each value occurs in a file, so that what compose-fix writes follows the file's most
 * common habit (its healthcheck timings).
 *
 * @param <K> the value counted
 */
public final class Tally<K> {

  private final Map<K, Integer> counts;

  private Tally(Map<K, Integer> counts) {
    this.counts = counts;
  }

  /** A tally whose tie goes to the value counted first. */
  public static <K> Tally<K> tiesToFirstSeen() {
    return new Tally<>(new LinkedHashMap<>());
  }

  public void add(K value) {
    Integer count = counts.get(value);
    counts.put(value, count == null ? 1 : count + 1);
  }

  /** The value counted most often, or empty when nothing was counted. */
  public Optional<K> mostCommon() {
    K best = null;
    int bestCount = 0;
    // The map's order is the tie rule: only a strictly higher count replaces an earlier value.
    for (Map.Entry<K, Integer> entry : counts.entrySet()) {
      if (entry.getValue() > bestCount) {
        best = entry.getKey();
        bestCount = entry.getValue();
      }
    }
    return Optional.ofNullable(best);
  }
}
