package dev.composefix.shell;

import dev.composefix.shell.ShellScript.Feature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A script as the shell runs it, as far as rules judge exit statuses: simple commands (words after
 * quote removal, redirections left out), pipelines ({@code |}) and and-or chains ({@code &&},
 * {@code ||}) separated by {@code ;} or line breaks. Nothing is expanded. A script with syntax this
 * view does not model (subshells, brace groups, command substitution, here-documents, background
 * jobs) gives nothing, so a rule never judges a command it has not understood.
 */
public final class CommandChains {

  private static final List<Feature> REFUSED =
      List.of(
          Feature.COMMAND_SUBSTITUTION,
          Feature.BACKQUOTES,
          Feature.ARITHMETIC,
          Feature.SUBSHELL,
          Feature.BACKGROUND,
          Feature.HERE_DOCUMENT,
          Feature.HERE_STRING,
          Feature.CASE_TERMINATOR,
          Feature.PIPE_WITH_ERRORS,
          Feature.ANSI_C_QUOTING);

  /**
   * A command and its arguments, quotes removed; its redirections are apart, by their targets.
   *
   * @param redirections the targets of its redirections, such as {@code /dev/null}
   */
  public record SimpleCommand(List<String> words, List<String> redirections) {
    public SimpleCommand {
      words = List.copyOf(words);
      redirections = List.copyOf(redirections);
    }
  }

  /** Commands joined by {@code |}; {@code negated} when it starts with {@code !}. */
  public record Pipeline(boolean negated, List<SimpleCommand> commands) {
    public Pipeline {
      commands = List.copyOf(commands);
    }

    /** The command whose exit status is the pipeline's (without {@code pipefail}). */
    public SimpleCommand last() {
      return commands.get(commands.size() - 1);
    }
  }

  /**
   * Pipelines joined by {@code &&} and {@code ||}, evaluated left to right; {@code
   * operators.get(i)} stands between pipeline {@code i} and {@code i + 1}.
   */
  public record Chain(List<Pipeline> pipelines, List<String> operators) {
    public Chain {
      pipelines = List.copyOf(pipelines);
      operators = List.copyOf(operators);
    }
  }

  private final List<Chain> chains;

  private CommandChains(List<Chain> chains) {
    this.chains = List.copyOf(chains);
  }

  /** The chains in the order they run. */
  public List<Chain> chains() {
    return chains;
  }

  /** The words, when the whole script is one simple command. */
  public Optional<List<String>> simpleWords() {
    if (chains.size() != 1 || chains.get(0).pipelines().size() != 1) {
      return Optional.empty();
    }
    Pipeline pipeline = chains.get(0).pipelines().get(0);
    return pipeline.commands().size() == 1 && !pipeline.negated()
        ? Optional.of(pipeline.commands().get(0).words())
        : Optional.empty();
  }

  /**
   * The words of a string {@code command} or {@code entrypoint}, which Compose splits like a shell
   * without running one, line breaks counting as spaces; empty when it holds shell syntax.
   */
  public static Optional<List<String>> commandWords(String text) {
    return parse(text.replace('\r', ' ').replace('\n', ' ')).flatMap(CommandChains::simpleWords);
  }

  /** Reads a script; empty when it is blank or uses syntax this view does not model. */
  public static Optional<CommandChains> parse(String text) {
    ShellScript script = ShellScript.read(text);
    if (script.firstOf(REFUSED).isPresent()) {
      return Optional.empty();
    }
    return new Grouping().group(script.tokens());
  }

  /** Groups tokens into commands, pipelines and chains. */
  private static final class Grouping {
    private final List<Chain> chains = new ArrayList<>();
    private List<Pipeline> pipelines = new ArrayList<>();
    private List<String> operators = new ArrayList<>();
    private List<SimpleCommand> commands = new ArrayList<>();
    private List<String> words = new ArrayList<>();
    private List<String> redirections = new ArrayList<>();
    private boolean negated;
    private boolean continues;

    Optional<CommandChains> group(List<ShellToken> tokens) {
      for (ShellToken token : tokens) {
        if (token.isRedirection()) {
          redirections.add(token.requireWord().text());
          continue;
        }
        if (token.isWord()) {
          ShellWord word = token.requireWord();
          if (!word.isQuoted() && (word.text().equals("{") || word.text().equals("}"))) {
            return Optional.empty();
          }
          if (words.isEmpty()
              && commands.isEmpty()
              && !word.isQuoted()
              && word.text().equals("!")
              && !negated) {
            negated = true;
          } else {
            words.add(word.text());
          }
          continues = false;
        } else if (token.operator().equals(ShellToken.NEWLINE)) {
          if (continues
              || words.isEmpty() && commands.isEmpty() && pipelines.isEmpty() && !negated) {
            continue;
          }
          if (words.isEmpty()) {
            return Optional.empty();
          }
          endChain();
        } else if (!operator(token.operator())) {
          return Optional.empty();
        }
      }
      if (!words.isEmpty()) {
        endChain();
      } else if (continues || negated || !commands.isEmpty() || !pipelines.isEmpty()) {
        return Optional.empty();
      }
      return chains.isEmpty() ? Optional.empty() : Optional.of(new CommandChains(chains));
    }

    /** {@code |}, {@code &&}, {@code ||} or {@code ;}; false when no command stands before it. */
    private boolean operator(String operator) {
      if (words.isEmpty()) {
        return false;
      }
      commands.add(new SimpleCommand(words, redirections));
      words = new ArrayList<>();
      redirections = new ArrayList<>();
      if (!operator.equals("|")) {
        pipelines.add(new Pipeline(negated, commands));
        commands = new ArrayList<>();
        negated = false;
        if (operator.equals(";")) {
          chains.add(new Chain(pipelines, operators));
          pipelines = new ArrayList<>();
          operators = new ArrayList<>();
        } else {
          operators.add(operator);
        }
      }
      continues = !operator.equals(";");
      return true;
    }

    private void endChain() {
      commands.add(new SimpleCommand(words, redirections));
      words = new ArrayList<>();
      redirections = new ArrayList<>();
      pipelines.add(new Pipeline(negated, commands));
      commands = new ArrayList<>();
      negated = false;
      chains.add(new Chain(pipelines, operators));
      pipelines = new ArrayList<>();
      operators = new ArrayList<>();
    }
  }
}
