package dev.composefix.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes new values as lines of YAML in a file's indentation style. */
final class BlockWriter {

  private final IndentStyle style;

  BlockWriter(IndentStyle style) {
    this.style = style;
  }

  /** The lines of {@code key: value} with the key at {@code indent}; no line breaks. */
  List<String> entryLines(String key, NewValue value, int indent) throws CannotEditException {
    String head = " ".repeat(indent) + key(key, value, false) + ":";
    List<String> lines = new ArrayList<>();
    if (value instanceof NewValue.Map map && !map.entries().isEmpty()) {
      lines.add(head);
      for (Map.Entry<String, NewValue> entry : map.entries().entrySet()) {
        lines.addAll(entryLines(entry.getKey(), entry.getValue(), indent + style.mappingIndent()));
      }
    } else if (value instanceof NewValue.Seq seq && !seq.flow() && !seq.items().isEmpty()) {
      lines.add(head);
      for (NewValue item : seq.items()) {
        lines.addAll(itemLines(item, indent + style.sequenceIndent()));
      }
    } else {
      lines.add(head + " " + inline(value, false));
    }
    return lines;
  }

  /** The lines of one sequence item with its dash at {@code dashIndent}. */
  List<String> itemLines(NewValue value, int dashIndent) throws CannotEditException {
    String dash = " ".repeat(dashIndent) + "-" + " ".repeat(style.itemOffset() - 1);
    int contentIndent = dashIndent + style.itemOffset();
    List<String> lines = new ArrayList<>();
    if (value instanceof NewValue.Map map && !map.entries().isEmpty()) {
      for (Map.Entry<String, NewValue> entry : map.entries().entrySet()) {
        lines.addAll(entryLines(entry.getKey(), entry.getValue(), contentIndent));
      }
      lines.set(0, dash + lines.get(0).substring(contentIndent));
    } else if (value instanceof NewValue.Seq seq && !seq.flow() && !seq.items().isEmpty()) {
      for (NewValue item : seq.items()) {
        lines.addAll(itemLines(item, contentIndent));
      }
      lines.set(0, dash + lines.get(0).substring(contentIndent));
    } else {
      lines.add(dash + inline(value, false));
    }
    return lines;
  }

  /** A key as written: a merge key stays {@code <<}, which quotes would make a plain string. */
  private static String key(String key, NewValue value, boolean inFlow) {
    return NewValue.isMerge(key, value) ? key : ScalarWriter.key(key, inFlow);
  }

  /** A value written on one line; {@code inFlow} when it stands inside a flow collection. */
  static String inline(NewValue value, boolean inFlow) throws CannotEditException {
    if (value instanceof NewValue.Str str) {
      // A value on one line cannot be a block scalar; plain is the nearest style.
      return ScalarWriter.write(
          str.value(), str.style().isBlock() ? ScalarStyle.PLAIN : str.style(), inFlow);
    }
    if (value instanceof NewValue.Alias alias) {
      return "*" + alias.name();
    }
    if (value instanceof NewValue.Raw raw) {
      if (ScalarWriter.isPlainSafe(raw.text(), inFlow)) {
        return raw.text();
      }
      if (YamlTags.STR.equals(YamlParser.resolvePlain(raw.text()))) {
        return ScalarWriter.doubleQuoted(raw.text());
      }
      throw new CannotEditException("cannot write " + raw.text() + " inside a flow collection");
    }
    List<String> parts = new ArrayList<>();
    if (value instanceof NewValue.Map map) {
      for (Map.Entry<String, NewValue> entry : map.entries().entrySet()) {
        parts.add(
            key(entry.getKey(), entry.getValue(), true) + ": " + inline(entry.getValue(), true));
      }
      return "{" + String.join(", ", parts) + "}";
    }
    for (NewValue item : ((NewValue.Seq) value).items()) {
      parts.add(inline(item, true));
    }
    return "[" + String.join(", ", parts) + "]";
  }
}
