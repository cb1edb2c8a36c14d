package dev.composefix.yaml;

import dev.composefix.text.TextRange;

/**
 * A scalar: its value after YAML unescaping and folding, its style, and its resolved tag (for a
 * plain scalar without explicit tag, what the core schema makes of it: str, int, bool, null ...).
 */
public final class YScalar extends YLeaf {

  private final String value;
  private final ScalarStyle style;
  private final String resolvedTag;

  YScalar(
      String value,
      ScalarStyle style,
      TextRange span,
      Declaration declaration,
      String resolvedTag) {
    super(span.start(), span.end(), declaration);
    this.value = value;
    this.style = style;
    this.resolvedTag = resolvedTag;
  }

  YScalar withSpan(TextRange newSpan) {
    return new YScalar(
        value,
        style,
        newSpan,
        new Declaration(anchorOrNull(), explicitTagOrNull(), newSpan.start(), inFlow()),
        resolvedTag);
  }

  public String value() {
    return value;
  }

  public ScalarStyle style() {
    return style;
  }

  /** The tag after resolution, e.g. {@code tag:yaml.org,2002:str}. */
  public String resolvedTag() {
    return resolvedTag;
  }

  /** A plain, untagged, empty scalar: what {@code key:} with nothing after it holds. */
  public boolean isEmptyPlain() {
    return style == ScalarStyle.PLAIN && value.isEmpty() && explicitTag().isEmpty();
  }

  public boolean isString() {
    return YamlTags.STR.equals(resolvedTag);
  }

  @Override
  public String toString() {
    return "YScalar[" + style + " '" + value + "' " + span() + "]";
  }
}
