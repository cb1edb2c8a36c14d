package dev.composefix.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every rule carries complete, consistent metadata and documentation. */
class RuleMetadataTest {

  private static final List<String> SECTIONS =
      List.of("## What it does", "## Why", "## Example", "## Use instead", "## Fix safety", "## Options");

  @Test
  void namesAndCodesAreWellFormedAndUnique() {
    Set<String> names = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (Rule rule : RuleRegistry.all()) {
      assertTrue(rule.name().matches("[a-z]+(-[a-z]+)*"), rule.name() + " is kebab-case");
      assertTrue(rule.code().matches("CF\\d{3}"), rule.code() + " looks like CF001");
      assertTrue(names.add(rule.name()), "unique name " + rule.name());
      assertTrue(codes.add(rule.code()), "unique code " + rule.code());
      assertTrue(!rule.summary().isBlank() && !rule.summary().endsWith("."), rule.name() + ": a summary is a phrase");
      assertEquals(rule.getClass().getSimpleName(), className(rule.name()), "one class per rule, named after it");
    }
  }

  @Test
  void docsHaveEverySectionInOrder() {
    for (Rule rule : RuleRegistry.all()) {
      String doc = rule.doc();
      assertTrue(doc.startsWith("# " + rule.name() + " (" + rule.code() + ")\n"), rule.name() + ": doc title");
      int previous = -1;
      for (String section : SECTIONS) {
        int at = doc.indexOf("\n" + section + "\n");
        assertTrue(at > previous, rule.name() + ": section " + section + " present and in order");
        previous = at;
      }
      String safety = doc.substring(doc.indexOf("## Fix safety\n") + "## Fix safety\n".length()).trim();
      String expected = rule.fixAvailability() == FixAvailability.NONE ? "None."
          : rule.fixApplicability() == Applicability.SAFE ? "Safe." : "Unsafe.";
      assertTrue(safety.startsWith(expected), rule.name() + ": Fix safety starts with '" + expected + "'");
      assertTrue(doc.contains("```yaml\n"), rule.name() + ": examples are YAML blocks");
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
