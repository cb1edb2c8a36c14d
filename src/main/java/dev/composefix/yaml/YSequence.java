package dev.composefix.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A sequence in block or flow style. */
public final class YSequence extends YCollection {

  private final List<YNode> items = new ArrayList<>();

  YSequence(
      int start,
      boolean flow,
      String anchor,
      String explicitTag,
      boolean inFlow,
      int declarationStart) {
    super(start, flow, anchor, explicitTag, inFlow, declarationStart);
  }

  void add(YNode item) {
    items.add(item);
  }

  public List<YNode> items() {
    return Collections.unmodifiableList(items);
  }

  @Override
  public String toString() {
    return "YSequence[" + (isFlow() ? "flow " : "block ") + items.size() + " items " + span() + "]";
  }
}
