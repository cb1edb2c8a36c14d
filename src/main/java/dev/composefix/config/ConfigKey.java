package dev.composefix.config;

import java.util.Arrays;
import java.util.List;

/** Every key a {@code .compose-fix.yaml} may hold, with the kind of value it takes. */
public enum ConfigKey {
  SELECT("select", ValueKind.RULE_LIST),
  IGNORE("ignore", ValueKind.RULE_LIST),
  UNSAFE_FIXES("unsafe-fixes", ValueKind.BOOLEAN),
  HEALTHCHECK_START_PERIOD(
      "healthcheck.start_period",
      ValueKind.DURATION,
      "healthcheck-start-period",
      "healthcheck-missing"),
  PINS("pins", ValueKind.STRING_MAP, "image-pin"),
  SECRETS_NAMES("secrets.names", ValueKind.STRING_LIST, "secret-default", "secret-hardcoded"),
  SECRETS_IGNORE("secrets.ignore", ValueKind.STRING_LIST, "secret-default", "secret-hardcoded"),
  GPU_SERVICES("gpu.services", ValueKind.STRING_LIST, "gpu-deploy"),
  GPU_IMAGES("gpu.images", ValueKind.STRING_LIST, "gpu-deploy"),
  IMAGES(
      "images",
      ValueKind.IMAGE_ROWS,
      "healthcheck-missing",
      "healthcheck-tool",
      "curl-flags",
      "secret-default");

  /** The shapes a value may take. */
  public enum ValueKind {
    RULE_LIST("a list of rule names"),
    STRING_LIST("a list of strings"),
    STRING_MAP("a mapping of strings to strings"),
    DURATION("a duration such as 30s, 1m30s or 500ms"),
    BOOLEAN("true or false"),
    IMAGE_ROWS("a mapping with 'sources' and 'rows', as in the image knowledge base");

    private final String description;

    ValueKind(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  private final String path;
  private final ValueKind kind;
  private final List<String> readers;

  /**
   * @param readers the rules that read the setting, whose docs must document it
   */
  ConfigKey(String path, ValueKind kind, String... readers) {
    this.path = path;
    this.kind = kind;
    this.readers = List.of(readers);
  }

  /** The rules that read the setting; empty for a setting of the whole run. */
  List<String> readers() {
    return readers;
  }

  /** The dotted path, e.g. {@code healthcheck.start_period}. */
  public String path() {
    return path;
  }

  public ValueKind kind() {
    return kind;
  }

  public static List<String> allPaths() {
    return Arrays.stream(values()).map(ConfigKey::path).toList();
  }
}
