package dev.composefix.shell;

import dev.composefix.shell.ShellScript.Feature;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The programs a command line calls: the words of each simple command, with leading variable
 * assignments and reserved words such as {@code if} or {@code !} skipped and redirections left out.
 * A script with a subshell, a command substitution or arithmetic gives no calls at all, so nothing
 * is guessed about it.
 */
public final class ProgramCalls {

  private static final List<Feature> REFUSED =
      List.of(
          Feature.COMMAND_SUBSTITUTION, Feature.BACKQUOTES, Feature.SUBSHELL, Feature.ARITHMETIC);

  private static final Set<String> RESERVED_PREFIXES =
      Set.of("!", "if", "then", "else", "elif", "while", "until", "do", "{");

  /**
   * One call.
   *
   * @param words the program and its arguments
   * @param outputUsed whether its standard output feeds a pipe
   * @param argumentsOnly whether its words stand together with nothing else between or after them,
   *     so that the range from the first to the last can be rewritten as a whole
   */
  public record Call(List<ShellWord> words, boolean outputUsed, boolean argumentsOnly) {

    public ShellWord program() {
      return words.get(0);
    }

    public List<ShellWord> arguments() {
      return words.subList(1, words.size());
    }
  }

  private ProgramCalls() {}

  /** An exec list's words as one call; each word's start and end are its index in the list. */
  public static Call ofArgv(List<String> argv) {
    List<ShellWord> words = new ArrayList<>();
    for (int i = 0; i < argv.size(); i++) {
      words.add(ShellWord.argument(argv.get(i), i));
    }
    return new Call(List.copyOf(words), false, true);
  }

  /**
   * The calls of a shell command line in order; empty when it uses a construct this view does not
   * follow.
   */
  public static List<Call> ofShell(String command) {
    ShellScript script = ShellScript.read(command);
    if (script.firstOf(REFUSED).isPresent()) {
      return List.of();
    }
    List<Call> calls = new ArrayList<>();
    List<ShellToken> segment = new ArrayList<>();
    for (ShellToken token : script.tokens()) {
      if (token.isOperator()) {
        boolean piped = token.operator().equals("|") || token.operator().equals("|&");
        addCall(calls, segment, piped);
        segment.clear();
      } else {
        segment.add(token);
      }
    }
    addCall(calls, segment, false);
    return List.copyOf(calls);
  }

  /** Adds the call a segment makes, when it makes one. */
  private static void addCall(List<Call> calls, List<ShellToken> segment, boolean piped) {
    List<ShellWord> words = new ArrayList<>();
    boolean redirected = false;
    boolean argumentsOnly = true;
    for (ShellToken token : segment) {
      if (token.isRedirection()) {
        redirected = true;
        continue;
      }
      ShellWord word = token.requireWord();
      if (words.isEmpty() && (isAssignment(word) || RESERVED_PREFIXES.contains(word.raw()))) {
        continue;
      }
      if (redirected) {
        argumentsOnly = false;
      }
      words.add(word);
    }
    if (!words.isEmpty()) {
      calls.add(new Call(List.copyOf(words), piped, argumentsOnly));
    }
  }

  /** {@code NAME=value} before the program, which sets a variable for it. */
  public static boolean isAssignment(ShellWord word) {
    int equals = word.raw().indexOf('=');
    if (equals <= 0) {
      return false;
    }
    for (int i = 0; i < equals; i++) {
      char c = word.raw().charAt(i);
      boolean letter = c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }
}
