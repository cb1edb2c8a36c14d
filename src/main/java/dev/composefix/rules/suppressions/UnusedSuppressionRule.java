package dev.composefix.rules.suppressions;

import static dev.composefix.lint.Applicability.DISPLAY_ONLY;
import static dev.composefix.lint.FixAvailability.NONE;
import static dev.composefix.lint.Severity.LOW;

import dev.composefix.lint.Rule;
import dev.composefix.lint.RuleContext;
import dev.composefix.lint.RuleMetadata;
import dev.composefix.lint.Suppressions;

/** A suppression comment that silences nothing, or names no rule. */
public final class UnusedSuppressionRule implements Rule {

  private static final String SUMMARY = "Suppression comment that silences nothing";

  static final String DOC =
      """
      # unused-suppression (CF011)

      ## What it does
      Reports `# compose-fix: ignore[...]` comments that silence no finding, names in them that
      are not rules, and `# compose-fix: ignore-file` in a file with nothing to silence. A
      suppression is only judged for the rules that ran, so `--select` never makes the others
      look unused.

      ## Why
      A suppression outlives the problem it was written for: the image gets pinned, the
      healthcheck rewritten, and the comment stays, ready to hide the next real problem on that
      line. A misspelt rule name silences nothing at all while looking as if it did.

      ## Example
      ```yaml
      services:
        db:
          image: postgres:15-alpine # compose-fix: ignore[image-pin]
      ```

      ## Use instead
      ```yaml
      services:
        db:
          image: postgres:15-alpine
      ```

      ## Fix safety
      None. Removing a comment is left to a person, who may want to keep its explanation.

      ## Options
      None. Write suppressions as `# compose-fix: ignore[rule-name]` on the offending line or
      on its own line just above it, with several names separated by commas; names or codes
      both work. `# compose-fix: ignore-file` anywhere in the file silences every rule for it.
      """;

  private static final RuleMetadata METADATA =
      new RuleMetadata("unused-suppression", "CF011", SUMMARY, LOW, NONE, DISPLAY_ONLY, DOC)
          .inPhase(RuleMetadata.Phase.SUPPRESSIONS);

  /** Runs once every document rule has run and the suppressions have silenced their findings. */
  @Override
  public void check(RuleContext context) {
    Suppressions suppressions = context.suppressions();
    for (Suppressions.Suppression suppression : suppressions.lineSuppressions()) {
      for (String unknown : suppression.unknown()) {
        context.report(
            suppression.comment().span(),
            METADATA.severity(),
            "'"
                + unknown
                + "' in this suppression is not a rule; run 'compose-fix rules' for their names",
            null);
      }
      for (String rule : suppression.rules()) {
        if (suppressions.ran(rule) && !suppression.used().contains(rule)) {
          context.report(
              suppression.comment().span(),
              METADATA.severity(),
              "this suppression of " + rule + " silences nothing on its line; remove it",
              null);
        }
      }
    }
    if (!suppressions.fileWide().isEmpty() && !suppressions.fileWideUsed()) {
      context.report(
          suppressions.fileWide().get(0).span(),
          METADATA.severity(),
          "ignore-file silences nothing: no rule finds anything in this file; remove it",
          null);
    }
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
