package dev.composefix.yaml;

import dev.composefix.text.SourceText;
import dev.composefix.text.TextEdit;
import dev.composefix.text.TextRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Builds exact text edits against one parsed document. Every edit is placed from node spans;
 * nothing is searched for by line, and existing YAML is never written out again. Each change
 * carries the {@link Intent} it stands for, so the result can be checked against it.
 */
public final class YamlEditor {

  private final YDocument document;
  private final SourceText source;

  public YamlEditor(YDocument document) {
    this.document = document;
    this.source = document.source();
  }

  public YDocument document() {
    return document;
  }

  public IndentStyle indentStyle() {
    return document.indentStyle();
  }

  /** Adds {@code key: value} at the end of a mapping, in its own style and indentation. */
  public YamlChange insertEntry(YMapping mapping, String key, NewValue value)
      throws CannotEditException {
    if (mapping.ownEntry(key).isPresent()) {
      throw new CannotEditException("the mapping already has the key '" + key + "'");
    }
    Intent intent = new Intent.EntryAdded(mapping, YamlData.Scalar.string(key), value.data());
    TextEdit edit =
        mapping.isFlow()
            ? flowMappingInsert(mapping, key, value)
            : blockMappingInsert(mapping, key, value);
    return YamlChange.of(edit, intent);
  }

  /** Appends an item to a sequence, in its own style and indentation. */
  public YamlChange appendItem(YSequence sequence, NewValue value) throws CannotEditException {
    return appendItems(sequence, List.of(value));
  }

