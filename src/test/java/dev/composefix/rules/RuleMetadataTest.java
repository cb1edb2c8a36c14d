package dev.composefix.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.lint.Applicability;
import dev.composefix.lint.FixAvailability;
import dev.composefix.lint.Rule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every rule carries complete, consistent metadata and documentation. */
class RuleMetadataTest {

  private static final List<String> SECTIONS =
      List.of(
          "## What it does",
          "## Why",
          "## Example",
          "## Use instead",
          "## Fix safety",
          "## Options");

  @Test
  void namesAndCodesAreWellFormedAndUnique() {
    Set<String> names = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (Rule rule : BuiltInRules.ruleSet().all()) {
      assertTrue(
          rule.metadata().name().matches("[a-z]+(-[a-z]+)*"),
          rule.metadata().name() + " is kebab-case");
      assertTrue(
          rule.metadata().code().matches("CF\\d{3}"), rule.metadata().code() + " looks like CF001");
      assertTrue(names.add(rule.metadata().name()), "unique name " + rule.metadata().name());
      assertTrue(codes.add(rule.metadata().code()), "unique code " + rule.metadata().code());
      assertTrue(
          !rule.metadata().summary().isBlank() && !rule.metadata().summary().endsWith("."),
          rule.metadata().name() + ": a summary is a phrase");
      assertEquals(
          rule.getClass().getSimpleName(),
          className(rule.metadata().name()),
          "one class per rule, named after it");
    }
  }

  @Test
  void docsHaveEverySectionInOrder() {
    for (Rule rule : BuiltInRules.ruleSet().all()) {
      String doc = rule.metadata().doc();
      assertTrue(
          doc.startsWith("# " + rule.metadata().name() + " (" + rule.metadata().code() + ")\n"),
          rule.metadata().name() + ": doc title");
      int previous = -1;
      for (String section : SECTIONS) {
        int at = doc.indexOf("\n" + section + "\n");
        assertTrue(
            at > previous,
            rule.metadata().name() + ": section " + section + " present and in order");
        previous = at;
      }
      String safety =
          doc.substring(doc.indexOf("## Fix safety\n") + "## Fix safety\n".length()).trim();
      String expected =
          rule.metadata().fixAvailability() == FixAvailability.NONE
              ? "None."
              : rule.metadata().fixApplicability() == Applicability.SAFE ? "Safe." : "Unsafe.";
      assertTrue(
          safety.startsWith(expected),
          rule.metadata().name() + ": Fix safety starts with '" + expected + "'");
      assertTrue(doc.contains("```yaml\n"), rule.metadata().name() + ": examples are YAML blocks");
    }
  }

  private static String className(String name) {
    StringBuilder out = new StringBuilder();
    for (String part : name.split("-")) {
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.append("Rule").toString();
  }
}
