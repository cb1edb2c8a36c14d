package dev.composefix.yaml;

import dev.composefix.text.TextRange;
import java.util.Optional;

/**
 * What mappings and sequences share: style, properties, and a span closed when the parser leaves
 * them.
 */
public abstract sealed class YCollection implements YNode permits YMapping, YSequence {

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

  YCollection(
      int start,
      boolean flow,
      String anchor,
      String explicitTag,
      boolean inFlow,
      int declarationStart) {
    this.start = start;
    this.flow = flow;
    this.anchor = anchor;
    this.explicitTag = explicitTag;
    this.inFlow = inFlow;
    this.declarationStart = Math.min(declarationStart, start);
  }

  int startOffset() {
    return start;
  }

  void close(int end) {
    this.end = end;
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
}
