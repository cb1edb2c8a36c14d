package dev.composefix.yaml;

import dev.composefix.text.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One parsed file: the source, its node tree, its comments and where its aliases stand. */
public final class YDocument {

  private final SourceText source;
  private final YNode root;
  private final List<YComment> comments;
  private final List<YAlias> aliases;
  private final ParserLimits limits;
  private final int nodeCount;
  private Map<YNode, Integer> aliasCounts;
  private Map<YNode, YNode> sharedAnchors;
  private IndentStyle indentStyle;

  YDocument(
      SourceText source,
      YNode root,
      List<YComment> comments,
      List<YAlias> aliases,
      int nodeCount,
      ParserLimits limits) {
    this.nodeCount = nodeCount;
    this.source = source;
    this.root = root;
    this.comments = List.copyOf(comments);
    this.aliases = List.copyOf(aliases);
    this.limits = limits;
  }

  public SourceText source() {
    return source;
  }

  /** The root node; empty for a file with no content (empty, or comments only). */
  public Optional<YNode> root() {
    return Optional.ofNullable(root);
  }

  public List<YComment> comments() {
    return comments;
  }

  public List<YAlias> aliases() {
    return aliases;
  }

  public ParserLimits limits() {
    return limits;
  }

  /**
   * How many nodes the tree has as written (an alias counts once), for sizing a table of them up
   * front rather than growing it node by node.
   */
  public int nodeCount() {
    return nodeCount;
  }

  /**
   * How this file indents, read once for every editor of the document: reading it walks the whole
   * tree, and each rule's editor read it again, in every fix pass.
   */
  public IndentStyle indentStyle() {
    if (indentStyle == null) {
      indentStyle = IndentStyle.detect(this);
    }
    return indentStyle;
  }

  /**
   * The innermost node around {@code node} (itself included) that carries an anchor some alias
   * refers to. An edit inside it changes every place those aliases stand.
   */
  public Optional<YNode> sharedAnchorOf(YNode node) {
    if (sharedAnchors == null) {
      sharedAnchors = findSharedAnchors();
    }
    return Optional.ofNullable(sharedAnchors.get(node));
  }

  private Map<YNode, YNode> findSharedAnchors() {
    Map<YNode, YNode> owners = new IdentityHashMap<>();
    // Without aliases nothing is shared, and most files have none: skip the walk over the tree.
    if (root == null || aliases.isEmpty()) {
      return owners;
    }
    // Two stacks side by side, a node and the anchor around it (null for none), rather than a
    // pair made for every node of the file.
    List<YNode> nodes = new ArrayList<>();
    List<YNode> around = new ArrayList<>();
    nodes.add(root);
    around.add(null);
    while (!nodes.isEmpty()) {
      YNode node = nodes.remove(nodes.size() - 1);
      YNode outer = around.remove(around.size() - 1);
      YNode owner = node.anchor().isPresent() && aliasCount(node) > 0 ? node : outer;
      if (owner != null) {
        owners.put(node, owner);
      }
      if (node instanceof YMapping mapping) {
        List<YEntry> entries = mapping.entries();
        for (int i = 0; i < entries.size(); i++) {
          nodes.add(entries.get(i).key());
          around.add(owner);
          nodes.add(entries.get(i).value());
          around.add(owner);
        }
      } else if (node instanceof YSequence sequence) {
        List<YNode> items = sequence.items();
        for (int i = 0; i < items.size(); i++) {
          nodes.add(items.get(i));
          around.add(owner);
        }
      }
    }
    return owners;
  }

  /** How many aliases in the file refer to this anchored node. */
  public int aliasCount(YNode anchored) {
    if (aliasCounts == null) {
      Map<YNode, Integer> counts = new IdentityHashMap<>();
      for (YAlias alias : aliases) {
        Integer count = counts.get(alias.target());
        counts.put(alias.target(), count == null ? 1 : count + 1);
      }
      aliasCounts = Collections.unmodifiableMap(counts);
    }
    return aliasCounts.getOrDefault(anchored, 0);
  }
}
