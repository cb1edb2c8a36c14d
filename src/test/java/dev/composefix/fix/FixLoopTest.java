package dev.composefix.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.composefix.config.Config;
import dev.composefix.lint.Applicability;
import dev.composefix.lint.Fix;
import dev.composefix.lint.FixAvailability;
import dev.composefix.lint.Rule;
import dev.composefix.lint.RuleContext;
import dev.composefix.lint.RuleMetadata;
import dev.composefix.lint.Severity;
import dev.composefix.lint.Surroundings;
import dev.composefix.rules.BuiltInRules;
import dev.composefix.rules.healthcheck.HealthcheckStartPeriodRule;
import dev.composefix.text.SourceText;
import dev.composefix.text.TextEdit;
import dev.composefix.yaml.CannotEditException;
import dev.composefix.yaml.Intent;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.NewValue;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YamlChange;
import dev.composefix.yaml.YamlData;
import dev.composefix.yaml.YamlParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixLoopTest {

  /** A rule for tests: checks through a lambda. */
  private record TestRule(String name, Applicability applicability, Check check) implements Rule {

    @FunctionalInterface
    interface Check {
      void run(RuleContext context) throws CannotEditException;
    }

    @Override
    public RuleMetadata metadata() {
      return new RuleMetadata(
          name, "T000", name, Severity.LOW, FixAvailability.ALWAYS, applicability, "");
    }

    @Override
    public void check(RuleContext context) {
      try {
        check.run(context);
      } catch (CannotEditException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static YMapping service(RuleContext context) {
    return context.compose().services().get(0).mapping();
  }

  /** Adds {@code key: v} to the first service while it lacks the key. */
  private static Rule adds(String key) {
    return new TestRule(
        "adds-" + key,
        Applicability.SAFE,
        context -> {
          YMapping service = service(context);
          if (Mappings.find(service, key).isEmpty()) {
            context.report(
                service,
                "missing " + key,
                Fix.safe("add", context.editor().insertEntry(service, key, NewValue.string("v"))));
          }
        });
  }

  private static FixOutcome fix(String yaml, boolean unsafe, Rule... rules) throws Exception {
    return new FixLoop(
            List.of(rules),
            BuiltInRules.ruleSet(),
            Surroundings.of(Config.DEFAULTS),
            unsafe,
            new YamlParser())
        .fix(SourceText.of(yaml));
  }

  private static String failure(String yaml, Rule... rules) {
    return assertThrows(FixFailedException.class, () -> fix(yaml, false, rules)).getMessage();
  }

  @Test
  void overlappingFixesWaitForTheNextPass() throws Exception {
    FixOutcome outcome = fix("services:\n  web:\n    image: x\n", false, adds("a"), adds("b"));
    assertEquals("services:\n  web:\n    image: x\n    a: v\n    b: v\n", outcome.fixed().text());
    assertEquals(2, outcome.findings().size());
    assertEquals(2, outcome.fixedCount());
    assertEquals(List.of(), outcome.remaining());
  }

  @Test
  void identicalFixesAreMadeOnce() throws Exception {
    String yaml =
        "x: &hc\n  test: t\nservices:\n  a:\n    healthcheck: *hc\n  b:\n    healthcheck: *hc\n";
    FixOutcome outcome = fix(yaml, false, new HealthcheckStartPeriodRule());
    assertEquals(
        "x: &hc\n"
            + "  test: t\n"
            + "  start_period: 30s\n"
            + "services:\n"
            + "  a:\n"
            + "    healthcheck: *hc\n"
            + "  b:\n"
            + "    healthcheck: *hc\n",
        outcome.fixed().text());
    assertEquals(2, outcome.fixedCount());
  }

  @Test
  void unsafeFixesWaitForTheFlag() throws Exception {
    Rule unsafe =
        new TestRule(
            "unsafe",
            Applicability.UNSAFE,
            context -> {
              YMapping service = service(context);
              if (Mappings.find(service, "u").isEmpty()) {
                context.report(
                    service,
                    "missing u",
                    Fix.unsafe(
                        "add", context.editor().insertEntry(service, "u", NewValue.string("v"))));
              }
            });
    String yaml = "services:\n  web:\n    image: x\n";
    FixOutcome without = fix(yaml, false, unsafe);
    assertEquals(yaml, without.fixed().text());
    assertEquals(1, without.remaining().size());
    assertEquals(
        "services:\n  web:\n    image: x\n    u: v\n", fix(yaml, true, unsafe).fixed().text());
  }

  @Test
  void aFixThatBreaksTheYamlIsRefused() {
    Rule breaks =
        new TestRule(
            "breaks",
            Applicability.SAFE,
            context -> {
              YScalar image = (YScalar) Mappings.get(service(context), "image").orElseThrow();
              context.report(
                  image,
                  "break",
                  Fix.safe(
                      "break",
                      new YamlChange(
                          List.of(
                              TextEdit.replace(
                                  image.span().start(), image.span().end(), "a: b: c")),
                          List.of(
                              new Intent.NodeReplaced(image, YamlData.Scalar.string("a: b: c"))))));
            });
    assertEquals(
        "a fix by breaks produced invalid YAML: mapping values are not allowed here; fix the YAML"
            + " syntax and run again",
        failure("services:\n  web:\n    image: x\n", breaks));
  }

  @Test
  void aFixThatChangesMoreThanItSaysIsRefused() {
    Rule lies =
        new TestRule(
            "lies",
            Applicability.SAFE,
            context -> {
              YScalar image = (YScalar) Mappings.get(service(context), "image").orElseThrow();
              if (image.value().equals("x")) {
                context.report(
                    image,
                    "lie",
                    Fix.safe(
                        "lie",
                        new YamlChange(
                            List.of(
                                TextEdit.replace(image.span().start(), image.span().end(), "y")),
                            List.of(new Intent.NodeReplaced(image, YamlData.Scalar.string("z"))))));
              }
            });
    assertEquals(
        "a fix by lies changed more than it meant to (services.web.image has a different value)",
        failure("services:\n  web:\n    image: x\n", lies));
  }

  @Test
  void aFixThatDropsACommentIsRefused() {
    Rule dropsComment =
        new TestRule(
            "drops-comment",
            Applicability.SAFE,
            context -> {
              YScalar image = (YScalar) Mappings.get(service(context), "image").orElseThrow();
              if (context.document().comments().size() == 1) {
                int end =
                    context
                        .document()
                        .source()
                        .lineContentEnd(
                            context.document().source().lineIndexOf(image.span().start()));
                context.report(
                    image,
                    "drop",
                    Fix.safe(
                        "drop",
                        new YamlChange(
                            List.of(TextEdit.replace(image.span().start(), end, "x")), List.of())));
              }
            });
    assertEquals(
        "a fix by drops-comment lost or moved a comment",
        failure("services:\n  web:\n    image: x # note\n", dropsComment));
  }

  @Test
  void fixesThatUndoEachOtherAreRefused() {
    Rule flips =
        new TestRule(
            "flips",
            Applicability.SAFE,
            context -> {
              YScalar image = (YScalar) Mappings.get(service(context), "image").orElseThrow();
              String next = image.value().equals("a") ? "b" : "a";
              context.report(
                  image, "flip", Fix.safe("flip", context.editor().replaceScalar(image, next)));
            });
    assertEquals(
        "fixes by flips undo each other: pass 2 gave back an earlier text",
        failure("services:\n  web:\n    image: a\n", flips));
  }

  @Test
  void fixesThatNeverSettleAreRefused() {
    Rule grows =
        new TestRule(
            "grows",
            Applicability.SAFE,
            context -> {
              YMapping service = service(context);
              String key = "k" + service.entries().size();
              context.report(
                  service,
                  "grow",
                  Fix.safe(
                      "grow", context.editor().insertEntry(service, key, NewValue.string("v"))));
            });
    assertEquals(
        "fixes did not settle after 10 passes (rules: grows)",
        failure("services:\n  web:\n    image: a\n", grows));
  }

  @Test
  void fixesThatSettleOnTheLastAllowedPassAreKept() throws Exception {
    Rule growsToTen =
        new TestRule(
            "grows-to-ten",
            Applicability.SAFE,
            context -> {
              YMapping service = service(context);
              int size = service.entries().size();
              if (size <= 10) {
                context.report(
                    service,
                    "grow",
                    Fix.safe(
                        "grow",
                        context.editor().insertEntry(service, "k" + size, NewValue.string("v"))));
              }
            });
    FixOutcome outcome = fix("services:\n  web:\n    image: a\n", false, growsToTen);
    assertEquals(10, outcome.fixedCount());
    assertEquals(
        "services:\n  web:\n    image: a\n    k1: v\n    k2: v\n    k3: v\n    k4: v\n    k5: v\n"
            + "    k6: v\n    k7: v\n    k8: v\n    k9: v\n    k10: v\n",
        outcome.fixed().text());
  }

  @Test
  void aRuleThatCrashesIsAnInternalError() {
    Rule crashes =
        new TestRule(
            "crashes",
            Applicability.SAFE,
            context -> {
              throw new IllegalStateException("boom");
            });
    assertEquals(
        "rule crashes failed: java.lang.IllegalStateException: boom",
        failure("services: {}\n", crashes));
  }

  @Test
  void aFileWithNothingToFixComesBackIdentical() throws Exception {
    String yaml = "# just a comment\nservices:\n  web:\n    image: x # c\n";
    FixOutcome outcome = fix(yaml, true, new HealthcheckStartPeriodRule(), adds("image"));
    assertEquals(yaml, outcome.fixed().text());
    assertEquals(false, outcome.changed());
  }
}
