package dev.composefix.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandWordsTest {

  /** Each command as its words joined by spaces, with " |" when its output is used. */
  private static List<String> commands(String script) {
    CommandWords parsed =
        CommandWords.read(script)
            .script()
            .orElseThrow(
                () ->
                    new AssertionError("unsupported: " + CommandWords.read(script).unsupported()));
    return parsed.commands().stream()
        .map(
            c ->
                String.join(" ", c.words().stream().map(ShellWord::text).toList())
                    + (c.outputUsed() ? " |" : ""))
        .toList();
  }

  private static Optional<String> unsupported(String script) {
    return CommandWords.read(script).unsupported();
  }

  @Test
  void splitsCommandsAtEveryOperator() {
    assertEquals(List.of("curl -f a", "exit 1"), commands("curl -f a || exit 1"));
    assertEquals(List.of("a", "b", "c", "d", "e"), commands("a && b; c\nd & e"));
    assertEquals(
        List.of("curl -s a |", "grep -q OK", "exit 1"),
        commands("curl -s a | grep -q OK || exit 1"));
    assertEquals(
        List.of("if", "curl a", "then exit 0", "fi"), commands("if (curl a); then exit 0; fi"));
  }

  @Test
  void removesQuotesAndEscapes() {
    assertEquals(
        List.of("curl -H X: y a b\"c", "echo $HOME 'x'"),
        commands("curl -H \"X: y\" 'a' b\\\"c; echo \"$HOME\" \"'x'\""));
    assertEquals(List.of("curl -f a"), commands("curl -f \\\n  a"));
    assertEquals(List.of("echo ${A:-x y}"), commands("echo ${A:-x y}"));
  }

  @Test
  void leavesRedirectionsAndCommentsOut() {
    assertEquals(List.of("curl -f a"), commands("curl -f a >/dev/null 2>&1"));
    assertEquals(List.of("curl -f a"), commands("curl 2> err.log -f a &> all.log"));
    assertEquals(List.of("curl a"), commands("curl a # probe #2"));
    assertEquals(List.of("curl a#b"), commands("curl a#b"));
  }

  @Test
  void readsCommandsInsideSubstitutions() {
    assertEquals(
        List.of("[ $(curl -s a) = ok ]", "curl -s a |"), commands("[ \"$(curl -s a)\" = ok ]"));
    assertEquals(List.of("test `curl a` = ok", "curl a |"), commands("test `curl a` = ok"));
  }

  @Test
  void knowsWhereEveryCharacterOfAWordStands() {
    CommandWords script = CommandWords.read("curl \"-f\"s 'x y'").script().orElseThrow();
    List<ShellWord> words = script.commands().get(0).words();
    ShellWord flag = words.get(1);
    assertEquals("-fs", flag.text());
    assertEquals(5, flag.start());
    assertEquals(10, flag.end());
    assertArrayEquals(new int[] {6, 7, 9}, flag.offsets());
    assertTrue(flag.isContiguous(0, 2));
    assertFalse(flag.isContiguous(1, 3));
    assertEquals("x y", words.get(2).text());
  }

  @Test
  void refusesWhatItCannotReadExactly() {
    assertEquals(Optional.of("a here-document"), unsupported("cat <<EOF\nx\nEOF"));
    assertEquals(Optional.of("arithmetic expansion"), unsupported("echo $((1+1))"));
    assertEquals(Optional.of("ANSI-C quoting"), unsupported("echo $'\\n'"));
    assertEquals(Optional.of("an unterminated quote"), unsupported("curl 'a"));
    assertEquals(Optional.of("an unbalanced parenthesis or quote"), unsupported("echo $(curl a"));
    assertEquals(Optional.of("an unbalanced parenthesis"), unsupported("curl a)"));
    assertEquals(Optional.of("a redirection without a target"), unsupported("curl a >"));
    assertEquals(Optional.of("quotes inside backquotes"), unsupported("echo `a \"b` c\"`"));
  }
}
