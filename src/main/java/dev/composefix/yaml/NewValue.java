package dev.composefix.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value a fix adds to a file, described as data; the editor writes it in the file's own layout.
 * Existing YAML is never re-serialized: only these new values are written.
 */
public sealed interface NewValue
    permits NewValue.Str, NewValue.Raw, NewValue.Map, NewValue.Seq, NewValue.Alias {

  /** The data this value stands for once parsed, as {@link YamlData} builds it. */
  Object data();

  /** A string, written plain when it can be and quoted when it must be. */
  static NewValue string(String value) {
    return new Str(value, ScalarStyle.PLAIN);
  }

  /**
   * A string in the quoting style of its neighbours, so that {@code ["-js"]} grows as {@code
   * ["-js", "-m"]}; where that style cannot hold it, written as {@link #string} would.
   */
  static NewValue string(String value, ScalarStyle style) {
    return new Str(value, style);
  }

  /**
   * A scalar written exactly as given, plain; for values whose type is part of their meaning such
   * as {@code 30s}, {@code 1} or {@code ${GPU_COUNT:-1}}.
   */
  static NewValue plain(String text) {
    return new Raw(text);
  }

  static Builder map() {
    return new Builder();
  }

  /** A sequence; {@code flow} writes it inline, as in {@code [gpu]}. */
  static NewValue seq(boolean flow, NewValue... items) {
    return new Seq(List.of(items), flow);
  }

  /**
   * An alias of an anchor the document already defines ({@code *name}), written as a reference so
   * that a value the file shares stays shared; as a {@link #map} value under the key {@code <<} it
   * is a merge key, as the file's own {@code <<: *name} are.
   */
  static NewValue alias(YAlias alias) {
    return new Alias(alias.name(), YamlData.of(alias.target()));
  }

  /** An alias: the anchor's name and the data of the node it stands for. */
  record Alias(String name, Object target) implements NewValue {
    @Override
    public Object data() {
      return target;
    }
  }

  record Str(String value, ScalarStyle style) implements NewValue {
    public Str(String value) {
      this(value, ScalarStyle.PLAIN);
    }

    @Override
    public Object data() {
      return YamlData.Scalar.string(value);
    }
  }

  record Raw(String text) implements NewValue {
    public Raw {
      if (!ScalarWriter.isPlainSafe(text, false)) {
        throw new IllegalArgumentException("not a plain scalar: " + text);
      }
    }

    @Override
    public Object data() {
      return YamlData.Scalar.plain(text);
    }
  }

  record Map(LinkedHashMap<String, NewValue> entries) implements NewValue {
    @Override
    public Object data() {
      java.util.Map<Object, Object> data = new LinkedHashMap<>();
      for (java.util.Map.Entry<String, NewValue> entry : entries.entrySet()) {
        if (!isMerge(entry.getKey(), entry.getValue())) {
          data.put(YamlData.Scalar.string(entry.getKey()), entry.getValue().data());
        }
      }
      // A merge key's entries come after the mapping's own, which win, as YamlData reads them.
      java.util.Map<Object, Object> merged = new LinkedHashMap<>();
      for (java.util.Map.Entry<String, NewValue> entry : entries.entrySet()) {
        if (isMerge(entry.getKey(), entry.getValue())
            && entry.getValue().data() instanceof java.util.Map<?, ?> source) {
          for (java.util.Map.Entry<?, ?> inherited : source.entrySet()) {
            merged.putIfAbsent(inherited.getKey(), inherited.getValue());
          }
        }
      }
      merged.putAll(data);
      return merged;
    }
  }

  /** A merge key: {@code <<} with an alias as its value. */
  static boolean isMerge(String key, NewValue value) {
    return key.equals("<<") && value instanceof Alias;
  }

  record Seq(List<NewValue> items, boolean flow) implements NewValue {
    @Override
    public Object data() {
      List<Object> data = new ArrayList<>(items.size());
      for (NewValue item : items) {
        data.add(item.data());
      }
      return data;
    }
  }

  /** Builds a mapping value in insertion order. */
  final class Builder {
    private final LinkedHashMap<String, NewValue> entries = new LinkedHashMap<>();

    public Builder put(String key, NewValue value) {
      entries.put(key, value);
      return this;
    }

    public NewValue build() {
      return new Map(entries);
    }
  }
}
