package dev.composefix.compose;

import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YEntry;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import java.util.Optional;

/**
 * One service of a Compose file: its name, the entry that defines it, its mapping with aliases
 * resolved, its {@code environment} (merged-in entries included; empty when it has none) and its
 * healthcheck mapping. Both are found once, here, because several rules ask for them of every
 * service; the environment's entries are read when first asked for.
 */
public record Service(
    String name,
    YEntry entry,
    YMapping mapping,
    Optional<Environment> environment,
    Optional<YMapping> healthcheck) {

  public Service(String name, YEntry entry, YMapping mapping) {
    this(name, entry, mapping, Environment.read(mapping), healthcheckOf(mapping));
  }

  /** Where a finding about the service as a whole points: its name. */
  public YNode nameNode() {
    return entry.key();
  }

  /** The healthcheck mapping, merged-in or through an alias. */
  private static Optional<YMapping> healthcheckOf(YMapping mapping) {
    Optional<Mappings.Found> found = Mappings.find(mapping, "healthcheck");
    return found.isPresent() ? Mappings.asMapping(found.get().entry().value()) : Optional.empty();
  }

  /** A key of the service as Compose reads it, merged-in keys included. */
  public Optional<Mappings.Found> find(String key) {
    return Mappings.find(mapping, key);
  }
}
