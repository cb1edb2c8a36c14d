package dev.composefix.rules.healthcheck;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.Healthchecks;
import dev.composefix.compose.Service;
import dev.composefix.config.Config;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The timings of a healthcheck that compose-fix adds: the values the stack's own healthchecks use
 * most (the first seen wins a tie), so that a new check behaves like its neighbours; for a stack
 * without any, the hardening review's standard pattern. A configured {@code start_period} wins.
 *
 * @param fromStack true when some value came from the stack's own healthchecks
 */
record StackTimings(
    String interval, String timeout, String retries, String startPeriod, boolean fromStack) {

  /** The review's standard pattern. */
  static final String INTERVAL = "30s";

  static final String TIMEOUT = "10s";
  static final String RETRIES = "3";

  private static final List<String> TIMING_KEYS =
      List.of("interval", "timeout", "retries", "start_period");

  static StackTimings of(ComposeFile compose, Config.Healthcheck config) {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (String key : TIMING_KEYS) {
      counts.put(key, new LinkedHashMap<>());
    }
    for (Service service : compose.services()) {
      Optional<YMapping> healthcheck = Healthchecks.enabled(service);
      if (healthcheck.isEmpty()) {
        continue;
      }
      for (Map.Entry<String, Map<String, Integer>> key : counts.entrySet()) {
        Optional<YNode> found = Mappings.get(healthcheck.get(), key.getKey());
        if (found.isPresent() && Mappings.resolve(found.get()) instanceof YScalar scalar) {
          String value = scalar.value();
          if (!value.isEmpty() && !value.contains("$")) {
            key.getValue().put(value, key.getValue().getOrDefault(value, 0) + 1);
          }
        }
      }
    }
    Optional<String> interval = mostCommon(counts.get("interval"));
    Optional<String> timeout = mostCommon(counts.get("timeout"));
    Optional<String> retries = mostCommon(counts.get("retries"));
    Optional<String> startPeriod = mostCommon(counts.get("start_period"));
    boolean fromStack =
        interval.isPresent()
            || timeout.isPresent()
            || retries.isPresent()
            || startPeriod.isPresent() && config.configuredStartPeriod().isEmpty();
    return new StackTimings(
        interval.orElse(INTERVAL),
        timeout.orElse(TIMEOUT),
        retries.orElse(RETRIES),
        config.configuredStartPeriod().isPresent()
            ? config.configuredStartPeriod().get()
            : startPeriod.orElse(config.startPeriod()),
        fromStack);
  }

  private static Optional<String> mostCommon(Map<String, Integer> counts) {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      if (entry.getValue() > bestCount) {
        best = entry.getKey();
        bestCount = entry.getValue();
      }
    }
    return Optional.ofNullable(best);
  }
}
