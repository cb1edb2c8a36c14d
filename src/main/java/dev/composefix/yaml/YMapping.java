package dev.composefix.yaml;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A mapping in block or flow style, with its entries in source order (merge keys included). */
public final class YMapping extends YCollection<YEntry> {

  YMapping(int start, boolean flow, Declaration declaration) {
    super(start, flow, declaration);
  }

  public List<YEntry> entries() {
    return children();
  }

  // Known once the mapping is closed: a key that is absent is then looked for in merged-in
  // mappings only when there are some, rather than by a second pass over every entry.
  private boolean mergesKeys;

  // The key texts in entry order, once closed. A look-up compares these few shared strings
  // rather than visiting every entry and key node, which in a large file are far apart in
  // memory; that made look-ups a growing share of a check as files grew.
  private String[] keyTexts;

  @Override
  void close(int end) {
    super.close(end);
    List<YEntry> entries = entries();
    keyTexts = new String[entries.size()];
    for (int i = 0; i < keyTexts.length; i++) {
      YEntry entry = entries.get(i);
      keyTexts[i] = entry.keyText();
      mergesKeys |= entry.isMergeKey();
    }
  }

  /** Whether a {@code <<} entry merges other mappings into this one. */
  public boolean mergesKeys() {
    return mergesKeys;
  }

  /** Mappings this large are looked up through an index, not entry by entry. */
  private static final int INDEXED_FROM = 16;

  /** The first entry of each key; a final field publishes it safely to other threads. */
  private static final class KeyIndex {
    final Map<String, YEntry> entries;

    KeyIndex(Map<String, YEntry> entries) {
      this.entries = entries;
    }
  }

  // Built on the first look-up in a large mapping: looking each of 3,000 services up in
  // `services:` entry by entry made a check grow with the square of the file.
  private KeyIndex index;

  /**
   * The entry whose key is written here as {@code key}, ignoring merged-in keys. Only a closed
   * mapping is looked up: the parser hands out no document before it has closed every mapping.
   */
  public Optional<YEntry> ownEntry(String key) {
    String[] keys = keyTexts;
    if (keys == null) {
      throw new IllegalStateException("a mapping is looked up before the parser closed it");
    }
    List<YEntry> entries = children();
    if (keys.length < INDEXED_FROM) {
      // The key first: most entries differ from it, and a merge key rarely matches.
      for (int i = 0; i < keys.length; i++) {
        if (key.equals(keys[i]) && !entries.get(i).isMergeKey()) {
          return Optional.of(entries.get(i));
        }
      }
      return Optional.empty();
    }
    KeyIndex current = index;
    if (current == null) {
      Map<String, YEntry> byKey = new HashMap<>();
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] != null && !entries.get(i).isMergeKey()) {
          byKey.putIfAbsent(keys[i], entries.get(i));
        }
      }
      current = new KeyIndex(byKey);
      index = current;
    }
    return Optional.ofNullable(current.entries.get(key));
  }

  @Override
  String childNoun() {
    return "entries";
  }
}
