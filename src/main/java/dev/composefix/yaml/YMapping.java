package dev.composefix.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A mapping in block or flow style, with its entries in source order (merge keys included). */
public final class YMapping extends YCollection {

  private final List<YEntry> entries = new ArrayList<>();

  YMapping(
      int start,
      boolean flow,
      String anchor,
      String explicitTag,
      boolean inFlow,
      int declarationStart) {
    super(start, flow, anchor, explicitTag, inFlow, declarationStart);
  }

  void add(YEntry entry) {
    entries.add(entry);
  }

  public List<YEntry> entries() {
    return Collections.unmodifiableList(entries);
  }

  /** The entry whose key is written here as {@code key}, ignoring merged-in keys. */
  public Optional<YEntry> ownEntry(String key) {
    for (YEntry entry : entries) {
      if (!entry.isMergeKey() && key.equals(entry.keyText())) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "YMapping["
        + (isFlow() ? "flow " : "block ")
        + entries.size()
        + " entries "
        + span()
        + "]";
  }
}
