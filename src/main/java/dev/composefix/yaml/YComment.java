package dev.composefix.yaml;

import dev.composefix.text.TextRange;

/** A comment: its span covers the {@code #} and the text after it up to the line end. */
public record YComment(TextRange span, String text) {}
