package dev.composefix.yaml;

import dev.composefix.text.TextRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A sequence in block or flow style. */
public final class YSequence implements YNode {

  private final List<YNode> items = new ArrayList<>();
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

  YSequence(int start, boolean flow, String anchor, String explicitTag, boolean inFlow, int declarationStart) {
    this.start = start;
    this.declarationStart = Math.min(declarationStart, start);
    this.flow = flow;
    this.anchor = anchor;
    this.explicitTag = explicitTag;
    this.inFlow = inFlow;
  }

  void add(YNode item) {
    items.add(item);
  }

  int startOffset() {
    return start;
  }

  void close(int end) {
    this.end = end;
  }

  public List<YNode> items() {
    return Collections.unmodifiableList(items);
  }

  public boolean isFlow() {
    return flow;
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
    return "YSequence[" + (flow ? "flow " : "block ") + items.size() + " items " + span() + "]";
  }
}
