package dev.composefix.compose;

import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YEntry;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import java.util.Optional;

/**
 * One service of a Compose file: its name, the entry that defines it, and its mapping with aliases
 * resolved. Its {@code environment} is read once, on first use, and shared by every rule that asks
 * (a class rather than a record for that reason).
 */
public final class Service {

  private final String name;
  private final YEntry entry;
  private final YMapping mapping;
  private Optional<Environment> environment;

  public Service(String name, YEntry entry, YMapping mapping) {
    this.name = name;
    this.entry = entry;
    this.mapping = mapping;
  }

  public String name() {
    return name;
  }

  public YEntry entry() {
    return entry;
  }

  public YMapping mapping() {
    return mapping;
  }

  /** Where a finding about the service as a whole points: its name. */
  public YNode nameNode() {
    return entry.key();
  }

  /** A key of the service as Compose reads it, merged-in keys included. */
  public Optional<Mappings.Found> find(String key) {
    return Mappings.find(mapping, key);
  }

  /** Its environment, merged-in entries included; empty when it has none. */
  public Optional<Environment> environment() {
    if (environment == null) {
      environment = Environment.read(this);
    }
    return environment;
  }

  @Override
  public String toString() {
    return "Service[" + name + "]";
  }
}
