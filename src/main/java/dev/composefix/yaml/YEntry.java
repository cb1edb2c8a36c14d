package dev.composefix.yaml;

/** One key-value pair of a mapping, as written in the source. */
public record YEntry(YNode key, YNode value) {

  /** The key's text when it is a scalar; merge keys read {@code <<}. */
  public String keyText() {
    return key instanceof YScalar scalar ? scalar.value() : null;
  }

  public boolean isMergeKey() {
    return key instanceof YScalar scalar && YamlTags.isMergeKey(scalar);
  }
}
