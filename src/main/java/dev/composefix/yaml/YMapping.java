package dev.composefix.yaml;

import java.util.List;
import java.util.Optional;

/** A mapping in block or flow style, with its entries in source order (merge keys included). */
public final class YMapping extends YCollection<YEntry> {

  YMapping(int start, boolean flow, NodeProperties properties) {
    super(start, flow, properties);
  }

  public List<YEntry> entries() {
    return children();
  }

  /** The entry whose key is written here as {@code key}, ignoring merged-in keys. */
  public Optional<YEntry> ownEntry(String key) {
    for (YEntry entry : children()) {
      if (!entry.isMergeKey() && key.equals(entry.keyText())) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  @Override
  String childNoun() {
    return "entries";
  }
}
