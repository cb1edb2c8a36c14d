package dev.composefix.yaml;

import java.util.Optional;

/**
 * What every node carries besides its content: the anchor and tag written in front of it, where
 * that declaration begins, and whether it sits inside a flow collection. They are fields of the
 * node rather than an object of their own, because a document holds one set per node and most nodes
 * have neither anchor nor tag.
 */
abstract sealed class NodeBase implements YNode permits YLeaf, YCollection {

  private final String anchor;
  private final String explicitTag;
  private final int declarationStart;
  private final boolean inFlow;

  /**
   * @param contentStart where the node's own text begins; the declaration starts there when the
   *     parser marked it later
   */
  NodeBase(Declaration declaration, int contentStart) {
    this.anchor = declaration.anchor();
    this.explicitTag = declaration.explicitTag();
    this.declarationStart = declaration.startBefore(contentStart);
    this.inFlow = declaration.inFlow();
  }

  @Override
  public final int declarationStart() {
    return declarationStart;
  }

  @Override
  public final Optional<String> anchor() {
    return Optional.ofNullable(anchor);
  }

  @Override
  public final Optional<String> explicitTag() {
    return Optional.ofNullable(explicitTag);
  }

  /** The tag written on the node, or null; for copies of the node with another span. */
  final String explicitTagOrNull() {
    return explicitTag;
  }

  final String anchorOrNull() {
    return anchor;
  }

  @Override
  public final boolean inFlow() {
    return inFlow;
  }
}
