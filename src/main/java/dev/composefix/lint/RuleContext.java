package dev.composefix.lint;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.Healthchecks;
import dev.composefix.config.Config;
import dev.composefix.images.BuildContexts;
import dev.composefix.images.KnowledgeBase;
import dev.composefix.project.ProjectView;
import dev.composefix.text.TextRange;
import dev.composefix.yaml.CannotEditException;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YamlChange;
import dev.composefix.yaml.YamlEditor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a rule sees while it checks one document, and where it reports. */
public final class RuleContext {

  /**
   * What came of trying to make a fix: the fix, or none, and the note its finding's message ends
   * with: where the edit lands when aliases share it, or why there is no automatic fix.
   */
  public record Attempt(Optional<Fix> fix, String note) {}

  private final ComposeFile compose;
  private final YamlEditor editor;
  private final Surroundings surroundings;
  private final List<Finding> findings = new ArrayList<>();
  private Rule current;
  private Suppressions suppressions;
  private ProjectView project;

  RuleContext(ComposeFile compose, Surroundings surroundings) {
    this.compose = compose;
    this.editor = new YamlEditor(compose.document());
    this.surroundings = surroundings;
  }

  void runAs(Rule rule) {
    this.current = rule;
  }

  void suppressions(Suppressions judged) {
    this.suppressions = judged;
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
    return surroundings.config();
  }

  /** The image knowledge base, with the configuration's own rows. */
  public KnowledgeBase images() {
    return surroundings.images();
  }

  /** The build contexts of the file's {@code build:} services. */
  public BuildContexts builds() {
    return surroundings.builds();
  }

  /**
   * The services of this file whose healthcheck is on and has a test that runs: a test another file
   * of the project replaces or turns off never runs, so it is left out; the one that runs is judged
   * where it is written.
   */
  public List<Healthchecks.Tested> testsThatRun() {
    List<Healthchecks.Tested> run = new ArrayList<>();
    for (Healthchecks.Tested tested : Healthchecks.tested(compose)) {
      if (!project().testRunsElsewhere(tested.service().name())) {
        run.add(tested);
      }
    }
    return run;
  }

  /**
   * The project the file belongs to, with this document as it now stands: what the merged services
   * say and where, and the variables it is interpolated with.
   */
  public ProjectView project() {
    if (project == null) {
      project = surroundings.project().withCurrent(compose);
    }
    return project;
  }

  /**
   * The suppression comments and what they silenced; only in {@link
   * RuleMetadata.Phase#SUPPRESSIONS}.
   */
  public Suppressions suppressions() {
    if (suppressions == null) {
      throw new IllegalStateException("suppressions are judged after the document rules");
    }
    return suppressions;
  }

  /** Reports a finding without a fix. */
  public void report(YNode at, String message) {
    report(at, message, (Fix) null);
  }

  public void report(YNode at, String message, Fix fix) {
    report(at.span(), current.metadata().severity(), message, fix);
  }

  public void report(TextRange range, Severity severity, String message, Fix fix) {
    findings.add(new Finding(current, severity, range, message, Optional.ofNullable(fix)));
  }

  /**
   * Reports a finding with the outcome of a fix attempt: its fix, and its note after the message.
   */
  public void report(YNode at, String message, Attempt attempt) {
    report(at, message + attempt.note(), attempt.fix().orElse(null));
  }

  /**
   * A fix whose edit changes {@code edited}; the note says when aliases share the node. A rule
   * makes the edit in its own {@code try} and gives a failure to {@link #cannotFix}, rather than
   * passing the edit as a lambda, which every cold run would link.
   */
  public Attempt fixed(String title, Applicability applicability, YNode edited, YamlChange change) {
    return new Attempt(
        Optional.of(new Fix(title, applicability, change)), sharedAnchorNote(edited));
  }

  /** No fix, as the edit could not be made; the note says why. */
  public static Attempt cannotFix(CannotEditException e) {
    return new Attempt(Optional.empty(), noFix(e.getMessage()));
  }

  /** The note of a finding that has no automatic fix, for the reason given. */
  public static String noFix(String why) {
    return " (no automatic fix: " + why + ")";
  }

  /**
   * A sentence for a finding whose fix edits a node that aliases share, or empty. The edit changes
   * every place the anchor is used, so the user is told.
   */
  public String sharedAnchorNote(YNode edited) {
    Optional<YNode> shared = document().sharedAnchorOf(edited);
    if (shared.isEmpty()) {
      return "";
    }
    YNode anchor = shared.get();
    return " (the fix edits the anchor &"
        + anchor.anchor().orElseThrow()
        + " on line "
        + document().source().positionOf(anchor.declarationStart()).line()
        + ", which "
        + document().aliasCount(anchor)
        + (document().aliasCount(anchor) == 1 ? " alias uses)" : " aliases use)");
  }
}
