package dev.composefix.yaml;

import java.util.Optional;

/**
 * What YAML writes in front of a node, and where the node sits.
 *
 * @param anchor its anchor, without the {@code &}
 * @param explicitTag the tag written on it
 * @param inFlow whether it is inside a flow collection, where {@code ,[]{}} end a plain scalar
 * @param declarationStart where its text begins with its anchor and tag, e.g. at {@code &hc}
 */
public record NodeProperties(
    Optional<String> anchor, Optional<String> explicitTag, boolean inFlow, int declarationStart) {

  static NodeProperties of(String anchor, String explicitTag, boolean inFlow, int start) {
    return new NodeProperties(
        Optional.ofNullable(anchor), Optional.ofNullable(explicitTag), inFlow, start);
  }

  /** A node with no anchor or tag, declared where its text begins. */
  static NodeProperties plain(boolean inFlow, int start) {
    return new NodeProperties(Optional.empty(), Optional.empty(), inFlow, start);
  }

  /** The same properties for a node whose text begins at {@code start}. */
  NodeProperties startingAt(int start) {
    return new NodeProperties(anchor, explicitTag, inFlow, Math.min(declarationStart, start));
  }
}
