package dev.composefix.yaml;

import dev.composefix.text.TextRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A mapping in block or flow style, with its entries in source order (merge keys included). */
public final class YMapping implements YNode {

  private final List<YEntry> entries = new ArrayList<>();
  private final boolean flow;
  private final String anchor;
  private final String explicitTag;
  private final boolean inFlow;
  private final int start;
  private final int declarationStart;
  private int end = -1;
  /** Nodes and depth this collection stands for once aliases are expanded; set when it closes. */
  long expandedSize;
  int expandedDepth;

  YMapping(int start, boolean flow, String anchor, String explicitTag, boolean inFlow, int declarationStart) {
    this.start = start;
    this.declarationStart = Math.min(declarationStart, start);
    this.flow = flow;
    this.anchor = anchor;
    this.explicitTag = explicitTag;
    this.inFlow = inFlow;
  }

  void add(YEntry entry) {
    entries.add(entry);
  }

  int startOffset() {
    return start;
  }

  void close(int end) {
    this.end = end;
  }

  public List<YEntry> entries() {
    return Collections.unmodifiableList(entries);
  }

  public boolean isFlow() {
    return flow;
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
  public TextRange span() {
    return new TextRange(start, end);
  }

  @Override
  public int declarationStart() {
    return declarationStart;
  }

  @Override
  public Optional<String> anchor() {
    return Optional.ofNullable(anchor);
  }

  @Override
  public Optional<String> explicitTag() {
    return Optional.ofNullable(explicitTag);
  }

  @Override
  public boolean inFlow() {
    return inFlow;
  }

  @Override
  public String toString() {
    return "YMapping[" + (flow ? "flow " : "block ") + entries.size() + " entries " + span() + "]";
  }
}
