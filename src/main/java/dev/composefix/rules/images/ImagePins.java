package dev.composefix.rules.images;

import dev.composefix.compose.ImageReference;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which tag an image is pinned to. The built-in table is the "Image Pinning Strategy" table of the
 * hardening review (PR #355 Production Hardening Learnings), the pins it applied when it moved
 * eight images off {@code :latest}. A {@code pins:} setting (image to tag) adds to it and overrides
 * it. Names match however they are written: {@code docker.io/library/redis}, {@code library/redis}
 * and {@code redis} are one image.
 */
public final class ImagePins {

  /** Where a pin comes from. */
  public enum Source {
    CONFIGURED,
    BUILT_IN,
    /** A tag another service of the same file runs, newer than the built-in pin. */
    STACK,
    /** The tag another file of the project sets for the same service, newer than the pin. */
    PROJECT
  }

  /** A tag to pin an image to, and where it comes from. */
  public record Pin(String tag, Source source) {

    /**
     * Whether Docker accepts the tag as a tag, and it names something other than {@code latest}.
     */
    public boolean isUsable() {
      return VALID_TAG.matcher(tag).matches() && !tag.equals("latest");
    }
  }

  /** Docker's tag grammar: a word character, then up to 127 word characters, dots and dashes. */
  private static final Pattern VALID_TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

  private static final Map<String, String> BUILT_IN = builtIn();

  private static Map<String, String> builtIn() {
    Map<String, String> table = new LinkedHashMap<>();
    table.put("postgres", "15-alpine");
    table.put("postgrest/postgrest", "v12.2.3");
    table.put("minio/minio", "RELEASE.2024-12-18T13-15-44Z");
    table.put("tensorzero/gateway", "2024.12.18");
    table.put("ollama/ollama", "0.5.4");
    table.put("nats", "2.10-alpine");
    return table;
  }

  private final Map<String, String> configured;

  private ImagePins(Map<String, String> configured) {
    this.configured = configured;
  }

  /**
   * The built-in table overridden by pins from configuration, whose names may be written any way.
   */
  public static ImagePins withConfigured(Map<String, String> pins) {
    Map<String, String> normalized = new LinkedHashMap<>();
    for (Map.Entry<String, String> pin : pins.entrySet()) {
      if (pin.getKey() != null) {
        normalized.put(ImageReference.normalize(pin.getKey()), pin.getValue());
      }
    }
    return new ImagePins(normalized);
  }

  /** The built-in table, normalized image name to tag, in the review's order. */
  public static Map<String, String> builtInTable() {
    return Collections.unmodifiableMap(BUILT_IN);
  }

  /** The pin for an image: configured first, then built in; empty when neither knows it. */
  public Optional<Pin> pinFor(ImageReference image) {
    String name = image.normalizedName();
    if (configured.containsKey(name)) {
      return Optional.of(new Pin(configured.get(name), Source.CONFIGURED));
    }
    String tag = BUILT_IN.get(name);
    return tag == null ? Optional.empty() : Optional.of(new Pin(tag, Source.BUILT_IN));
  }
}
