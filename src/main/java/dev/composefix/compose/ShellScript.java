package dev.composefix.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A command line read the way {@code /bin/sh} reads it, as far as rules need: words after quote
 * removal, grouped into simple commands, pipelines ({@code |}) and and-or chains ({@code &&},
 * {@code ||}) separated by {@code ;} or line breaks. Redirections are dropped with their targets.
 * Nothing is expanded. Syntax it does not model (subshells, braces, command substitution,
 * here-documents, background jobs, unterminated quotes) makes {@link #parse} return empty, so a
 * rule never judges a command it has not understood.
 */
public final class ShellScript {

  /** A command and its arguments, quotes removed, redirections left out. */
  public record SimpleCommand(List<String> words) {
    public SimpleCommand {
      words = List.copyOf(words);
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
   * Pipelines joined by {@code &&} and {@code ||}, which the shell evaluates left to right;
   * {@code operators.get(i)} stands between pipeline {@code i} and {@code i + 1}.
   */
  public record Chain(List<Pipeline> pipelines, List<String> operators) {
    public Chain {
      pipelines = List.copyOf(pipelines);
      operators = List.copyOf(operators);
    }
  }

  private final List<Chain> chains;

  private ShellScript(List<Chain> chains) {
    this.chains = List.copyOf(chains);
  }

  /** The chains in the order they run. */
  public List<Chain> chains() {
    return chains;
  }

  /** The words, when the whole script is one simple command without redirections. */
  public Optional<List<String>> simpleWords() {
    return chains.size() == 1 && chains.get(0).pipelines().size() == 1
        && chains.get(0).pipelines().get(0).commands().size() == 1 && !chains.get(0).pipelines().get(0).negated()
        ? Optional.of(chains.get(0).pipelines().get(0).commands().get(0).words())
        : Optional.empty();
  }

  /**
   * The words of a string {@code command} or {@code entrypoint}, which Compose splits like a
   * shell without running one, line breaks counting as spaces; empty when it holds shell syntax.
   */
  public static Optional<List<String>> commandWords(String text) {
    return parse(text.replace('\r', ' ').replace('\n', ' ')).flatMap(ShellScript::simpleWords);
  }

  /** Reads a script; empty when it is blank or uses syntax this reader does not model. */
  public static Optional<ShellScript> parse(String text) {
    Optional<List<Token>> tokens = new Lexer(text).tokens();
    return tokens.flatMap(ShellScript::group);
  }

  private enum Kind { WORD, OPERATOR, REDIRECT, NEWLINE }

  /** A word with its quotes removed ({@code quoted} when any part was quoted), or an operator. */
  private record Token(Kind kind, String text, boolean quoted) {}

  private static Optional<ShellScript> group(List<Token> tokens) {
    List<Chain> chains = new ArrayList<>();
    List<Pipeline> pipelines = new ArrayList<>();
    List<String> operators = new ArrayList<>();
    List<SimpleCommand> commands = new ArrayList<>();
    List<String> words = new ArrayList<>();
    boolean negated = false;
    boolean continues = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      switch (token.kind()) {
        case WORD -> {
          if (words.isEmpty() && commands.isEmpty() && !token.quoted() && token.text().equals("!") && !negated) {
            negated = true;
          } else {
            words.add(token.text());
          }
          continues = false;
        }
        case REDIRECT -> {
          if (i + 1 >= tokens.size() || tokens.get(i + 1).kind() != Kind.WORD) {
            return Optional.empty();
          }
          i++;
        }
        case OPERATOR -> {
          if (words.isEmpty()) {
            return Optional.empty();
          }
          commands.add(new SimpleCommand(words));
          words = new ArrayList<>();
          if (!token.text().equals("|")) {
            pipelines.add(new Pipeline(negated, commands));
            commands = new ArrayList<>();
            negated = false;
            if (token.text().equals(";")) {
              chains.add(new Chain(pipelines, operators));
              pipelines = new ArrayList<>();
              operators = new ArrayList<>();
            } else {
              operators.add(token.text());
            }
          }
          continues = !token.text().equals(";");
        }
        case NEWLINE -> {
          if (continues || words.isEmpty() && commands.isEmpty() && pipelines.isEmpty() && !negated) {
            continue;
          }
          if (words.isEmpty()) {
            return Optional.empty();
          }
          commands.add(new SimpleCommand(words));
          words = new ArrayList<>();
          pipelines.add(new Pipeline(negated, commands));
          commands = new ArrayList<>();
          negated = false;
          chains.add(new Chain(pipelines, operators));
          pipelines = new ArrayList<>();
          operators = new ArrayList<>();
        }
      }
    }
    if (!words.isEmpty()) {
      commands.add(new SimpleCommand(words));
      pipelines.add(new Pipeline(negated, commands));
      chains.add(new Chain(pipelines, operators));
    } else if (continues || negated || !commands.isEmpty() || !pipelines.isEmpty()) {
      return Optional.empty();
    }
    return chains.isEmpty() ? Optional.empty() : Optional.of(new ShellScript(chains));
  }

  /** Splits the text into tokens; empty on syntax it does not model. */
  private static final class Lexer {

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();
    private boolean inWord;
    private boolean quoted;
    private boolean grouping;
    private int i;

    Lexer(String text) {
      this.text = text;
    }

    Optional<List<Token>> tokens() {
      while (i < text.length()) {
        if (!step()) {
          return Optional.empty();
        }
      }
      endWord();
      return grouping ? Optional.empty() : Optional.of(tokens);
    }

    /** Reads from {@code i}; false on unsupported syntax. */
    private boolean step() {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
      switch (c) {
        case ' ', '\t' -> {
          endWord();
          i++;
        }
        case '\r', '\n' -> {
          endWord();
          tokens.add(new Token(Kind.NEWLINE, "\n", false));
          i += c == '\r' && next == '\n' ? 2 : 1;
        }
        case '\\' -> {
          if (next == '\n' || next == '\r') {
            i += next == '\r' && i + 2 < text.length() && text.charAt(i + 2) == '\n' ? 3 : 2;
          } else if (i + 1 < text.length()) {
            append(next);
            quoted = true;
            i += 2;
          } else {
            return false;
          }
        }
        case '\'' -> {
          int close = text.indexOf('\'', i + 1);
          if (close < 0) {
            return false;
          }
          startWord();
          quoted = true;
          word.append(text, i + 1, close);
          i = close + 1;
        }
        case '"' -> {
          return doubleQuoted();
        }
        case '`', '(', ')' -> {
          return false;
        }
        case '$' -> {
          if (next == '(') {
            return false;
          }
          append(c);
          i++;
        }
        case '#' -> {
          if (inWord) {
            append(c);
            i++;
          } else {
            while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
              i++;
            }
          }
        }
        case ';' -> {
          if (next == ';' || next == '&') {
            return false;
          }
          operator(";", 1);
        }
        case '|' -> {
          if (next == '&') {
            return false;
          }
          operator(next == '|' ? "||" : "|", next == '|' ? 2 : 1);
        }
        case '&' -> {
          if (next == '&') {
            operator("&&", 2);
          } else if (next == '>') {
            endWord();
            redirect(i + 2);
          } else {
            return false;
          }
        }
        case '<', '>' -> {
          if (c == '<' && next == '<') {
            return false;
          }
          if (inWord && !quoted && word.chars().allMatch(Character::isDigit)) {
            word.setLength(0);
            inWord = false;
          }
          endWord();
          redirect(i + 1);
        }
        default -> {
          append(c);
          i++;
        }
      }
      return true;
    }

    /** Inside double quotes a backslash escapes only {@code $ ` " \} and a line break. */
    private boolean doubleQuoted() {
      startWord();
      quoted = true;
      int j = i + 1;
      while (j < text.length()) {
        char c = text.charAt(j);
        if (c == '"') {
          i = j + 1;
          return true;
        }
        if (c == '`' || c == '$' && j + 1 < text.length() && text.charAt(j + 1) == '(') {
          return false;
        }
        if (c == '\\' && j + 1 < text.length() && "$`\"\\\n".indexOf(text.charAt(j + 1)) >= 0) {
          if (text.charAt(j + 1) != '\n') {
            word.append(text.charAt(j + 1));
          }
          j += 2;
        } else {
          word.append(c);
          j++;
        }
      }
      return false;
    }

    /** A redirection operator ending before {@code from}, plus {@code >}, {@code &} or {@code |} right after it. */
    private void redirect(int from) {
      int end = from;
      while (end < text.length() && "<>&|".indexOf(text.charAt(end)) >= 0 && end - from < 2) {
        end++;
      }
      tokens.add(new Token(Kind.REDIRECT, text.substring(i, end), false));
      i = end;
    }

    private void operator(String operator, int length) {
      endWord();
      tokens.add(new Token(Kind.OPERATOR, operator, false));
      i += length;
    }

    private void startWord() {
      inWord = true;
    }

    private void append(char c) {
      inWord = true;
      word.append(c);
    }

    private void endWord() {
      if (inWord) {
        String value = word.toString();
        // An unquoted brace word opens or closes a command group, which this reader does not model.
        grouping |= !quoted && (value.equals("{") || value.equals("}"));
        tokens.add(new Token(Kind.WORD, value, quoted));
      }
      word.setLength(0);
      inWord = false;
      quoted = false;
    }
  }
}
