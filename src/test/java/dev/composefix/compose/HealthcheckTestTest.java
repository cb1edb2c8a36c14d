package dev.composefix.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.composefix.support.Yaml;
import dev.composefix.yaml.YScalar;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link HealthcheckTest}, the reader of a healthcheck's {@code test} in its three forms.
 */
class HealthcheckTestTest {

  private static Optional<HealthcheckTest> read(String test) {
    return HealthcheckTest.of(
        Yaml.mappingAt(Yaml.parse("healthcheck:\n  test: " + test + "\n"), "healthcheck"));
  }

  /** The form and the text of a test, or "none". */
  private static String describe(String test) {
    return read(test).map(t -> t.form() + " " + t.commandText()).orElse("none");
  }

  @Test
  void readsTheExecForm() {
    HealthcheckTest test = read("[\"CMD\", \"curl\", \"-f\", \"http://x\"]").orElseThrow();
    assertEquals(HealthcheckTest.Form.EXEC, test.form());
    assertEquals(
        List.of("curl", "-f", "http://x"), test.argv().stream().map(YScalar::value).toList());
    assertEquals(Optional.empty(), test.shellCommand());
    assertEquals("EXEC curl -f http://x", describe("[CMD, curl, -f, http://x]"));
  }

  @Test
  void readsTheShellForms() {
    assertEquals(
        "SHELL curl -f http://x || exit 1",
        describe("[\"CMD-SHELL\", \"curl -f http://x || exit 1\"]"));
    assertEquals("SHELL curl -f http://x || exit 1", describe("curl -f http://x || exit 1"));
    assertEquals("SHELL wget -q --spider http://x", describe("'wget -q --spider http://x'"));
    assertEquals(List.of(), read("curl http://x").orElseThrow().argv());
  }

  @Test
  void readsThroughAnAlias() {
    HealthcheckTest test =
        HealthcheckTest.of(
                Yaml.mappingAt(
                    Yaml.parse(
                        "x: &probe [CMD, wget, -qO-, http://x]\nhealthcheck:\n  test: *probe\n"),
                    "healthcheck"))
            .orElseThrow();
    assertEquals("wget -qO- http://x", test.commandText());
  }

  @Test
  void refusesWhatComposeDoesNotRun() {
    assertEquals("none", describe("[\"NONE\"]"));
    assertEquals("none", describe("[\"CMD\"]"));
    assertEquals("none", describe("[\"CMD-SHELL\", \"a\", \"b\"]"));
    assertEquals("none", describe("[]"));
    assertEquals("none", describe("\"\""));
    assertEquals("none", describe("42"));
    assertEquals("none", describe("[CMD, [curl]]"));
    assertEquals("none", describe("{cmd: curl}"));
  }

  @Test
  void aShellCommandGoesWithTheShellFormOnly() {
    HealthcheckTest shell = read("curl http://x").orElseThrow();
    HealthcheckTest exec = read("[CMD, curl, http://x]").orElseThrow();
    IllegalArgumentException withoutCommand =
        assertThrows(
            IllegalArgumentException.class,
            () -> new HealthcheckTest(shell.form(), shell.node(), List.of(), Optional.empty()));
    assertEquals(
        "a shell command goes with the shell form, and only there", withoutCommand.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new HealthcheckTest(exec.form(), exec.node(), exec.argv(), shell.shellCommand()));
  }
}
