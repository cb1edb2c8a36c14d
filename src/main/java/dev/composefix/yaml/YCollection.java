package dev.composefix.yaml;

import dev.composefix.text.TextRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What mappings and sequences share: style, properties, and a span closed when the parser leaves
 * them.
 */
public abstract sealed class YCollection<C> extends NodeBase permits YMapping, YSequence {

  // Filled while the parser is inside the collection, then frozen into a compact list: a growable
  // list keeps room for ten children, and most collections of a Compose file hold two or three.
  private ArrayList<C> growing = new ArrayList<>();
  private List<C> children;

  private final boolean flow;
  private final int start;
  private int end = -1;

  /** Nodes and depth this collection stands for once aliases are expanded; set when it closes. */
  long expandedSize;

  int expandedDepth;

  YCollection(int start, boolean flow, Declaration declaration) {
    super(declaration, start);
    this.start = start;
    this.flow = flow;
  }

  void add(C child) {
    growing.add(child);
  }

  /** Its entries or items, in order. */
  List<C> children() {
    return children != null ? children : Collections.unmodifiableList(growing);
  }

  int startOffset() {
    return start;
  }

  void close(int end) {
    this.end = end;
    children = List.copyOf(growing);
    growing = null;
  }

  public boolean isFlow() {
    return flow;
  }

  @Override
  public TextRange span() {
    return new TextRange(start, end);
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
