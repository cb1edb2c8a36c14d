package dev.composefix.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
        listAt(added, a.target()).add(a);
      } else if (intent instanceof Intent.ItemAppended i) {
        listAt(appended, i.target()).add(i.value());
      } else if (intent instanceof Intent.ItemInserted i) {
        listAt(inserted, i.target()).add(i);
      } else if (intent instanceof Intent.ItemRemoved r) {
        Set<Integer> indexes = removed.get(r.target());
        if (indexes == null) {
          indexes = new HashSet<>();
          removed.put(r.target(), indexes);
        }
        indexes.add(r.index());
      }
    }
  }

  /**
   * Reads the data of nodes as written. Its tables stay empty and are only ever read, so one serves
   * every call and every thread: five empty tables made for every read (the image of every service
   * is read) were 2.5% of what a check allocated.
   */
  private static final YamlData AS_WRITTEN = new YamlData(List.of());

  /** The data of a document's root; null for an empty document. */
  public static Object of(YDocument document) {
    return of(document, List.of());
  }

  /** The data the document would have with the intents carried out. */
  public static Object of(YDocument document, List<Intent> intents) {
    Optional<YNode> root = document.root();
    if (root.isEmpty()) {
      return null;
    }
    return (intents.isEmpty() ? AS_WRITTEN : new YamlData(intents)).build(root.get());
  }

  public static Object of(YNode node) {
    return AS_WRITTEN.build(node);
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

  private static <T> List<T> listAt(Map<YNode, List<T>> lists, YNode target) {
    List<T> list = lists.get(target);
    if (list == null) {
      list = new ArrayList<>();
      lists.put(target, list);
    }
    return list;
  }

  private Map<Object, Object> mapping(YMapping mapping) {
    Map<Object, Object> own = new LinkedHashMap<>();
    if (!mapping.mergesKeys()) {
      // Without merge keys the mapping is its own entries: one map, not two.
      for (YEntry entry : mapping.entries()) {
        own.put(build(entry.key()), build(entry.value()));
      }
      addEntries(own, mapping);
      return own;
    }
    Map<Object, Object> merged = new LinkedHashMap<>();
    for (YEntry entry : mapping.entries()) {
      Object value = build(entry.value());
      if (entry.isMergeKey() && mergeInto(merged, value)) {
        continue;
      }
      own.put(build(entry.key()), value);
    }
    addEntries(own, mapping);
    merged.putAll(own);
    return merged;
  }

  private void addEntries(Map<Object, Object> own, YMapping mapping) {
    for (Intent.EntryAdded entry : added.getOrDefault(mapping, List.of())) {
      own.put(entry.key(), entry.value());
    }
  }

  /** Applies a merge value; false when it is not a mapping or a list of mappings. */
  private static boolean mergeInto(Map<Object, Object> merged, Object value) {
    if (value instanceof Map<?, ?> source) {
      putAbsent(merged, source);
      return true;
    }
    if (!(value instanceof List<?> sources)) {
      return false;
    }
    for (Object source : sources) {
      if (!(source instanceof Map<?, ?>)) {
        return false;
      }
    }
    for (Object source : sources) {
      putAbsent(merged, (Map<?, ?>) source);
    }
    return true;
  }

  private static void putAbsent(Map<Object, Object> merged, Map<?, ?> source) {
    for (Map.Entry<?, ?> entry : source.entrySet()) {
      merged.putIfAbsent(entry.getKey(), entry.getValue());
    }
  }
}
