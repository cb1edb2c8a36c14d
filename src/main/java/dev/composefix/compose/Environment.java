package dev.composefix.compose;

import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YEntry;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A service's {@code environment}, in either of Compose's styles, merged-in entries included. */
public final class Environment {

  private final YNode node;
  private final List<EnvironmentEntry> entries;

  private Environment(YNode node, List<EnvironmentEntry> entries) {
    this.node = node;
    this.entries = entries;
  }

  /** The service's environment; empty when it has none. Read once per service and kept. */
  public static Optional<Environment> of(Service service) {
    return service.environment();
  }

  /** The environment of a service's mapping, as {@link Service} reads it once. */
  static Optional<Environment> read(YMapping service) {
    Optional<Mappings.Found> key = Mappings.find(service, "environment");
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Optional<YNode> value = Optional.of(key.get().value());
    List<EnvironmentEntry> entries = new ArrayList<>();
    if (value.get() instanceof YSequence list) {
      for (YNode item : list.items()) {
        if (Mappings.resolve(item) instanceof YScalar scalar && !scalar.value().isEmpty()) {
          String text = scalar.value();
          int equals = text.indexOf('=');
          entries.add(
              equals < 0
                  ? new EnvironmentEntry(
                      text, Optional.empty(), Optional.of(scalar), text.length(), item, true)
                  : new EnvironmentEntry(
                      text.substring(0, equals),
                      Optional.of(text.substring(equals + 1)),
                      Optional.of(scalar),
                      equals + 1,
                      item,
                      true));
        }
      }
    } else if (value.get() instanceof YMapping map) {
      for (Mappings.Found found : Mappings.effectiveEntries(map)) {
        YEntry entry = found.entry();
        YNode resolved = Mappings.resolve(entry.value());
        if (resolved instanceof YScalar scalar && !scalar.isEmptyPlain()) {
          entries.add(
              new EnvironmentEntry(
                  entry.keyText(),
                  Optional.of(scalar.value()),
                  Optional.of(scalar),
                  0,
                  entry.key(),
                  false));
        } else {
          entries.add(
              new EnvironmentEntry(
                  entry.keyText(), Optional.empty(), Optional.empty(), 0, entry.key(), false));
        }
      }
    }
    return Optional.of(new Environment(value.get(), Collections.unmodifiableList(entries)));
  }

  /** The environment node: a sequence (list style) or a mapping (map style). */
  public YNode node() {
    return node;
  }

  boolean isListStyle() {
    return node instanceof YSequence;
  }

  public List<EnvironmentEntry> entries() {
    return entries;
  }

  public Optional<EnvironmentEntry> get(String name) {
    for (EnvironmentEntry entry : entries) {
      if (entry.name().equals(name)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }
}
