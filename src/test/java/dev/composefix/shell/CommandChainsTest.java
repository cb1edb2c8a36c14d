package dev.composefix.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandChainsTest {

  /**
   * The script written back as a structure: chains by " ; ", pipelines with their operators,
   * commands in brackets.
   */
  private static String shape(String text) {
    Optional<CommandChains> script = CommandChains.parse(text);
    if (script.isEmpty()) {
      return "unsupported";
    }
    List<String> chains = new ArrayList<>();
    for (CommandChains.Chain chain : script.get().chains()) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < chain.pipelines().size(); i++) {
        if (i > 0) {
          out.append(' ').append(chain.operators().get(i - 1)).append(' ');
        }
        CommandChains.Pipeline pipeline = chain.pipelines().get(i);
        List<String> commands = new ArrayList<>();
        pipeline.commands().forEach(command -> commands.add(command.words().toString()));
        out.append(pipeline.negated() ? "! " : "").append(String.join(" | ", commands));
      }
      chains.add(out.toString());
    }
    return String.join(" ; ", chains);
  }

  @Test
  void removesQuotesTheWayTheShellDoes() {
    assertEquals("[echo, a b, c d, e f, ]", shape("echo \"a b\" 'c d' e\\ f ''"));
    assertEquals("[x, a\"b\\c$d\\e, it's]", shape("x \"a\\\"b\\\\c\\$d\\e\" 'it'\\''s'"));
    assertEquals(
        "[python3, -c, import sys; sys.exit(0)]", shape("python3 -c 'import sys; sys.exit(0)'"));
    assertEquals("[a#b, c]", shape("a#b c # a comment"));
  }

  @Test
  void groupsCommandsIntoPipelinesAndChains() {
    assertEquals("[a] && [b] || [c] ; [d] | [e, f]", shape("a && b || c; d | e f"));
    assertEquals("! [true] ; [x]", shape("! true\nx"));
    assertEquals("[a] && [b]", shape("a &&\n  b"));
    assertEquals("[a] ; [b]", shape("\n\na;\n\nb\n"));
    assertEquals("[a, b]", shape("a \\\n  b"));
    assertEquals("[a]", shape("a;"));
  }

  @Test
  void dropsRedirectionsWithTheirTargets() {
    assertEquals(
        "[curl, -sf, http://x] | [grep, ok]",
        shape("curl -sf http://x 2>&1 >/dev/null | grep ok > out"));
    assertEquals("[printf, %s\\n, alive]", shape("printf \"%s\\n\" alive &> /dev/null"));
    assertEquals("[echo, 2]", shape("echo \"2\">x"));
  }

  @Test
  void refusesWhatItDoesNotModel() {
    for (String text :
        List.of(
            "echo $(date)",
            "echo `date`",
            "(true)",
            "{ true; }",
            "sleep 1 &",
            "cat <<EOF\nx\nEOF",
            "echo 'open",
            "echo \"open",
            "a &&",
            "&& a",
            "a ;; b",
            "a |& b",
            "a >",
            "",
            "  \n",
            "echo \"$(id)\"",
            "!")) {
      assertEquals("unsupported", shape(text), text);
    }
  }

  @Test
  void givesTheWordsOfOneSimpleCommand() {
    assertEquals(
        Optional.of(List.of("-js", "-sd", "/data")),
        CommandChains.parse("-js -sd /data").orElseThrow().simpleWords());
    assertEquals(Optional.empty(), CommandChains.parse("a | b").orElseThrow().simpleWords());
    assertEquals(Optional.empty(), CommandChains.parse("a; b").orElseThrow().simpleWords());
    assertEquals(Optional.empty(), CommandChains.parse("! a").orElseThrow().simpleWords());
    assertEquals(
        Optional.of(List.of("-js", "-sd", "/data")),
        CommandChains.commandWords("  -js\n-sd /data\r\n"));
    assertEquals(Optional.empty(), CommandChains.commandWords("-js; -m 8222"));
  }
}
