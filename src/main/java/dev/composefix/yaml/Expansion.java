package dev.composefix.yaml;

import java.util.List;

/**
 * What a node stands for once aliases are expanded: how many nodes and how deep. Computed once per
 * collection as it closes, from its children, so an alias bomb is caught in time linear in the
 * text, before anything expands it.
 */
final class Expansion {

  private Expansion() {}

  static long size(YNode node) {
    if (node instanceof YAlias alias) {
      return size(alias.target());
    }
    return node instanceof YCollection<?> collection ? collection.expandedSize : 1;
  }

  static int depth(YNode node) {
    if (node instanceof YAlias alias) {
      return depth(alias.target());
    }
    return node instanceof YCollection<?> collection ? collection.expandedDepth : 1;
  }

  /** Records the expansion of a collection that has just closed; throws past the limits. */
  static void measure(YCollection<?> collection, ParserLimits limits) throws InvalidYamlException {
    long size = 1;
    int depth = 0;
    List<YNode> children = children(collection);
    for (YNode child : children) {
      size += size(child);
      depth = Math.max(depth, depth(child));
    }
    depth++;
    if (size > limits.maxExpandedNodes()) {
      throw new InvalidYamlException(
          collection.span().start(),
          "aliases here expand to more than "
              + limits.maxExpandedNodes()
              + " nodes (an alias bomb?); raise the limit with --max-expanded-nodes if the file is"
              + " genuine");
    }
    if (depth > limits.maxDepth()) {
      throw new InvalidYamlException(
          collection.span().start(),
          "nesting, with aliases expanded, is deeper than "
              + limits.maxDepth()
              + " levels; raise the limit with --max-depth if the file is genuine");
    }
    collection.expandedSize = size;
    collection.expandedDepth = depth;
  }

  private static List<YNode> children(YCollection<?> collection) {
    if (collection instanceof YSequence sequence) {
      return sequence.items();
    }
    List<YEntry> entries = ((YMapping) collection).entries();
    YNode[] all = new YNode[entries.size() * 2];
    for (int i = 0; i < entries.size(); i++) {
      all[2 * i] = entries.get(i).key();
      all[2 * i + 1] = entries.get(i).value();
    }
    return List.of(all);
  }
}
