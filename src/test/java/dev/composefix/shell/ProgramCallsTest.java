package dev.composefix.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.compose.HealthcheckTest;
import dev.composefix.shell.ProgramCalls.Call;
import dev.composefix.support.Yaml;
import dev.composefix.yaml.YDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramCallsTest {

  /**
   * Each call as its word values, with "|" after a call whose output feeds a pipe and "!" after one
   * that is not only arguments.
   */
  private static List<String> shape(String command) {
    return ProgramCalls.ofShell(command).stream().map(ProgramCallsTest::shape).toList();
  }

  /** A word as text|raw|start|end. */
  private static String tuple(ShellWord word) {
    return word.text() + "|" + word.raw() + "|" + word.start() + "|" + word.end();
  }

  private static String shape(Call call) {
    return String.join(" ", call.words().stream().map(ShellWord::text).toList())
        + (call.outputUsed() ? " |" : "")
        + (call.argumentsOnly() ? "" : " !");
  }

  @Test
  void splitsCommandsAtControlOperators() {
    assertEquals(
        List.of("curl -f http://localhost/", "exit 1"),
        shape("curl -f http://localhost/ || exit 1"));
    assertEquals(
        List.of("curl -s http://x |", "grep -q OK"), shape("curl -s http://x | grep -q OK"));
    assertEquals(List.of("a", "b", "c", "d"), shape("a && b; c\nd"));
    assertEquals(List.of("a", "b"), shape("a & b"));
  }

  @Test
  void removesQuotesAndKeepsTheWordAsWritten() {
    List<Call> calls = ProgramCalls.ofShell("wget -q 'http://a b/' \"x\\\"y\" z\\ w");
    assertEquals(
        List.of(
            "wget|wget|0|4",
            "-q|-q|5|7",
            "http://a b/|'http://a b/'|8|21",
            "x\"y|\"x\\\"y\"|22|28",
            "z w|z\\ w|29|33"),
        calls.get(0).words().stream().map(ProgramCallsTest::tuple).toList());
  }

  @Test
  void keepsVariablesInsideTheirWord() {
    assertEquals(
        List.of("curl http://${HOST:-local host}:$PORT/"),
        shape("curl http://${HOST:-local host}:$PORT/"));
    assertEquals(List.of("wget http://$${U:-a}@h/"), shape("wget http://$${U:-a}@h/"));
    assertEquals(List.of("curl \"${A} b\""), shape("curl '\"${A} b\"'"));
  }

  @Test
  void skipsAssignmentsAndReservedWordsBeforeTheProgram() {
    assertEquals(
        List.of("wget -nv http://x/", "exit 1"),
        shape("HTTP_PROXY='' http_proxy= wget -nv http://x/ || exit 1"));
    assertEquals(
        List.of("curl -f http://x", "exit 0", "fi"), shape("if curl -f http://x; then exit 0; fi"));
    assertEquals(List.of("curl --data=a=b http://x"), shape("! curl --data=a=b http://x"));
  }

  @Test
  void leavesRedirectionsOutOfTheWords() {
    assertEquals(List.of("wget -qO- http://x/"), shape("wget -qO- http://x/ >/dev/null 2>&1"));
    assertEquals(List.of("nc -z localhost 80"), shape("nc -z localhost 80 </dev/null"));
    assertEquals(List.of("curl -f http://x !"), shape("curl >/dev/null -f http://x"));
    assertEquals(List.of("curl -f http://x 2"), shape("curl -f http://x 2 >out"));
  }

  @Test
  void readsCommentsAsNothing() {
    assertEquals(List.of("curl http://x#y"), shape("curl http://x#y # a comment | not a pipe"));
  }

  @Test
  void givesNothingForWhatItDoesNotFollow() {
    assertEquals(List.of(), shape("curl -f http://localhost:$(cat /port)/"));
    assertEquals(List.of(), shape("curl -f \"http://$(hostname)/\""));
    assertEquals(List.of(), shape("(curl -f http://x) || exit 1"));
    assertEquals(List.of(), shape("curl `cat url`"));
    assertEquals(List.of(), shape("curl 'http://x"));
    assertEquals(List.of(), shape("curl \"http://x"));
    assertEquals(List.of(), shape("curl http://${HOST"));
    assertEquals(List.of(), shape("curl http://x\\"));
  }

  @Test
  void anExecTestIsOneCallByArgvIndex() {
    YDocument document =
        Yaml.parse("healthcheck:\n  test: [\"CMD\", \"curl\", \"-f\", \"http://x\"]\n");
    HealthcheckTest test =
        HealthcheckTest.of(Yaml.mappingAt(document, "healthcheck")).orElseThrow();
    List<Call> calls = test.calls();
    assertEquals(1, calls.size());
    assertEquals(
        List.of("curl|curl|0|1", "-f|-f|1|2", "http://x|http://x|2|3"),
        calls.get(0).words().stream().map(ProgramCallsTest::tuple).toList());
    assertEquals(false, calls.get(0).outputUsed());
    assertEquals(true, calls.get(0).argumentsOnly());
  }

  @Test
  void aShellTestIsReadFromItsCommand() {
    YDocument document =
        Yaml.parse("healthcheck:\n  test: [\"CMD-SHELL\", \"curl -f http://x || exit 1\"]\n");
    HealthcheckTest test =
        HealthcheckTest.of(Yaml.mappingAt(document, "healthcheck")).orElseThrow();
    assertEquals(
        List.of("curl -f http://x", "exit 1"),
        test.calls().stream().map(ProgramCallsTest::shape).toList());
  }
}
