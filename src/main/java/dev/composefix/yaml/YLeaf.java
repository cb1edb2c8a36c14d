package dev.composefix.yaml;

import dev.composefix.text.TextRange;

/**
 * A node without children, a scalar or an alias: its span and properties are fixed when made. The
 * span is kept as two offsets rather than a range object, one object fewer per leaf of a document.
 */
abstract sealed class YLeaf extends NodeBase permits YScalar, YAlias {

  private final int start;
  private final int end;

  YLeaf(int start, int end, Declaration declaration) {
    super(declaration, start);
    this.start = start;
    this.end = end;
  }

  @Override
  public final TextRange span() {
    return new TextRange(start, end);
  }
}
