package dev.composefix.project;

import dev.composefix.text.SourceText;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import dev.composefix.yaml.YamlTags;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges a service's definitions, one per file in the project's order, as the Compose
 * Specification's merge rules say (compose-spec, {@code 13-merge.md}, "Merge and override"). Each
 * rule names the section it implements.
 */
public final class ServiceMerge {

  /**
   * "Exceptions / Shell commands": {@code command}, {@code entrypoint} and {@code healthcheck.test}
   * are replaced, never appended to.
   */
  private static final Set<String> REPLACED = Set.of("command", "entrypoint", "healthcheck.test");

  /**
   * "Exceptions / Unique resources": sequences whose items are merged by a key, the later file's
   * item replacing the earlier's: {@code ports}, {@code expose}, {@code volumes}, {@code secrets},
   * {@code configs}, {@code devices}.
   */
  private static final Set<String> UNIQUE =
      Set.of("ports", "expose", "volumes", "secrets", "configs", "devices");

  /**
   * "Sequence" (and the environment section of the service reference): {@code environment}, {@code
   * labels}, {@code annotations}, {@code sysctls} and {@code extra_hosts} written as lists are read
   * as mappings and merged by their keys.
   */
  private static final Set<String> KEYED =
      Set.of("environment", "labels", "annotations", "sysctls", "extra_hosts");

  private ServiceMerge() {}

  /** One file's definition of the service, with the file's text. */
  public record Definition(String file, int layer, YMapping service, SourceText source) {}

  /** The service as the project runs it; empty when no file defines it. */
  public static Optional<Merged.Mapping> merge(List<Definition> definitions) {
    Merged merged = null;
    for (Definition definition : definitions) {
      merged = merge(merged, definition.service(), definition, "");
    }
    return merged instanceof Merged.Mapping mapping ? Optional.of(mapping) : Optional.empty();
  }

  /**
   * The base merged with an override; null when the override removes it. "Reset value": {@code
   * !reset} removes; "Replace value": {@code !override} replaces whatever the base held; "Mapping":
   * two mappings merge key by key; "Sequence": two sequences append; otherwise the override wins.
   */
  static Merged merge(Merged base, YNode override, Definition from, String path) {
    Optional<String> tag = override.explicitTag();
    if (tag.filter(YamlTags.RESET::equals).isPresent()) {
      return null;
    }
    YNode value = Mappings.resolve(override);
    if (base == null
        || tag.filter(YamlTags.OVERRIDE::equals).isPresent()
        || REPLACED.contains(path)) {
      return read(value, from, path);
    }
    if (base instanceof Merged.Mapping mapping && value instanceof YMapping next) {
      return mergeMappings(mapping, next, from, path);
    }
    if (KEYED.contains(path) && keyed(base) != null && keyed(value, from) != null) {
      Map<String, Merged> entries = new LinkedHashMap<>(keyed(base));
      entries.putAll(keyed(value, from));
      return new Merged.Mapping(entries, origin(value, from));
    }
    if (base instanceof Merged.Sequence sequence && value instanceof YSequence next) {
      List<Merged> items = new ArrayList<>(sequence.items());
      for (YNode item : next.items()) {
        Merged read = read(Mappings.resolve(item), from, path + "[]");
        int same = UNIQUE.contains(path) ? indexOfKey(items, path, read) : -1;
        if (same >= 0) {
          items.set(same, read);
        } else {
          items.add(read);
        }
      }
      return new Merged.Sequence(items, origin(value, from));
    }
    return read(value, from, path);
  }

  private static Merged.Mapping mergeMappings(
      Merged.Mapping base, YMapping next, Definition from, String path) {
    Map<String, Merged> entries = new LinkedHashMap<>(base.entries());
    for (var entry : next.entries()) {
      if (entry.keyText() != null && !entry.isMergeKey() && Mappings.isReset(entry.value())) {
        entries.remove(entry.keyText());
      }
    }
    for (Mappings.Found found : Mappings.effectiveEntries(next)) {
      String key = found.entry().keyText();
      String child = path.isEmpty() ? key : path + "." + key;
      Merged merged = merge(entries.get(key), found.entry().value(), from, child);
      if (merged == null) {
        entries.remove(key);
      } else {
        entries.put(key, merged);
      }
    }
    return new Merged.Mapping(entries, origin(next, from));
  }

  /** A node read into the merged model as it stands, with its origin. */
  static Merged read(YNode node, Definition from, String path) {
    YNode value = Mappings.resolve(node);
    if (value instanceof YMapping mapping) {
      return mergeMappings(
          new Merged.Mapping(Map.of(), origin(mapping, from)), mapping, from, path);
    }
    if (value instanceof YSequence sequence) {
      List<Merged> items = new ArrayList<>();
      for (YNode item : sequence.items()) {
        if (!Mappings.isReset(item)) {
          items.add(read(item, from, path + "[]"));
        }
      }
      return new Merged.Sequence(items, origin(value, from));
    }
    YScalar scalar = (YScalar) value;
    return new Merged.Scalar(scalar.isEmptyPlain() ? "" : scalar.value(), origin(value, from));
  }

  private static Merged.Origin origin(YNode node, Definition from) {
    return new Merged.Origin(from.file(), from.layer(), node, from.source());
  }

  /** A merged list or mapping of {@code KEY=value} items as a mapping; null when it is neither. */
  private static Map<String, Merged> keyed(Merged merged) {
    if (merged instanceof Merged.Mapping mapping) {
      return mapping.entries();
    }
    if (!(merged instanceof Merged.Sequence sequence)) {
      return null;
    }
    Map<String, Merged> entries = new LinkedHashMap<>();
    for (Merged item : sequence.items()) {
      if (item instanceof Merged.Scalar scalar) {
        String[] parts = scalar.value().split("[=:]", 2);
        String value = parts.length > 1 ? parts[1] : "";
        entries.put(parts[0].strip(), new Merged.Scalar(value, scalar.origin()));
      }
    }
    return entries;
  }

  private static Map<String, Merged> keyed(YNode node, Definition from) {
    return keyed(read(node, from, "?"));
  }

  /**
   * The index of the item with the same key as {@code item}, or -1. Ports are keyed by their whole
   * short form or by host_ip, published, target and protocol; volumes, secrets, configs and devices
   * by their target; expose by its value.
   */
  private static int indexOfKey(List<Merged> items, String path, Merged item) {
    String key = uniqueKey(path, item);
    for (int i = 0; i < items.size(); i++) {
      if (key.equals(uniqueKey(path, items.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  static String uniqueKey(String path, Merged item) {
    if (item instanceof Merged.Scalar scalar) {
      String text = scalar.value();
      return switch (path) {
        case "volumes", "devices" -> {
          String[] parts = text.split(":");
          yield parts.length > 1 ? parts[1] : parts[0];
        }
        default -> text;
      };
    }
    if (item instanceof Merged.Mapping mapping) {
      List<String> fields =
          path.equals("ports")
              ? List.of("host_ip", "published", "target", "protocol")
              : List.of("target");
      StringBuilder key = new StringBuilder();
      for (String field : fields) {
        key.append(mapping.get(field).map(ServiceMerge::text).orElse("")).append('|');
      }
      if (!path.equals("ports") && mapping.get("target").isEmpty()) {
        key.append(mapping.get("source").map(ServiceMerge::text).orElse(""));
      }
      return key.toString();
    }
    return "";
  }

  private static String text(Merged merged) {
    return merged instanceof Merged.Scalar scalar ? scalar.value() : "";
  }
}
