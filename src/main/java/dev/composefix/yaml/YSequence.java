package dev.composefix.yaml;

import java.util.List;

/** A sequence in block or flow style. */
public final class YSequence extends YCollection<YNode> {

  YSequence(
      int start,
      boolean flow,
      String anchor,
      String explicitTag,
      int declarationStart,
      boolean inFlow) {
    super(start, flow, anchor, explicitTag, declarationStart, inFlow);
  }

  public List<YNode> items() {
    return children();
  }

  @Override
  String childNoun() {
    return "items";
  }
}
