package dev.composefix.report;

import dev.composefix.lint.Severity;

/**
 * Terminal colours for text output; {@link #PLAIN} when the output is not a terminal or colour is
 * off.
 */
public final class Style {

  public static final Style PLAIN = new Style(false);
  public static final Style ANSI = new Style(true);

  private final boolean enabled;

  private Style(boolean enabled) {
    this.enabled = enabled;
  }

  public String path(String text) {
    return paint("1", text);
  }

  public String position(String text) {
    return paint("2", text);
  }

  public String rule(String text, Severity severity) {
    return paint(
        switch (severity) {
          case CRITICAL -> "1;31";
          case HIGH -> "31";
          case MEDIUM -> "33";
          case LOW -> "36";
        },
        text);
  }

  public String fixable(String text) {
    return paint("32", text);
  }

  public String error(String text) {
    return paint("1;31", text);
  }

  private String paint(String code, String text) {
    return enabled ? "\u001B[" + code + "m" + text + "\u001B[0m" : text;
  }
}
