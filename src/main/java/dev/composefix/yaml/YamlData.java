package dev.composefix.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The data a document stands for, as Compose reads it: aliases expanded, merge keys applied,
 * scalars kept as (resolved tag, text). Comparing two such values compares what the files mean,
 * whatever their layout.
 */
public final class YamlData {

  /** A scalar's data: its resolved tag and its value. */
  public record Scalar(String tag, String value) {

    public static Scalar string(String value) {
      return new Scalar(YamlTags.STR, value);
    }

    public static Scalar plain(String value) {
      return new Scalar(YamlParser.resolvePlain(value), value);
    }

    // Written out: a record's generated equals and hashCode are linked at run time, which cost
    // a cold run a dozen spun classes that no class-data archive holds.
    @Override
    public boolean equals(Object other) {
      return other instanceof Scalar scalar
          && Objects.equals(tag, scalar.tag)
          && Objects.equals(value, scalar.value);
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(tag) + Objects.hashCode(value);
    }

    @Override
    public String toString() {
      return "Scalar[tag=" + tag + ", value=" + value + "]";
    }
  }

  private final Map<YNode, Object> replaced = new IdentityHashMap<>();
  private final Map<YNode, List<Intent.EntryAdded>> added = new IdentityHashMap<>();
  private final Map<YNode, List<Object>> appended = new IdentityHashMap<>();
  private final Map<YNode, List<Intent.ItemInserted>> inserted = new IdentityHashMap<>();
  private final Map<YNode, Set<Integer>> removed = new IdentityHashMap<>();

  private YamlData(List<Intent> intents) {
    for (Intent intent : intents) {
      if (intent instanceof Intent.NodeReplaced r) {
        replaced.put(r.target(), r.value());
      } else if (intent instanceof Intent.EntryAdded a) {
        added.computeIfAbsent(a.target(), k -> new ArrayList<>()).add(a);
      } else if (intent instanceof Intent.ItemAppended i) {
        appended.computeIfAbsent(i.target(), k -> new ArrayList<>()).add(i.value());
      } else if (intent instanceof Intent.ItemInserted i) {
        inserted.computeIfAbsent(i.target(), k -> new ArrayList<>()).add(i);
      } else if (intent instanceof Intent.ItemRemoved r) {
        removed.computeIfAbsent(r.target(), k -> new HashSet<>()).add(r.index());
      }
    }
  }

  /** The data of a document's root; null for an empty document. */
  public static Object of(YDocument document) {
    return of(document, List.of());
  }

  /** The data the document would have with the intents carried out. */
  public static Object of(YDocument document, List<Intent> intents) {
    return document.root().map(root -> new YamlData(intents).build(root)).orElse(null);
  }

  public static Object of(YNode node) {
    return new YamlData(List.of()).build(node);
  }

  private Object build(YNode node) {
    YNode target = Mappings.resolve(node);
    Object replacement = replaced.get(target);
    if (replacement != null) {
      return replacement;
    }
    if (target instanceof YScalar scalar) {
      return new Scalar(scalar.resolvedTag(), scalar.value());
    }
    if (target instanceof YSequence sequence) {
      List<Object> items = new ArrayList<>(sequence.items().size());
      List<Intent.ItemInserted> insertions = inserted.getOrDefault(sequence, List.of());
      Set<Integer> removals = removed.getOrDefault(sequence, Set.of());
      for (int i = 0; i <= sequence.items().size(); i++) {
        for (Intent.ItemInserted insertion : insertions) {
          if (insertion.index() == i) {
            items.add(insertion.value());
          }
        }
        if (i < sequence.items().size() && !removals.contains(i)) {
          items.add(build(sequence.items().get(i)));
        }
      }
      items.addAll(appended.getOrDefault(sequence, List.of()));
      return items;
    }
    return mapping((YMapping) target);
  }

  private Map<Object, Object> mapping(YMapping mapping) {
    Map<Object, Object> merged = new LinkedHashMap<>();
    Map<Object, Object> own = new LinkedHashMap<>();
    for (YEntry entry : mapping.entries()) {
      Object value = build(entry.value());
      if (entry.isMergeKey() && mergeInto(merged, value)) {
        continue;
      }
      own.put(build(entry.key()), value);
    }
    for (Intent.EntryAdded entry : added.getOrDefault(mapping, List.of())) {
      own.put(entry.key(), entry.value());
    }
    merged.putAll(own);
    return merged;
  }

  /** Applies a merge value; false when it is not a mapping or a list of mappings. */
  private static boolean mergeInto(Map<Object, Object> merged, Object value) {
    if (value instanceof Map<?, ?> source) {
      source.forEach(merged::putIfAbsent);
      return true;
    }
    if (value instanceof List<?> sources && sources.stream().allMatch(Map.class::isInstance)) {
      for (Object source : sources) {
        ((Map<?, ?>) source).forEach(merged::putIfAbsent);
      }
      return true;
    }
    return false;
  }
}
