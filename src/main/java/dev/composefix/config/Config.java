package dev.composefix.config;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The settings for one run over a file: validated values from a {@code .compose-fix.yaml}, or defaults. */
public final class Config {

  public static final String FILE_NAME = ".compose-fix.yaml";
  public static final String DEFAULT_START_PERIOD = "30s";
  public static final Config DEFAULTS = new Config(null, new EnumMap<>(ConfigKey.class));

  private final String origin;
  private final Map<ConfigKey, Object> values;

  Config(String origin, Map<ConfigKey, Object> values) {
    this.origin = origin;
    Map<ConfigKey, Object> copy = new EnumMap<>(ConfigKey.class);
    copy.putAll(values);
    this.values = Collections.unmodifiableMap(copy);
  }

  /** Where the settings came from, as a path to show; empty for the defaults. */
  public Optional<String> origin() {
    return Optional.ofNullable(origin);
  }

  public String startPeriod() {
    return (String) values.getOrDefault(ConfigKey.HEALTHCHECK_START_PERIOD, DEFAULT_START_PERIOD);
  }

  @SuppressWarnings("unchecked")
  public Optional<List<String>> select() {
    return Optional.ofNullable((List<String>) values.get(ConfigKey.SELECT));
  }

  @SuppressWarnings("unchecked")
  public List<String> ignore() {
    return (List<String>) values.getOrDefault(ConfigKey.IGNORE, List.of());
  }
}
