package dev.composefix.rules.healthcheck;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.Healthchecks;
import dev.composefix.compose.Service;
import dev.composefix.config.Config;
import dev.composefix.text.Tally;
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
    Map<String, Tally<String>> counts = new LinkedHashMap<>();
    for (String key : TIMING_KEYS) {
      counts.put(key, Tally.tiesToFirstSeen());
    }
    for (Service service : compose.services()) {
      Optional<YMapping> healthcheck = Healthchecks.enabled(service);
      if (healthcheck.isEmpty()) {
        continue;
      }
      for (Map.Entry<String, Tally<String>> key : counts.entrySet()) {
        Optional<YNode> found = Mappings.get(healthcheck.get(), key.getKey());
        if (found.isPresent() && Mappings.resolve(found.get()) instanceof YScalar scalar) {
          String value = scalar.value();
          if (!value.isEmpty() && !value.contains("$")) {
            key.getValue().add(value);
          }
        }
      }
    }
    Optional<String> interval = counts.get("interval").mostCommon();
    Optional<String> timeout = counts.get("timeout").mostCommon();
    Optional<String> retries = counts.get("retries").mostCommon();
    Optional<String> startPeriod = counts.get("start_period").mostCommon();
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
}
