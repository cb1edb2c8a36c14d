package dev.composefix.config;

import dev.composefix.text.SourceText;
import dev.composefix.yaml.YNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of one {@code .compose-fix.yaml}, in typed sections. A helper takes only the section
 * it reads, so that what it depends on is plain at its signature.
 *
 * @param origin where the settings came from, as a path to show; empty for the defaults
 * @param select the rules to run; empty to run every default rule
 * @param ignore the rules to skip
 * @param unsafeFixes whether unsafe fixes apply; empty when the configuration says nothing
 * @param healthcheck what healthcheck rules write
 * @param pins image pins (image name to tag), which override the built-in table
 * @param secrets which variables count as secrets
 * @param gpu which services need a GPU
 * @param images the user's own image knowledge-base rows, unread
 */
public record Config(
    Optional<String> origin,
    Optional<List<String>> select,
    List<String> ignore,
    Optional<Boolean> unsafeFixes,
    Healthcheck healthcheck,
    Map<String, String> pins,
    Secrets secrets,
    Gpu gpu,
    Images images) {

  public static final String FILE_NAME = ".compose-fix.yaml";
  public static final String DEFAULT_START_PERIOD = "30s";
  public static final Config DEFAULTS =
      new Config(
          Optional.empty(),
          Optional.empty(),
          List.of(),
          Optional.empty(),
          new Healthcheck(Optional.empty()),
          Map.of(),
          new Secrets(List.of(), List.of()),
          new Gpu(List.of(), List.of()),
          Images.NONE);

  /**
   * {@code healthcheck:}.
   *
   * @param configuredStartPeriod the {@code start_period} that healthcheck rules write, when the
   *     file sets one
   */
  public record Healthcheck(Optional<String> configuredStartPeriod) {

    /** The {@code start_period} to write: the configured one, or 30s. */
    public String startPeriod() {
      return configuredStartPeriod.orElse(DEFAULT_START_PERIOD);
    }
  }

  /**
   * {@code secrets:}.
   *
   * @param names variable names that count as secrets beyond the built-in naming rule
   * @param ignore variable names that never count as secrets
   */
  public record Secrets(List<String> names, List<String> ignore) {
    public Secrets {
      names = List.copyOf(names);
      ignore = List.copyOf(ignore);
    }
  }

  /**
   * {@code gpu:}.
   *
   * @param services services that need a GPU, by name
   * @param images images whose services need a GPU
   */
  public record Gpu(List<String> services, List<String> images) {
    public Gpu {
      services = List.copyOf(services);
      images = List.copyOf(images);
    }
  }

  /**
   * {@code images:}: rows for the image knowledge base, in its own format. The configuration keeps
   * the section as written; the knowledge base reads and validates it, with positions in this file.
   *
   * @param section the section's node, empty when the file has none
   * @param source the configuration's text, for positions
   */
  public record Images(Optional<YNode> section, Optional<SourceText> source) {
    public static final Images NONE = new Images(Optional.empty(), Optional.empty());
  }

  public Config {
    select = select.isPresent() ? Optional.of(List.copyOf(select.get())) : select;
    ignore = List.copyOf(ignore);
    pins = Map.copyOf(pins);
  }
}
