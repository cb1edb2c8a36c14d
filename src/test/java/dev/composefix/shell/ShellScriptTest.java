package dev.composefix.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.shell.ShellScript.Feature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ShellScriptTest {

  /** The top-level tokens: words in brackets, operators bare, redirections as op+target. */
  private static String tokens(String text) {
    ShellScript script = ShellScript.read(text);
    script
        .problem()
        .ifPresent(
            problem -> {
              throw new AssertionError("problem: " + problem.message());
            });
    List<String> out = new ArrayList<>();
    for (ShellToken token : script.tokens()) {
      switch (token.kind()) {
        case WORD -> out.add("[" + token.requireWord().text() + "]");
        case OPERATOR -> out.add(token.operator().equals("\n") ? "NL" : token.operator());
        case REDIRECTION -> out.add(token.operator() + token.requireWord().text());
      }
    }
    return String.join(" ", out);
  }

  private static Optional<String> problem(String text) {
    return ShellScript.read(text).problem().map(ShellScript.Problem::message);
  }

  /**
   * The script of a shell's -c call is the first word after the options, wherever -c stands among
   * them; each expected index was checked with bash and dash running such a line.
   */
  @Test
  void findsTheScriptOfAShellsCCall() {
    List<String> lines =
        List.of(
            "sh -c s",
            "/bin/bash -ec s",
            "bash -ce s",
            "bash -xc s",
            "bash -Ec s",
            "bash -c -x s",
            "sh -c -- s",
            "dash -c - s",
            "bash -o pipefail -c s",
            "bash -eo pipefail -c s",
            "bash -co pipefail s",
            "bash +o pipefail -c s",
            "bash --login -c s",
            "bash --rcfile f -c s",
            "zsh -c s",
            "ksh -c s",
            "sh start.sh -c s",
            "sh -e s",
            "sh +c s",
            "sh -c",
            "sh -o pipefail -c",
            "python3 -c s",
            "bash");
    List<Integer> found = new ArrayList<>();
    for (String line : lines) {
      found.add(ShellScript.scriptIndex(List.of(line.split(" "))));
    }
    assertEquals(
        List.of(2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 3, 4, 3, 4, 2, 2, -1, -1, -1, -1, -1, -1, -1), found);
  }

  @Test
  void splitsWordsOperatorsAndRedirections() {
    assertEquals("[curl] [-sf] [http://x] || [exit] [1]", tokens("curl -sf http://x || exit 1"));
    assertEquals("[a] && [b] ; [c] NL [d] & [e] | [f] |& [g]", tokens("a && b; c\nd & e | f |& g"));
    assertEquals("[curl] >/dev/null >&1 [a]", tokens("curl 2>/dev/null >&1 a"));
    assertEquals("[echo] &>log &>>log2", tokens("echo &>log &>>log2"));
    assertEquals("[cat] <in <>rw >|clobber >>append", tokens("cat <in <>rw >|clobber >>append"));
    assertEquals("( [a] ) ;; [b] ;& [c]", tokens("(a);; b;& c"));
  }

  @Test
  void aDescriptorNumberBelongsToItsRedirection() {
    assertEquals("[echo] >&1", tokens("echo 2>&1"));
    assertEquals("[echo] [2] >x", tokens("echo \"2\">x"));
    assertEquals("[echo] [2] >x", tokens("echo 2 >x"));
  }

  @Test
  void removesQuotesAndKeepsExpansionsAsWritten() {
    assertEquals(
        "[a b] [c'd] [e\"f] [$HOME] [${A:-x y}] [x]",
        tokens("'a b' \"c'd\" e\\\"f \"$HOME\" ${A:-x y} x"));
    assertEquals("[$(date +%s)] [`id`]", tokens("$(date +%s) `id`"));
    assertEquals("[a\nb]", tokens("$'a\\nb'"));
    assertEquals("[$((1 + (2)))]", tokens("$((1 + (2)))"));
  }

  @Test
  void joinsLineContinuationsAndSkipsComments() {
    assertEquals("[curl] [-f] [ab]", tokens("curl -f \\\n a\\\nb"));
    assertEquals("[a] NL [b#c]", tokens("a # comment\nb#c"));
    assertEquals("[a] NL [b]", tokens("a\r\nb"));
  }

  @Test
  void readsHereStringsAndSkipsHereDocumentBodies() {
    assertEquals("[grep] [-q] [ok] <<<$reply", tokens("grep -q ok <<< \"$reply\""));
    assertEquals(
        "[cat] <<EOF NL [echo] [done]", tokens("cat <<EOF\nline $(not read)\nEOF\necho done"));
    assertEquals("[cat] <<-END NL [x]", tokens("cat <<-END\n\tbody\n\tEND\nx"));
    assertTrue(ShellScript.read("cat <<EOF\nx\nEOF").has(Feature.HERE_DOCUMENT));
    assertTrue(ShellScript.read("a <<< b").has(Feature.HERE_STRING));
  }

  @Test
  void readsCommandSubstitutionsAsScriptsOfTheirOwn() {
    ShellScript script = ShellScript.read("test \"$(curl -s `cat url`)\" = ok");
    ShellWord word = script.tokens().get(1).requireWord();
    assertEquals("$(curl -s `cat url`)", word.text());
    ShellScript inner = word.substitutions().get(0);
    assertEquals(
        List.of("curl", "-s", "`cat url`"),
        inner.tokens().stream().map(token -> token.requireWord().text()).toList());
    assertEquals(
        "cat url",
        String.join(
            " ",
            inner.tokens().get(2).requireWord().substitutions().get(0).tokens().stream()
                .map(token -> token.requireWord().text())
                .toList()));
    assertEquals(OptionalInt.of(6), script.firstUseOf(Feature.COMMAND_SUBSTITUTION));
    assertEquals(OptionalInt.of(16), script.firstUseOf(Feature.BACKQUOTES));
  }

  @Test
  void knowsWhereEveryCharacterStands() {
    ShellWord word = ShellScript.read("curl \"-f\"s 'x y'").tokens().get(1).requireWord();
    assertEquals("-fs", word.text());
    assertEquals("\"-f\"s", word.raw());
    assertEquals(List.of(6, 7, 9), List.of(word.offsetOf(0), word.offsetOf(1), word.offsetOf(2)));
    assertTrue(word.isContiguous(0, 2));
    assertFalse(word.isContiguous(1, 3));
  }

  @Test
  void recordsWhatItCouldNotRead() {
    assertEquals(Optional.of("an unterminated quote"), problem("curl 'a"));
    assertEquals(Optional.of("an unterminated quote"), problem("curl \"a"));
    assertEquals(Optional.of("an unbalanced parenthesis or quote"), problem("echo $(curl a"));
    assertEquals(Optional.of("an unbalanced parenthesis"), problem("curl a)"));
    assertEquals(Optional.of("a redirection without a target"), problem("curl a >"));
    assertEquals(Optional.of("a redirection without a target"), problem("curl a > | b"));
    assertEquals(Optional.of("a trailing backslash"), problem("curl a\\"));
    assertEquals(Optional.of("an unterminated ${"), problem("curl ${A"));
    assertEquals(Optional.of("quotes inside backquotes"), problem("echo `a \"b` c\"`"));
    assertEquals(Optional.empty(), problem(""));
  }

  @Test
  void deepNestingIsRefusedWithoutRecursion() {
    String deep = "$(".repeat(3000) + "true" + ")".repeat(3000);
    assertEquals(Optional.of("command substitutions nested deeper than 64 levels"), problem(deep));
    String allowed = "$(".repeat(64) + "true" + ")".repeat(64);
    assertEquals(Optional.empty(), problem(allowed));
    assertEquals(
        Optional.of("command substitutions nested deeper than 64 levels"),
        problem("\"$(".repeat(3000)));
  }

  @Test
  void aLongScriptIsReadInOnePass() {
    String words = "a ".repeat(200_000);
    assertEquals(200_000, ShellScript.read(words).tokens().size());
    String braces = "${".repeat(100_000);
    assertEquals(Optional.of("an unterminated ${"), problem(braces));
  }

  @Test
  void namesTheFirstRefusedConstruct() {
    ShellScript script = ShellScript.read("echo $((1)) <<EOF\nx\nEOF");
    assertEquals(
        Optional.of("arithmetic expansion"),
        script.firstOf(List.of(Feature.HERE_DOCUMENT, Feature.ARITHMETIC)));
    assertEquals(Optional.of("a here-document"), script.firstOf(List.of(Feature.HERE_DOCUMENT)));
    assertEquals(Optional.empty(), script.firstOf(List.of(Feature.SUBSHELL)));
  }
}
