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

  public List<String> ignore() {
    return list(ConfigKey.IGNORE);
  }

  /** Whether the configuration turns unsafe fixes on or off; empty when it says nothing. */
  public Optional<Boolean> unsafeFixes() {
    return Optional.ofNullable((Boolean) values.get(ConfigKey.UNSAFE_FIXES));
  }

  /** Image pins from the configuration (image name to tag); they override the built-in table. */
  @SuppressWarnings("unchecked")
  public Map<String, String> pins() {
    return (Map<String, String>) values.getOrDefault(ConfigKey.PINS, Map.of());
  }

  /** Variable names that count as secrets beyond the built-in naming rule. */
  public List<String> secretNames() {
    return list(ConfigKey.SECRETS_NAMES);
  }

  /** Variable names that never count as secrets. */
  public List<String> secretIgnore() {
    return list(ConfigKey.SECRETS_IGNORE);
  }

  /** Services that need a GPU, by name. */
  public List<String> gpuServices() {
    return list(ConfigKey.GPU_SERVICES);
  }

  /** Images whose services need a GPU. */
  public List<String> gpuImages() {
    return list(ConfigKey.GPU_IMAGES);
  }

  @SuppressWarnings("unchecked")
  private List<String> list(ConfigKey key) {
    return (List<String>) values.getOrDefault(key, List.of());
  }
}
