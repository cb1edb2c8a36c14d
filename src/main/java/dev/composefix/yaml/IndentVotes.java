package dev.composefix.yaml;

import dev.composefix.text.SourceText;

/**
 * Counts how a file's block collections indent, one collection at a time as the parser closes it,
 * while its nodes and its lines are still in the processor's cache. Read afterwards by a walk over
 * the finished tree, a large file's nodes had left the cache and the walk cost a tenth of a check.
 */
final class IndentVotes {

  /** Wider indentations are taken for alignment, not for a habit of the file. */
  private static final int WIDEST = 16;

  private final SourceText source;
  private final int[] mapping = new int[WIDEST + 1];
  private final int[] sequence = new int[WIDEST + 1];
  private final int[] item = new int[WIDEST + 1];

  IndentVotes(SourceText source) {
    this.source = source;
  }

  /**
   * Counts a closed block collection: for a mapping, the columns from each key to a nested block
   * collection on a later line; for a sequence, the columns from each item's dash to its content.
   */
  void count(YCollection<?> closed) {
    if (closed instanceof YMapping block) {
      for (YEntry entry : block.entries()) {
        if (entry.value() instanceof YCollection<?> child
            && !child.isFlow()
            && !child.children().isEmpty()
            && source.lineIndexOf(child.startOffset())
                > source.lineIndexOf(entry.key().span().start())) {
          int columns =
              source.indentColumn(child.startOffset())
                  - source.indentColumn(entry.key().declarationStart());
          if (child instanceof YMapping) {
            vote(mapping, columns, 1);
          } else {
            vote(sequence, columns, 0);
          }
        }
      }
    } else {
      for (YNode content : ((YSequence) closed).items()) {
        int dash = dashBefore(content.span().start());
        if (dash >= 0) {
          vote(item, content.span().start() - dash, 2);
        }
      }
    }
  }

  /** The most common layout of each kind; a tie goes to the narrower one. */
  IndentStyle style() {
    int mappingIndent = mostCommon(mapping, IndentStyle.DEFAULT.mappingIndent());
    return new IndentStyle(
        mappingIndent,
        mostCommon(sequence, mappingIndent),
        mostCommon(item, IndentStyle.DEFAULT.itemOffset()));
  }

  /** The offset of the {@code -} that introduces an item on the item's own line, or -1. */
  private int dashBefore(int itemStart) {
    int lineStart = source.lineStart(source.lineIndexOf(itemStart));
    int i = itemStart - 1;
    while (i >= lineStart && source.charAt(i) == ' ') {
      i--;
    }
    return i >= lineStart && source.charAt(i) == '-' ? i : -1;
  }

  private static void vote(int[] votes, int columns, int minimum) {
    if (columns >= minimum && columns <= WIDEST) {
      votes[columns]++;
    }
  }

  private static int mostCommon(int[] votes, int none) {
    int best = none;
    int bestCount = 0;
    // Ascending, and only a strictly higher count replaces: a tie goes to the narrower layout.
    for (int columns = 0; columns < votes.length; columns++) {
      if (votes[columns] > bestCount) {
        best = columns;
        bestCount = votes[columns];
      }
    }
    return best;
  }
}
