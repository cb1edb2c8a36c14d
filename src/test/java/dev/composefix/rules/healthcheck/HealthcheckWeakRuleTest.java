package dev.composefix.rules.healthcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.compose.HealthcheckTest;
import dev.composefix.support.Yaml;
import dev.composefix.yaml.YDocument;
import org.junit.jupiter.api.Test;

class HealthcheckWeakRuleTest {

  /** What the rule says about a test given as its YAML value; "probes" when it says nothing. */
  private static String verdict(String testValue) {
    YDocument document = Yaml.parse("test: " + testValue + "\n");
    return HealthcheckTest.of(Yaml.mappingAt(document, ""))
        .flatMap(HealthcheckWeakRule::weakness)
        .map(HealthcheckWeakRule.Weakness::explanation)
        .orElse("probes");
  }

  private static final String TRUE = "`true` always succeeds, even when the service is down";

  @Test
  void followsTheShellsExitStatus() {
    assertEquals(TRUE, verdict("'true || curl -f http://x'"));
    assertEquals("probes", verdict("'curl -f http://x && true'"));
    assertEquals(TRUE, verdict("'echo a && true'"));
    assertEquals("probes", verdict("'! true'"));
    assertEquals("probes", verdict("'echo ok | grep ok'"));
    assertEquals(TRUE, verdict("'curl -f http://x | true'"));
    assertEquals(
        "`|| true` makes the check succeed even when the probe before it fails",
        verdict("'curl -f http://x || true'"));
    assertEquals("probes", verdict("'curl -f http://x || true && curl -f http://y'"));
    assertEquals(TRUE, verdict("'FOO=1 true'"));
  }

  @Test
  void anEarlierLineMustBeANoOpOrEndTheScript() {
    assertEquals(
        "`exit 0` always succeeds, even when the service is down",
        verdict("'exit 0; curl -f http://x'"));
    assertEquals(
        "`exit` always succeeds, even when the service is down",
        verdict("'exit; curl -f http://x'"));
    assertEquals("probes", verdict("'exit 1; true'"));
    assertEquals("probes", verdict("'curl -f http://x; true'"));
    assertEquals("probes", verdict("'curl -f http://x || exit 1; true'"));
    assertEquals("probes", verdict("'true || exit 1; true'"));
    assertEquals(TRUE, verdict("'echo starting; true'"));
  }

  @Test
  void exitAndColonAreShellBuiltinsOnly() {
    assertEquals("probes", verdict("[CMD, exit, '0']"));
    assertEquals("probes", verdict("[CMD, ':']"));
    assertEquals("`:` always succeeds, even when the service is down", verdict("[CMD-SHELL, ':']"));
    assertEquals(
        "`exit 0` always succeeds, even when the service is down",
        verdict("[CMD, /bin/sh, -ec, exit 0]"));
  }

  @Test
  void pythonOneLinersThatOnlyImportOrExit() {
    String imports =
        "`python3 -c` code that only imports modules proves that Python starts, not that the"
            + " service answers";
    String importsAndExits =
        "`python3 -c` code that only imports modules and exits proves that Python starts, not that"
            + " the service answers";
    assertEquals(importsAndExits, verdict("[CMD, python3, -c, 'import sys; sys.exit(0)']"));
    assertEquals(imports, verdict("[CMD, python3, -c, 'import a.b as c, d']"));
    assertEquals(imports, verdict("[CMD, python3, -c, 'from . import x']"));
    assertEquals(imports, verdict("[CMD, python3, -c, 'from .a.b import *']"));
    assertEquals(
        importsAndExits, verdict("[CMD, python3, -B, -c, \"import os\\nraise SystemExit\"]"));
    assertEquals(
        "`python3 -c` code that only exits 0 succeeds even when the service is down",
        verdict("[CMD, python3, -c, 'quit()']"));
    assertEquals("probes", verdict("[CMD, python3, -c, 'import sys; sys.exit(1)']"));
    assertEquals(
        "probes", verdict("[CMD, python3, -c, 'from watcher import load_state; load_state()']"));
    assertEquals("probes", verdict("[CMD, python3, -c, '']"));
    assertEquals("probes", verdict("[CMD, python3, -m, http.server]"));
    assertEquals("probes", verdict("[CMD, python3, /app/health.py]"));
    assertEquals("probes", verdict("[CMD, python3, -W, ignore, -c, 'import sys']"));
    assertEquals("probes", verdict("[CMD, pythonista, -c, 'import sys']"));
  }

  @Test
  void nodeOneLinersThatOnlyExit() {
    assertEquals(
        "`node --eval` code that only exits 0 succeeds even when the service is down",
        verdict("[CMD, node, --eval, 'process.exit(0);']"));
    assertEquals("probes", verdict("[CMD, node, -e, 'process.exit(1)']"));
    assertEquals(
        "probes", verdict("[CMD, node, -e, \"require('http').get('http://localhost:3000')\"]"));
  }

  @Test
  void followsNestedShellsOnlySoDeep() {
    assertEquals(TRUE, verdict(yamlQuoted(nestedShells(4))));
    assertEquals("probes", verdict(yamlQuoted(nestedShells(5))));
  }

  /** {@code sh -c 'sh -c ... true'}, {@code levels} deep. */
  private static String nestedShells(int levels) {
    String script = "true";
    for (int i = 0; i < levels; i++) {
      script = "sh -c '" + script.replace("'", "'\\''") + "'";
    }
    return script;
  }

  private static String yamlQuoted(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
