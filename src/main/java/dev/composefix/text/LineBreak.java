package dev.composefix.text;

/** The line-break style of a file; inserted lines use the style of the file they go into. */
public enum LineBreak {
  LF("\n"),
  CRLF("\r\n"),
  /** A lone carriage return, as old Mac files have; YAML reads it as a line break too. */
  CR("\r");

  private final String text;

  LineBreak(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
