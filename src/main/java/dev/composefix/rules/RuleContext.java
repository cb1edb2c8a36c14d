package dev.composefix.rules;

import dev.composefix.compose.ComposeFile;
import dev.composefix.config.Config;
import dev.composefix.text.TextRange;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YamlEditor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a rule sees while it checks one document, and where it reports. */
public final class RuleContext {

  private final ComposeFile compose;
  private final YamlEditor editor;
  private final Config config;
  private final List<Finding> findings = new ArrayList<>();
  private Rule current;

  RuleContext(ComposeFile compose, Config config) {
    this.compose = compose;
    this.editor = new YamlEditor(compose.document());
    this.config = config;
  }

  void runAs(Rule rule) {
    this.current = rule;
  }

  List<Finding> findings() {
    return findings;
  }

  public ComposeFile compose() {
    return compose;
  }

  public YDocument document() {
    return compose.document();
  }

  public YamlEditor editor() {
    return editor;
  }

  public Config config() {
    return config;
  }

  public void report(YNode at, String message, Fix fix) {
    report(at.span(), current.severity(), message, fix);
  }

  public void report(TextRange range, Severity severity, String message, Fix fix) {
    findings.add(new Finding(current, severity, range, message, Optional.ofNullable(fix)));
  }

  /**
   * A sentence for a finding whose fix edits a node that aliases share, or empty. The edit
   * changes every place the anchor is used, so the user is told.
   */
  public String sharedAnchorNote(YNode edited) {
    return document().sharedAnchorOf(edited)
        .map(anchor -> " (the fix edits the anchor &" + anchor.anchor().orElseThrow() + " on line "
            + document().source().positionOf(anchor.declarationStart()).line() + ", which "
            + document().aliasCount(anchor) + (document().aliasCount(anchor) == 1 ? " alias uses)" : " aliases use)"))
        .orElse("");
  }
}
