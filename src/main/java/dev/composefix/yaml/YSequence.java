package dev.composefix.yaml;

import java.util.List;

/** A sequence in block or flow style. */
public final class YSequence extends YCollection<YNode> {

  YSequence(int start, boolean flow, Declaration declaration) {
    super(start, flow, declaration);
  }

  public List<YNode> items() {
    return children();
  }

  @Override
  String childNoun() {
    return "items";
  }
}
