package dev.composefix.yaml;

import java.util.List;

/** A sequence in block or flow style. */
public final class YSequence extends YCollection<YNode> {

  YSequence(int start, boolean flow, NodeProperties properties) {
    super(start, flow, properties);
  }

  public List<YNode> items() {
    return children();
  }

  @Override
  String childNoun() {
    return "items";
  }
}
