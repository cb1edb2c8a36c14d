package dev.composefix.yaml;

import dev.composefix.text.SourceText;
import dev.composefix.text.Tally;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How a file indents, read from its own block collections so that inserted blocks look as if the
 * author wrote them.
 *
 * @param mappingIndent columns a nested mapping's keys sit right of their parent key
 * @param sequenceIndent columns a sequence's dashes sit right of their parent key; 0 when the file
 *     writes sequences flush with their key
 * @param itemOffset columns from a dash to its item's content
 */
public record IndentStyle(int mappingIndent, int sequenceIndent, int itemOffset) {

  public static final IndentStyle DEFAULT = new IndentStyle(2, 2, 2);

  /** Takes the most common layout of each kind; a tie goes to the narrower one. */
  public static IndentStyle detect(YDocument document) {
    if (document.root().isEmpty()) {
      return DEFAULT;
    }
    SourceText source = document.source();
    Tally<Integer> mappingVotes = Tally.tiesToSmallest();
    Tally<Integer> sequenceVotes = Tally.tiesToSmallest();
    Tally<Integer> itemVotes = Tally.tiesToSmallest();
    Deque<YNode> pending = new ArrayDeque<>();
    pending.push(document.root().get());
    while (!pending.isEmpty()) {
      YNode node = pending.pop();
      if (node instanceof YMapping mapping && !mapping.isFlow()) {
        for (YEntry entry : mapping.entries()) {
          int keyColumn = source.indentColumn(entry.key().declarationStart());
          YNode value = entry.value();
          if (value instanceof YMapping child
              && !child.isFlow()
              && !child.entries().isEmpty()
              && source.lineIndexOf(child.span().start())
                  > source.lineIndexOf(entry.key().span().start())) {
            vote(mappingVotes, source.indentColumn(child.span().start()) - keyColumn, 1);
          } else if (value instanceof YSequence child
              && !child.isFlow()
              && !child.items().isEmpty()
              && source.lineIndexOf(child.span().start())
                  > source.lineIndexOf(entry.key().span().start())) {
            vote(sequenceVotes, source.indentColumn(child.span().start()) - keyColumn, 0);
          }
          pending.push(value);
        }
      } else if (node instanceof YSequence sequence && !sequence.isFlow()) {
        for (YNode item : sequence.items()) {
          int dash = dashBefore(source, item.span().start());
          if (dash >= 0) {
            vote(itemVotes, item.span().start() - dash, 2);
          }
          pending.push(item);
        }
      }
    }
    int mapping = mappingVotes.mostCommon().orElse(DEFAULT.mappingIndent());
    return new IndentStyle(
        mapping,
        sequenceVotes.mostCommon().orElse(mapping),
        itemVotes.mostCommon().orElse(DEFAULT.itemOffset()));
  }

  /** The offset of the {@code -} that introduces an item on the item's own line, or -1. */
  private static int dashBefore(SourceText source, int itemStart) {
    int lineStart = source.lineStart(source.lineIndexOf(itemStart));
    int i = itemStart - 1;
    while (i >= lineStart && source.charAt(i) == ' ') {
      i--;
    }
    return i >= lineStart && source.charAt(i) == '-' ? i : -1;
  }

  private static void vote(Tally<Integer> votes, int columns, int minimum) {
    if (columns >= minimum && columns <= 16) {
      votes.add(columns);
    }
  }
}
