package dev.composefix.report;

/** The output formats, and whether each shows the text of fixes, which must then be masked too. */
public enum OutputFormat {
  TEXT(false),
  JSON(true),
  SARIF(true),
  GITHUB(false);

  private final boolean showsEditText;

  OutputFormat(boolean showsEditText) {
    this.showsEditText = showsEditText;
  }

  /** Whether findings are written with the new text of their edits (JSON and SARIF). */
  public boolean showsEditText() {
    return showsEditText;
  }
}
