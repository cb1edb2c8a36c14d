package dev.composefix.yaml;

import dev.composefix.text.TextRange;
import java.util.Optional;

/**
 * A scalar: its value after YAML unescaping and folding, its style, and its resolved tag (for a
 * plain scalar without explicit tag, what the core schema makes of it: str, int, bool, null ...).
 */
public final class YScalar implements YNode {

  private final String value;
  private final ScalarStyle style;
  private final TextRange span;
  private final String anchor;
  private final String explicitTag;
  private final String resolvedTag;
  private final boolean inFlow;
  private final int declarationStart;

  YScalar(
      String value,
      ScalarStyle style,
      TextRange span,
      String anchor,
      String explicitTag,
      String resolvedTag,
      boolean inFlow,
      int declarationStart) {
    this.value = value;
    this.style = style;
    this.span = span;
    this.anchor = anchor;
    this.explicitTag = explicitTag;
    this.resolvedTag = resolvedTag;
    this.inFlow = inFlow;
    this.declarationStart = Math.min(declarationStart, span.start());
  }

  YScalar withSpan(TextRange newSpan) {
    return new YScalar(
        value, style, newSpan, anchor, explicitTag, resolvedTag, inFlow, newSpan.start());
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
    return style == ScalarStyle.PLAIN && value.isEmpty() && explicitTag == null;
  }

  public boolean isString() {
    return YamlTags.STR.equals(resolvedTag);
  }

  @Override
  public TextRange span() {
    return span;
  }

  @Override
  public int declarationStart() {
    return declarationStart;
  }

  @Override
  public Optional<String> anchor() {
    return Optional.ofNullable(anchor);
  }

  @Override
  public Optional<String> explicitTag() {
    return Optional.ofNullable(explicitTag);
  }

  @Override
  public boolean inFlow() {
    return inFlow;
  }

  @Override
  public String toString() {
    return "YScalar[" + style + " '" + value + "' " + span + "]";
  }
}
