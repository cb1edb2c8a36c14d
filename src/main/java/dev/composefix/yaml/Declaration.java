package dev.composefix.yaml;

/**
 * What the parser read in front of a node, handed to the node when it is made; the node keeps the
 * values as fields of its own, not this object.
 *
 * @param anchor the anchor without its {@code &}, or null
 * @param explicitTag the tag written on the node, or null
 * @param start where the declaration begins, at its anchor or tag when it has one
 * @param inFlow whether the node sits inside a flow collection
 */
record Declaration(String anchor, String explicitTag, int start, boolean inFlow) {

  /** The declaration of a node whose text begins at {@code contentStart}, if that is earlier. */
  int startBefore(int contentStart) {
    return Math.min(start, contentStart);
  }
}
