package dev.composefix.yaml;

import dev.composefix.text.TextRange;

/** A node without children, a scalar or an alias: its span and properties are fixed when made. */
abstract sealed class YLeaf implements YNode permits YScalar, YAlias {

  private final TextRange span;
  private final NodeProperties properties;

  YLeaf(TextRange span, NodeProperties properties) {
    this.span = span;
    this.properties = properties;
  }

  @Override
  public final TextRange span() {
    return span;
  }

  @Override
  public final NodeProperties properties() {
    return properties;
  }
}
