package dev.composefix.yaml;

/**
 * What an edit means for the document's data. The fix loop checks, after every pass, that the new
 * document's data equals the old data with exactly these intents applied.
 */
public sealed interface Intent
    permits Intent.EntryAdded,
        Intent.NodeReplaced,
        Intent.ItemAppended,
        Intent.ItemInserted,
        Intent.ItemRemoved {

  /** A key the mapping gains; data as {@link YamlData} builds it. */
  record EntryAdded(YMapping target, Object key, Object value) implements Intent {}

  /** A node whose data becomes {@code value}, wherever it is reached from. */
  record NodeReplaced(YNode target, Object value) implements Intent {}

  /** An item appended to a sequence. */
  record ItemAppended(YSequence target, Object value) implements Intent {}

  /** An item inserted before the item at {@code index} of the sequence as written. */
  record ItemInserted(YSequence target, int index, Object value) implements Intent {}

  /** The item at {@code index} of the sequence as written, removed. */
  record ItemRemoved(YSequence target, int index) implements Intent {}
}
