package dev.composefix.compose;

import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YEntry;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A service's {@code environment}, in either of Compose's styles, merged-in entries included. */
public final class Environment {

  private final YNode node;

  // Read on first use: every service's environment is found when the service is made, but few
  // rules read its entries, and then only for some services, while a stack that shares one large
  // environment through an anchor would otherwise read it whole for every service.
  private List<EnvironmentEntry> entries;

  private Environment(YNode node) {
    this.node = node;
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
    return Optional.of(new Environment(key.get().value()));
  }

  private static List<EnvironmentEntry> read(YNode value) {
    List<EnvironmentEntry> entries = new ArrayList<>();
    if (value instanceof YSequence list) {
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
    } else if (value instanceof YMapping map) {
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
    // An immutable copy, safe to hand to another thread however this one published it.
    return List.copyOf(entries);
  }

  /** The environment node: a sequence (list style) or a mapping (map style). */
  public YNode node() {
    return node;
  }

  boolean isListStyle() {
    return node instanceof YSequence;
  }

  public List<EnvironmentEntry> entries() {
    List<EnvironmentEntry> read = entries;
    if (read == null) {
      read = read(node);
      entries = read;
    }
    return read;
  }

  public Optional<EnvironmentEntry> get(String name) {
    for (EnvironmentEntry entry : entries()) {
      if (entry.name().equals(name)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }
}
