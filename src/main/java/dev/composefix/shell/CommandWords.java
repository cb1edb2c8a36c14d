package dev.composefix.shell;

import dev.composefix.shell.ShellScript.Feature;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The simple commands of a script at every level, command substitutions included, each with its
 * words and their offsets, for rules that edit part of a word in place. A script with a
 * here-document, arithmetic or ANSI-C quoting is not edited: the view refuses it, with the reason.
 */
public final class CommandWords {

  private static final List<Feature> REFUSED =
      List.of(Feature.HERE_DOCUMENT, Feature.ARITHMETIC, Feature.ANSI_C_QUOTING);

  /**
   * One simple command: its words without redirections. {@code outputUsed} is true when its output
   * goes into a pipe or a command substitution, so that something else reads it.
   */
  public record Command(List<ShellWord> words, boolean outputUsed) {}

  /** A read script, or why it cannot be edited exactly. */
  public record Result(Optional<CommandWords> script, Optional<String> unsupported) {}

  private final List<Command> commands;

  private CommandWords(List<Command> commands) {
    this.commands = List.copyOf(commands);
  }

  /** The simple commands in the order their first word appears. */
  public List<Command> commands() {
    return commands;
  }

  public static Result read(String text) {
    ShellScript script = ShellScript.read(text);
    Optional<String> refused = script.firstOf(REFUSED);
    if (refused.isPresent()) {
      return new Result(Optional.empty(), refused);
    }
    List<Command> commands = new ArrayList<>();
    Deque<ShellScript> levels = new ArrayDeque<>();
    levels.push(script);
    boolean top = true;
    while (!levels.isEmpty()) {
      ShellScript level = levels.pop();
      collect(level, !top, commands, levels);
      top = false;
    }
    // A class rather than Comparator.comparingInt(...), whose JDK lambdas a cold run would spin.
    commands.sort(
        new Comparator<>() {
          @Override
          public int compare(Command a, Command b) {
            return Integer.compare(a.words().get(0).start(), b.words().get(0).start());
          }
        });
    return new Result(Optional.of(new CommandWords(commands)), Optional.empty());
  }

  private static void collect(
      ShellScript level, boolean captured, List<Command> commands, Deque<ShellScript> nested) {
    List<ShellWord> words = new ArrayList<>();
    for (ShellToken token : level.tokens()) {
      if (token.isWord()) {
        ShellWord word = token.requireWord();
        words.add(word);
        pushAll(word.substitutions(), nested);
      } else if (token.isOperator()) {
        boolean piped = token.operator().equals("|") || token.operator().equals("|&");
        finish(words, piped || captured, commands);
        words = new ArrayList<>();
      } else {
        pushAll(token.requireWord().substitutions(), nested);
      }
    }
    finish(words, captured, commands);
  }

  private static void pushAll(List<ShellScript> substitutions, Deque<ShellScript> nested) {
    for (ShellScript substitution : substitutions) {
      nested.push(substitution);
    }
  }

  private static void finish(List<ShellWord> words, boolean outputUsed, List<Command> commands) {
    if (!words.isEmpty()) {
      commands.add(new Command(List.copyOf(words), outputUsed));
    }
  }
}
