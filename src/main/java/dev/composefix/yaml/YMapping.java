package dev.composefix.yaml;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A mapping in block or flow style, with its entries in source order (merge keys included). */
public final class YMapping extends YCollection<YEntry> {

  YMapping(int start, boolean flow, NodeProperties properties) {
    super(start, flow, properties);
  }

  public List<YEntry> entries() {
    return children();
  }

  /** Mappings this large are looked up through an index, not entry by entry. */
  private static final int INDEXED_FROM = 16;

  /** The first entry of each key, as of {@code size} entries; final fields publish it safely. */
  private static final class KeyIndex {
    final int size;
    final Map<String, YEntry> entries;

    KeyIndex(int size, Map<String, YEntry> entries) {
      this.size = size;
      this.entries = entries;
    }
  }

  // Built on the first look-up in a large mapping: looking each of 3,000 services up in
  // `services:` entry by entry made a check grow with the square of the file.
  private KeyIndex index;

  /** The entry whose key is written here as {@code key}, ignoring merged-in keys. */
  public Optional<YEntry> ownEntry(String key) {
    List<YEntry> entries = children();
    if (entries.size() < INDEXED_FROM) {
      for (YEntry entry : entries) {
        if (!entry.isMergeKey() && key.equals(entry.keyText())) {
          return Optional.of(entry);
        }
      }
      return Optional.empty();
    }
    KeyIndex current = index;
    if (current == null || current.size != entries.size()) {
      Map<String, YEntry> byKey = new HashMap<>();
      for (YEntry entry : entries) {
        if (!entry.isMergeKey() && entry.keyText() != null) {
          byKey.putIfAbsent(entry.keyText(), entry);
        }
      }
      current = new KeyIndex(entries.size(), byKey);
      index = current;
    }
    return Optional.ofNullable(current.entries.get(key));
  }

  @Override
  String childNoun() {
    return "entries";
  }
}
