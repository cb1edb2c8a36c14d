package dev.composefix.yaml;

import dev.composefix.text.TextRange;

/**
 * An alias ({@code *name}) at its own position in the source. The parser's composed tree would hand
 * back the anchor's node and marks instead, so aliases are kept as nodes of their own.
 */
public final class YAlias extends YLeaf {

  private final String name;
  private final YNode target;

  YAlias(String name, YNode target, TextRange span, boolean inFlow) {
    super(span.start(), span.end(), new Declaration(null, null, span.start(), inFlow));
    this.name = name;
    this.target = target;
  }

  public String name() {
    return name;
  }

  /** The anchored node this alias stands for; never itself an alias. */
  public YNode target() {
    return target;
  }

  @Override
  public String toString() {
    return "YAlias[*" + name + " " + span() + "]";
  }
}
