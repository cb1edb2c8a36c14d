package dev.composefix.fix;

import dev.composefix.compose.ComposeFile;
import dev.composefix.lint.Checker;
import dev.composefix.lint.Finding;
import dev.composefix.lint.Fix;
import dev.composefix.lint.Rule;
import dev.composefix.lint.RuleFailedException;
import dev.composefix.lint.RuleSet;
import dev.composefix.lint.Surroundings;
import dev.composefix.text.SourceText;
import dev.composefix.text.TextEdits;
import dev.composefix.yaml.Intent;
import dev.composefix.yaml.InvalidYamlException;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YamlParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks and fixes one file: collect fixes, apply those that do not overlap, parse the result and
 * check it means what the fixes intended, and repeat until nothing changes. One parse per pass.
 */
public final class FixLoop {

  /** Enough for fixes that make room for one another; more means the rules disagree. */
  public static final int MAX_PASSES = 10;

  private final List<Rule> rules;
  private final RuleSet known;
  private final Surroundings surroundings;
  private final boolean unsafeFixes;
  private final YamlParser parser;

  /**
   * @param rules the rules that run
   * @param known every rule a suppression comment may name
   */
  public FixLoop(
      List<Rule> rules,
      RuleSet known,
      Surroundings surroundings,
      boolean unsafeFixes,
      YamlParser parser) {
    this.rules = List.copyOf(rules);
    this.known = known;
    this.surroundings = surroundings;
    this.unsafeFixes = unsafeFixes;
    this.parser = parser;
  }

  /**
   * Checks a file without fixing it: the findings, with the fixes they offer, and nothing applied.
   */
  public FixOutcome check(SourceText original) throws InvalidYamlException, FixFailedException {
    return checkParsed(parser.parse(original));
  }

  /** {@link #check(SourceText)} of a file already parsed. */
  public FixOutcome checkParsed(YDocument document)
      throws InvalidYamlException, FixFailedException {
    List<Finding> findings = check(document);
    return new FixOutcome(
        document.source(), document.source(), findings, findings, 0, document, document);
  }

  /**
   * Fixes a file in memory.
   *
   * @throws InvalidYamlException the file cannot be parsed, or is YAML but not a Compose file
   * @throws FixFailedException the fixes could not be applied safely (an internal error)
   */
  public FixOutcome fix(SourceText original) throws InvalidYamlException, FixFailedException {
    return fixParsed(parser.parse(original));
  }

  /** {@link #fix(SourceText)} of a file already parsed. */
  public FixOutcome fixParsed(YDocument document) throws InvalidYamlException, FixFailedException {
    SourceText original = document.source();
    List<Finding> findings = check(document);
    YDocument current = document;
    List<Finding> currentFindings = findings;
    Set<String> seen = new HashSet<>();
    seen.add(original.text());
    int fixedCount = 0;
    for (int pass = 1; ; pass++) {
      List<Finding> fixable = new ArrayList<>();
      for (Finding finding : currentFindings) {
        if (finding.isFixable(unsafeFixes)) {
          fixable.add(finding);
        }
      }
      if (fixable.isEmpty()) {
        break;
      }
      if (pass > MAX_PASSES) {
        throw new FixFailedException(
            "fixes did not settle after "
                + MAX_PASSES
                + " passes (rules: "
                + ruleNames(fixable)
                + ")");
      }
      FixChooser.Pass chosen = choose(fixable);
      String fixers = ruleNames(chosen.resolved());
      String newText = apply(current.source().text(), chosen, fixers);
      if (!seen.add(newText)) {
        throw new FixFailedException(
            "fixes by " + fixers + " undo each other: pass " + pass + " gave back an earlier text");
      }
      YDocument next;
      try {
        next = parser.parse(current.source().withText(newText));
      } catch (InvalidYamlException e) {
        throw new FixFailedException(
            "a fix by " + fixers + " produced invalid YAML: " + e.getMessage(), e);
      }
      ChangeVerifier.verify(current, intents(chosen), next, fixers);
      fixedCount += chosen.resolved().size();
      current = next;
      currentFindings = check(next);
    }
    return new FixOutcome(
        original, current.source(), findings, currentFindings, fixedCount, document, current);
  }

  private List<Finding> check(YDocument document) throws InvalidYamlException, FixFailedException {
    Optional<ComposeFile> compose = ComposeFile.of(document);
    if (compose.isEmpty()) {
      return List.of();
    }
    try {
      return Checker.check(rules, compose.get(), surroundings, known);
    } catch (RuleFailedException e) {
      throw new FixFailedException(e.getMessage(), e);
    }
  }

  private static FixChooser.Pass choose(List<Finding> fixable) throws FixFailedException {
    try {
      return FixChooser.choose(fixable);
    } catch (IllegalStateException e) {
      throw new FixFailedException(e.getMessage(), e);
    }
  }

  private static String apply(String text, FixChooser.Pass pass, String fixers)
      throws FixFailedException {
    try {
      return TextEdits.apply(text, pass.edits());
    } catch (IllegalArgumentException e) {
      throw new FixFailedException(
          "a fix by " + fixers + " has edits that do not fit the text: " + e.getMessage(), e);
    }
  }

  private static List<Intent> intents(FixChooser.Pass pass) {
    List<Intent> intents = new ArrayList<>();
    for (Fix fix : pass.fixes()) {
      intents.addAll(fix.change().intents());
    }
    return intents;
  }

  private static String ruleNames(List<Finding> findings) {
    Set<String> names = new LinkedHashSet<>();
    for (Finding finding : findings) {
      names.add(finding.rule().metadata().name());
    }
    return String.join(", ", names);
  }
}
