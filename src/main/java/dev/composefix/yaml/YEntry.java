package dev.composefix.yaml;

/** One key-value pair of a mapping, as written in the source. */
public record YEntry(YNode key, YNode value) {

  /**
   * The key's text when it is a scalar, or an alias of one ({@code *k : 10s} is the key the anchor
   * names); merge keys read {@code <<}.
   */
  public String keyText() {
    return keyScalar() instanceof YScalar scalar ? scalar.value() : null;
  }

  public boolean isMergeKey() {
    return keyScalar() instanceof YScalar scalar && YamlTags.isMergeKey(scalar);
  }

  /** Whether the key is written as an alias, which an edit must not copy as if it were text. */
  public boolean keyIsAlias() {
    return key instanceof YAlias;
  }

  private YNode keyScalar() {
    return key instanceof YAlias alias ? alias.target() : key;
  }
}
