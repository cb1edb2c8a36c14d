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
  private final IndentStyle indentStyle;
  private final List<YScalar> dollarValues;

  YDocument(
      SourceText source,
      YNode root,
      List<YComment> comments,
      List<YAlias> aliases,
      int nodeCount,
      IndentStyle indentStyle,
      List<YScalar> dollarValues,
      ParserLimits limits) {
    this.nodeCount = nodeCount;
    this.indentStyle = indentStyle;
    this.dollarValues = List.copyOf(dollarValues);
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
   * The scalars of the tree that are not keys and whose text holds a {@code $}, in file order (an
   * anchored one once, where it is written), listed as they were parsed: a rule that looks for
   * interpolation reads these instead of walking every node of the file.
   */
  public List<YScalar> dollarValues() {
    return dollarValues;
  }

  /**
   * How this file indents, counted while it was parsed and shared by every editor of the document
   * (each rule's editor, in every fix pass, once read it again).
   */
  public IndentStyle indentStyle() {
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
    // Without aliases nothing is shared, and most files have none.
    if (root == null || aliases.isEmpty()) {
      return owners;
    }
    // Only the nodes inside an anchored node that aliases use have an owner, so only those
    // subtrees are walked, not the whole file: each from its own anchor, stopping at a nested
    // shared anchor, whose own walk gives its nodes the innermost owner.
    List<YNode> pending = new ArrayList<>();
    for (YAlias alias : aliases) {
      YNode anchored = alias.target();
      if (!isShared(anchored) || owners.containsKey(anchored)) {
        continue;
      }
      pending.add(anchored);
      while (!pending.isEmpty()) {
        YNode node = pending.remove(pending.size() - 1);
        if (node != anchored && isShared(node)) {
          continue;
        }
        owners.put(node, anchored);
        if (node instanceof YMapping mapping) {
          List<YEntry> entries = mapping.entries();
          for (int i = 0; i < entries.size(); i++) {
            pending.add(entries.get(i).key());
            pending.add(entries.get(i).value());
          }
        } else if (node instanceof YSequence sequence) {
          pending.addAll(sequence.items());
        }
      }
    }
    return owners;
  }

  private boolean isShared(YNode node) {
    return node.anchor().isPresent() && aliasCount(node) > 0;
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