  /**
   * Appends items to a sequence in one edit, in order, in its own style and indentation; separate
   * appends would all insert at the same place, where their order is undefined.
   */
  public YamlChange appendItems(YSequence sequence, List<NewValue> values)
      throws CannotEditException {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("nothing to append");
    }
    List<Intent> intents = new ArrayList<>();
    for (NewValue value : values) {
      intents.add(new Intent.ItemAppended(sequence, value.data()));
    }
    if (sequence.isFlow()) {
      List<String> items = new ArrayList<>();
      for (NewValue value : values) {
        items.add(BlockWriter.inline(value, true));
      }
      TextEdit edit =
          flowAppend(sequence.span(), sequence.items(), '[', ']', String.join(", ", items));
      return new YamlChange(List.of(edit), intents);
    }
    int dashColumn = source.indentColumn(sequence.span().start());
    IndentStyle itemStyle =
        new IndentStyle(
            indentStyle().mappingIndent(), indentStyle().sequenceIndent(), itemOffset(sequence));
    BlockWriter writer = new BlockWriter(itemStyle);
    List<String> lines = new ArrayList<>();
    for (NewValue value : values) {
      lines.addAll(writer.itemLines(value, dashColumn));
    }
    return new YamlChange(List.of(linesAfter(sequence.span().end(), lines)), intents);
  }

  /** Gives an empty value ({@code key:} with nothing after it) a value. */
  public YamlChange fillEmptyValue(YEntry entry, NewValue value) throws CannotEditException {
    if (!(entry.value() instanceof YScalar empty)
        || !empty.isEmptyPlain()
        || !empty.span().isEmpty()) {
      throw new CannotEditException("the value is not empty");
    }
    Intent intent = new Intent.NodeReplaced(empty, value.data());
    int at = empty.span().start();
    boolean block =
        value instanceof NewValue.Map map && !map.entries().isEmpty()
            || value instanceof NewValue.Seq seq && !seq.flow() && !seq.items().isEmpty();
    if (!block || empty.inFlow()) {
      return YamlChange.of(
          TextEdit.insert(at, " " + BlockWriter.inline(value, empty.inFlow())), intent);
    }
    int keyColumn = source.indentColumn(entry.key().declarationStart());
    List<String> lines = new BlockWriter(indentStyle()).entryLines("key", value, keyColumn);
    // The key's own line stays as written; the value's lines go under it.
    return YamlChange.of(linesAfter(at, lines.subList(1, lines.size())), intent);
  }

  private boolean overlapsComment(TextRange range) {
    for (YComment comment : document.comments()) {
      if (range.overlaps(comment.span())) {
        return true;
      }
    }
    return false;
  }

  private static Optional<TextRange> sourceRange(Optional<ScalarSource> map, int from, int to) {
    return map.isPresent() ? map.get().sourceRange(from, to) : Optional.empty();
  }

  /** Replaces a scalar's whole value, keeping its quoting style where the new value allows. */
  public YamlChange replaceScalar(YScalar scalar, String newValue) throws CannotEditException {
    if (scalar.style().isBlock()) {
      Optional<TextRange> whole =
          sourceRange(ScalarSource.of(scalar, source), 0, scalar.value().length());
      if (whole.isEmpty() || newValue.contains("\n")) {
        throw new CannotEditException("cannot rewrite a multi-line block scalar");
      }
      return replaceInScalar(scalar, 0, scalar.value().length(), newValue);
    }
    String text = ScalarWriter.write(newValue, scalar.style(), scalar.inFlow());
    Intent intent = new Intent.NodeReplaced(scalar, YamlData.Scalar.string(newValue));
    return YamlChange.of(
        TextEdit.replace(scalar.span().start(), scalar.span().end(), text), intent);
  }

  /**
   * Replaces the items {@code [from, to)} of a sequence, all scalars, with one or more strings.
   * Each new item takes the quoting of the item it stands in for (extra items that of the last one)
   * and the separator the sequence already uses, so a flow list stays a flow list and a block list
   * gets its {@code - } lines at the same indentation. The items around the range stay as written.
   */
  public YamlChange replaceItems(YSequence sequence, int from, int to, List<String> values)
      throws CannotEditException {
    List<YNode> items = sequence.items();
    if (from < 0 || to <= from || to > items.size() || values.isEmpty()) {
      throw new IllegalArgumentException(
          "cannot replace items ["
              + from
              + ", "
              + to
              + ") of "
              + items.size()
              + " with "
              + values.size());
    }
    List<YScalar> replaced = new ArrayList<>();
    for (YNode item : items.subList(from, to)) {
      if (!(item instanceof YScalar scalar) || scalar.style().isBlock()) {
        throw new CannotEditException("an item to replace is not a one-line scalar");
      }
      if (scalar.anchor().isPresent() || scalar.explicitTag().isPresent()) {
        throw new CannotEditException("an item to replace carries an anchor or a tag");
      }
      replaced.add(scalar);
    }
    for (int i = from; i + 1 < to; i++) {
      if (source
              .text()
              .substring(items.get(i).span().end(), items.get(i + 1).span().start())
              .indexOf('#')
          >= 0) {
        throw new CannotEditException("a comment stands between the items to replace");
      }
    }
    String separator = values.size() > 1 ? itemSeparator(sequence) : "";
    StringBuilder text = new StringBuilder();
    List<Object> data = new ArrayList<>();
    for (YNode item : items.subList(0, from)) {
      data.add(YamlData.of(item));
    }
    for (int i = 0; i < values.size(); i++) {
      YScalar model = replaced.get(Math.min(i, replaced.size() - 1));
      text.append(i == 0 ? "" : separator)
          .append(ScalarWriter.write(values.get(i), model.style(), model.inFlow()));
      data.add(YamlData.Scalar.string(values.get(i)));
    }
    for (YNode item : items.subList(to, items.size())) {
      data.add(YamlData.of(item));
    }
    TextEdit edit =
        TextEdit.replace(
            items.get(from).span().start(), items.get(to - 1).span().end(), text.toString());
    return YamlChange.of(edit, new Intent.NodeReplaced(sequence, data));
  }

  /**
   * The text between two items of the sequence as written, e.g. {@code ", "} or a line break and
   * {@code " - "}.
   */
  private String itemSeparator(YSequence sequence) throws CannotEditException {
    List<YNode> items = sequence.items();
    for (int i = 0; i + 1 < items.size(); i++) {
      String between =
          source.text().substring(items.get(i).span().end(), items.get(i + 1).span().start());
      if (between.indexOf('#') < 0) {
        return between;
      }
    }
    throw new CannotEditException(
        "the sequence has no two items without a comment between them to copy the layout from");
  }

  /**
   * Replaces the characters {@code [from, to)} of a scalar's value, touching only their source text
   * when it can; otherwise the whole scalar is written again in its style.
   */
  public YamlChange replaceInScalar(YScalar scalar, int from, int to, String replacement)
      throws CannotEditException {
    String value = scalar.value();
    if (from < 0 || to < from || to > value.length()) {
      throw new IllegalArgumentException(
          "range [" + from + ", " + to + ") outside a value of length " + value.length());
    }
    String newValue = value.substring(0, from) + replacement + value.substring(to);
    Optional<TextRange> range = sourceRange(ScalarSource.of(scalar, source), from, to);
    Optional<String> encoded =
        range.isPresent()
            ? encodeInside(scalar, replacement, newValue, range.get())
            : Optional.empty();
    if (range.isEmpty() || encoded.isEmpty()) {
      if (scalar.style().isBlock()) {
        throw new CannotEditException("cannot edit this part of a block scalar exactly");
      }
      return replaceScalar(scalar, newValue);
    }
    String tag =
        scalar.style() == ScalarStyle.PLAIN && scalar.explicitTag().isEmpty()
            ? YamlParser.resolvePlain(newValue)
            : scalar.resolvedTag();
    Intent intent = new Intent.NodeReplaced(scalar, new YamlData.Scalar(tag, newValue));
    return YamlChange.of(
        TextEdit.replace(range.get().start(), range.get().end(), encoded.get()), intent);
  }

  /**
   * Makes several replacements inside one scalar's value as one change with one intent, each
   * touching only its own source text when it can; otherwise the whole scalar is written again in
   * its style. Edits that touch are joined; overlapping edits are a programming error.
   */
  public YamlChange replaceInScalar(YScalar scalar, List<ValueEdit> edits)
      throws CannotEditException {
    List<ValueEdit> parts = ValueEdit.normalized(edits);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no value edits");
    }
    if (parts.size() == 1) {
      ValueEdit only = parts.get(0);
      return replaceInScalar(scalar, only.from(), only.to(), only.replacement());
    }
    String newValue = ValueEdit.apply(scalar.value(), parts);
    Optional<ScalarSource> map = ScalarSource.of(scalar, source);
    List<TextEdit> textEdits = new ArrayList<>();
    for (ValueEdit part : parts) {
      Optional<TextRange> range = sourceRange(map, part.from(), part.to());
      Optional<String> encoded =
          range.isPresent()
              ? encodeInside(scalar, part.replacement(), newValue, range.get())
              : Optional.empty();
      if (range.isEmpty() || encoded.isEmpty()) {
        if (scalar.style().isBlock()) {
          throw new CannotEditException("cannot edit these parts of a block scalar exactly");
        }
        return replaceScalar(scalar, newValue);
      }
      textEdits.add(TextEdit.replace(range.get().start(), range.get().end(), encoded.get()));
    }
    String tag =
        scalar.style() == ScalarStyle.PLAIN && scalar.explicitTag().isEmpty()
            ? YamlParser.resolvePlain(newValue)
            : scalar.resolvedTag();
    return new YamlChange(
        textEdits, List.of(new Intent.NodeReplaced(scalar, new YamlData.Scalar(tag, newValue))));
  }

  /**
   * Inserts a string item right after the item at {@code index}, in that item's quoting style:
   * after it and a comma in a flow sequence, on a line of its own below it in a block sequence.
   */
  public YamlChange insertItemAfter(YSequence sequence, int index, String value)
      throws CannotEditException {
    YNode previous = sequence.items().get(index);
    ScalarStyle style =
        previous instanceof YScalar scalar && !scalar.style().isBlock()
            ? scalar.style()
            : ScalarStyle.PLAIN;
    Intent intent = new Intent.ItemInserted(sequence, index + 1, YamlData.Scalar.string(value));
    if (sequence.isFlow()) {
      String text = ScalarWriter.write(value, style, true);
      if (index + 1 < sequence.items().size()) {
        int nextStart = sequence.items().get(index + 1).span().start();
        int nextLine = source.lineIndexOf(nextStart);
        String indent = source.text().substring(source.lineStart(nextLine), nextStart);
        if (nextLine != source.lineIndexOf(previous.span().end()) && indent.isBlank()) {
          // One item per line: the new item gets a line of its own, like its neighbours.
          String line = indent + text + "," + source.lineBreakOfLine(nextLine - 1).text();
          return YamlChange.of(TextEdit.insert(source.lineStart(nextLine), line), intent);
        }
      }
      return YamlChange.of(TextEdit.insert(previous.span().end(), ", " + text), intent);
    }
    Optional<String> prefix = blockItemPrefix(previous);
    if (prefix.isEmpty()) {
      throw new CannotEditException("the item before has an anchor, a tag or company on its line");
    }
    String dash = prefix.get();
    return YamlChange.of(
        linesAfter(previous.span().end(), List.of(dash + ScalarWriter.write(value, style, false))),
        intent);
  }

  /**
   * Removes items with what separates them: in a flow sequence the comma before the item, in a
   * block sequence the item's whole line, which must hold nothing else.
   */
  public YamlChange removeItems(YSequence sequence, Collection<Integer> indices)
      throws CannotEditException {
    SortedSet<Integer> removed = new TreeSet<>(indices);
    List<YNode> items = sequence.items();
    if (removed.size() >= items.size()) {
      throw new CannotEditException("removing every item would change what the sequence is");
    }
    List<TextRange> ranges = new ArrayList<>();
    List<Intent> intents = new ArrayList<>();
    for (int index : removed) {
      YNode item = items.get(index);
      if (item.anchor().isPresent()) {
        throw new CannotEditException("the item defines the anchor &" + item.anchor().get());
      }
      ranges.add(sequence.isFlow() ? flowItemRange(items, index) : blockItemLine(item));
      intents.add(new Intent.ItemRemoved(sequence, index));
    }
    List<TextEdit> edits = new ArrayList<>();
    for (TextRange range : sequence.isFlow() ? ranges : joinedLines(ranges)) {
      if (overlapsComment(range)) {
        throw new CannotEditException("a comment sits beside the item");
      }
      edits.add(TextEdit.replace(range.start(), range.end(), ""));
    }
    return new YamlChange(edits, intents);
  }

  /** A flow item with the comma before it, or, for the first item, with the comma after it. */
  private static TextRange flowItemRange(List<YNode> items, int index) {
    YNode item = items.get(index);
    return index > 0
        ? new TextRange(items.get(index - 1).span().end(), item.span().end())
        : new TextRange(item.span().start(), items.get(1).span().start());
  }

  /** The whole line of a one-line block item, line break included. */
  private TextRange blockItemLine(YNode item) throws CannotEditException {
    int line = source.lineIndexOf(item.span().start());
    if (blockItemPrefix(item).isEmpty()
        || source.lineIndexOf(Math.max(item.span().start(), item.span().end() - 1)) != line
        || !source.text().substring(item.span().end(), source.lineContentEnd(line)).isBlank()) {
      throw new CannotEditException("the item shares its line or spans several");
    }
    return new TextRange(source.lineStart(line), source.nextLineStart(item.span().start()));
  }

  /**
   * Whole lines joined where they touch; a run of lines at the end of a file without a final
   * newline takes the line break before it instead, so the file still ends without one.
   */
  private List<TextRange> joinedLines(List<TextRange> lines) throws CannotEditException {
    List<TextRange> joined = new ArrayList<>();
    for (TextRange line : lines) {
      if (!joined.isEmpty() && joined.get(joined.size() - 1).end() == line.start()) {
        joined.set(
            joined.size() - 1, new TextRange(joined.get(joined.size() - 1).start(), line.end()));
      } else {
        joined.add(line);
      }
    }
    TextRange last = joined.get(joined.size() - 1);
    if (last.end() == source.length() && !source.endsWithNewline()) {
      int firstLine = source.lineIndexOf(last.start());
      if (firstLine == 0) {
        throw new CannotEditException("the item is the first line of the file");
      }
      joined.set(
          joined.size() - 1, new TextRange(source.lineContentEnd(firstLine - 1), last.end()));
    }
    return joined;
  }

  /**
   * The indentation, dash and spacing before a block item, when its line starts with nothing else.
   */
  private Optional<String> blockItemPrefix(YNode item) {
    int lineStart = source.lineStart(source.lineIndexOf(item.span().start()));
    String prefix = source.text().substring(lineStart, item.span().start());
    return isItemPrefix(prefix) ? Optional.of(prefix) : Optional.empty();
  }

  /** Spaces, a dash and at least one space or tab: what {@code " *-[ \\t]+"} matches. */
  static boolean isItemPrefix(String prefix) {
    int i = 0;
    while (i < prefix.length() && prefix.charAt(i) == ' ') {
      i++;
    }
    if (i >= prefix.length() || prefix.charAt(i) != '-' || i + 1 >= prefix.length()) {
      return false;
    }
    for (int j = i + 1; j < prefix.length(); j++) {
      if (prefix.charAt(j) != ' ' && prefix.charAt(j) != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * The replacement as source text for the inside of the scalar, or empty when it cannot stand
   * there.
   */
  private Optional<String> encodeInside(
      YScalar scalar, String replacement, String newValue, TextRange at) {
    // A line break fails every check below; only double quotes can hold it, escaped.
    return switch (scalar.style()) {
      case PLAIN ->
          ScalarWriter.isPlainSafe(newValue, scalar.inFlow())
              ? Optional.of(replacement)
              : Optional.empty();
      case SINGLE_QUOTED ->
          ScalarWriter.canBeSingleQuoted(replacement)
              ? Optional.of(replacement.replace("'", "''"))
              : Optional.empty();
      case DOUBLE_QUOTED -> Optional.of(ScalarWriter.escapeDoubleQuoted(replacement));
      case LITERAL, FOLDED ->
          ScalarWriter.canBeSingleQuoted(replacement) && !blanksLineStart(at, replacement)
              ? Optional.of(replacement)
              : Optional.empty();
    };
  }

  /**
   * Whether an edit of a block scalar's line leaves it empty or starting with a blank: the parser
   * would read that as a different indentation or folding, not as the intended text.
   */
  private boolean blanksLineStart(TextRange at, String replacement) {
    int line = source.lineIndexOf(at.start());
    if (!source.text().substring(source.lineStart(line), at.start()).isBlank()) {
      return false;
    }
    String content = replacement + source.text().substring(at.end(), source.lineContentEnd(line));
    return content.isEmpty() || Character.isWhitespace(content.charAt(0));
  }

  private TextEdit blockMappingInsert(YMapping mapping, String key, NewValue value)
      throws CannotEditException {
    int indent = source.indentColumn(mapping.entries().get(0).key().declarationStart());
    List<String> lines = new BlockWriter(indentStyle()).entryLines(key, value, indent);
    return linesAfter(afterNestedComments(mapping.span().end(), indent), lines);
  }

  /**
   * Where a new last entry goes: after the last entry and after the comment lines indented deeper
   * than the mapping's keys, which belong to that entry's nested value (a commented-out item such
   * as {@code # - --quiet}), so that uncommenting them keeps the file valid.
   */
  private int afterNestedComments(int end, int keyColumn) {
    int line = source.lineIndexOf(Math.max(0, end - 1)) + 1;
    int result = end;
    String text = source.text();
    for (; line < source.lineCount(); line++) {
      int start = source.lineStart(line);
      int contentEnd = source.lineContentEnd(line);
      int first = start;
      while (first < contentEnd && text.charAt(first) == ' ') {
        first++;
      }
      if (first == contentEnd) {
        continue;
      }
      if (text.charAt(first) != '#' || first - start <= keyColumn) {
        break;
      }
      result = contentEnd;
    }
    return result;
  }

  private TextEdit flowMappingInsert(YMapping mapping, String key, NewValue value)
      throws CannotEditException {
    String entry = ScalarWriter.key(key, true) + ": " + BlockWriter.inline(value, true);
    List<YNode> ends = new ArrayList<>();
    for (YEntry e : mapping.entries()) {
      ends.add(e.value().span().end() >= e.key().span().end() ? e.value() : e.key());
    }
    return flowAppend(mapping.span(), ends, '{', '}', entry);
  }

  /**
   * Adds an element at the end of a flow collection: after the last element (keeping a trailing
   * comma if the author wrote one), or between empty brackets.
   */
  private TextEdit flowAppend(
      TextRange span, List<YNode> elements, char open, char close, String element)
      throws CannotEditException {
    int start = span.start();
    int end = span.end();
    if (span.length() < 2 || source.charAt(start) != open || source.charAt(end - 1) != close) {
      throw new CannotEditException("a flow collection without its brackets cannot be extended");
    }
    if (elements.isEmpty()) {
      String inner = source.text().substring(start + 1, end - 1);
      if (!inner.isEmpty()
          && inner.isBlank()
          && inner.indexOf('\n') < 0
          && inner.indexOf('\r') < 0) {
        return TextEdit.replace(start + 1, end - 1, " " + element + " ");
      }
      return TextEdit.insert(start + 1, element);
    }
    int lastEnd = elements.get(elements.size() - 1).span().end();
    int next = YamlText.skipSpaceAndComments(source.text(), lastEnd, end - 1);
    if (source.charAt(next) == ',') {
      return TextEdit.insert(next + 1, " " + element + ",");
    }
    return TextEdit.insert(lastEnd, ", " + element);
  }

  /**
   * Inserts whole lines after the line on which content ending at {@code contentEnd} stops. The
   * text goes before that line's break, so a file without a final newline keeps having none.
   */
  private TextEdit linesAfter(int contentEnd, List<String> lines) {
    int line = source.lineIndexOf(Math.max(0, contentEnd - 1));
    String lineBreak = source.lineBreakOfLine(line).text();
    int at = source.lineContentEnd(line);
    return TextEdit.insert(at, lineBreak + String.join(lineBreak, lines));
  }

  private int itemOffset(YSequence sequence) {
    if (!sequence.items().isEmpty()) {
      int first = sequence.items().get(0).span().start();
      if (source.lineIndexOf(first) == source.lineIndexOf(sequence.span().start())) {
        return Math.max(2, first - sequence.span().start());
      }
    }
    return indentStyle().itemOffset();
  }
}
