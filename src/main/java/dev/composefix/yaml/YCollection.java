package dev.composefix.yaml;

import dev.composefix.text.TextRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What mappings and sequences share: style, properties, and a span closed when the parser leaves
 * them.
 */
public abstract sealed class YCollection<C> implements YNode permits YMapping, YSequence {

  private final List<C> children = new ArrayList<>();

  private final boolean flow;
  private final NodeProperties properties;
  private final int start;
  private int end = -1;

  /** Nodes and depth this collection stands for once aliases are expanded; set when it closes. */
  long expandedSize;

  int expandedDepth;

  YCollection(int start, boolean flow, NodeProperties properties) {
    this.start = start;
    this.flow = flow;
    this.properties = properties.startingAt(start);
  }

  void add(C child) {
    children.add(child);
  }

  /** Its entries or items, in order. */
  List<C> children() {
    return Collections.unmodifiableList(children);
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
  public NodeProperties properties() {
    return properties;
  }

  /** What a child is called in {@link #toString}: entries or items. */
  abstract String childNoun();

  @Override
  public String toString() {
    return getClass().getSimpleName()
        + "["
        + (isFlow() ? "flow " : "block ")
        + children().size()
        + " "
        + childNoun()
        + " "
        + span()
        + "]";
  }
}
