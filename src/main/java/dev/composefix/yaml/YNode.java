package dev.composefix.yaml;

import dev.composefix.text.TextRange;
import java.util.Optional;

/**
 * A node of the YAML tree with its real source span. The span covers the node's content only: an
 * anchor ({@code &x}) or tag in front of it is excluded, and a block collection ends with its last
 * child, not at the comments and blank lines the parser counts into it.
 */
public sealed interface YNode permits NodeBase {

  TextRange span();

  /**
   * Where the node's text begins with its anchor and tag, e.g. at {@code &hc}; the span's start
   * when it has neither.
   */
  int declarationStart();

  /** The anchor defined on this node, without the {@code &}. */
  Optional<String> anchor();

  /** The explicit tag written on this node, if any. */
  Optional<String> explicitTag();

  /** True when the node sits inside a flow collection, where {@code ,[]{}} end a plain scalar. */
  boolean inFlow();
}
