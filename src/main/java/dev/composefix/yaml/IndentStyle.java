package dev.composefix.yaml;

/**
 * How a file indents, read from its own block collections so that inserted blocks look as if the
 * author wrote them: the most common layout of each kind, counted by {@link IndentVotes}.
 *
 * @param mappingIndent columns a nested mapping's keys sit right of their parent key
 * @param sequenceIndent columns a sequence's dashes sit right of their parent key; 0 when the file
 *     writes sequences flush with their key
 * @param itemOffset columns from a dash to its item's content
 */
public record IndentStyle(int mappingIndent, int sequenceIndent, int itemOffset) {

  public static final IndentStyle DEFAULT = new IndentStyle(2, 2, 2);
}
