package dev.composefix.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The programs a healthcheck test calls. An exec test ({@code ["CMD", argv...]}) is one call. A
 * shell test is split the way {@code /bin/sh} splits it, for the constructs probes use: words and
 * quotes, {@code ${...}}, pipes, {@code ||}, {@code &&}, {@code ;}, redirections and leading
 * variable assignments. A command it does not understand (subshells, command substitution,
 * unterminated quotes) gives no calls at all, so that nothing is guessed about it.
 */
public final class HealthcheckCalls {

  /**
   * One word of a call.
   *
   * @param value the word after quote removal, as the program receives it (variables unexpanded)
   * @param raw the word as written in the command
   * @param start where it starts: an offset into the shell command, or its index in an exec test's argv
   * @param end where it ends: an offset into the shell command, or its index + 1
   */
  public record Word(String value, String raw, int start, int end) {}

  /**
   * One call.
   *
   * @param words the program and its arguments; assignments before it and redirections are not words
   * @param outputUsed whether its standard output feeds a pipe
   * @param argumentsOnly whether its words stand together with nothing else between or after them, so
   *     that the range from the first to the last can be rewritten as a whole
   */
  public record Call(List<Word> words, boolean outputUsed, boolean argumentsOnly) {

    public Word program() {
      return words.get(0);
    }

    public List<Word> arguments() {
      return words.subList(1, words.size());
    }
  }

  private static final Set<String> RESERVED_PREFIXES = Set.of("!", "if", "then", "else", "elif", "while", "until", "do", "{");

  private HealthcheckCalls() {}

  /** The calls of a test, in order. */
  public static List<Call> of(HealthcheckTest test) {
    if (test.form() == HealthcheckTest.Form.EXEC) {
      List<Word> words = new ArrayList<>();
      for (int i = 0; i < test.argv().size(); i++) {
        String value = test.argv().get(i).value();
        words.add(new Word(value, value, i, i + 1));
      }
      return List.of(new Call(words, false, true));
    }
    return ofShell(test.shellCommand().orElseThrow().value());
  }

  /** The calls of a shell command; empty when it uses a construct this reader does not follow. */
  public static List<Call> ofShell(String command) {
    Optional<List<Token>> tokens = new Lexer(command).tokens();
    if (tokens.isEmpty()) {
      return List.of();
    }
    List<Call> calls = new ArrayList<>();
    List<Token> segment = new ArrayList<>();
    for (Token token : tokens.get()) {
      if (token.isControl()) {
        callOf(segment, token.text().equals("|")).ifPresent(calls::add);
        segment.clear();
      } else {
        segment.add(token);
      }
    }
    callOf(segment, false).ifPresent(calls::add);
    return calls;
  }

  private static Optional<Call> callOf(List<Token> segment, boolean piped) {
    List<Word> words = new ArrayList<>();
    boolean redirected = false;
    boolean argumentsOnly = true;
    for (int i = 0; i < segment.size(); i++) {
      Token token = segment.get(i);
      if (token.isRedirection()) {
        redirected = true;
        i++;
        continue;
      }
      if (words.isEmpty() && (isAssignment(token.word()) || RESERVED_PREFIXES.contains(token.word().raw()))) {
        continue;
      }
      if (redirected) {
        argumentsOnly = false;
      }
      words.add(token.word());
    }
    return words.isEmpty() ? Optional.empty() : Optional.of(new Call(List.copyOf(words), piped, argumentsOnly));
  }

  private static boolean isAssignment(Word word) {
    int equals = word.raw().indexOf('=');
    return equals > 0 && word.raw().substring(0, equals).matches("[A-Za-z_][A-Za-z0-9_]*");
  }

  /** A word, a control operator ({@code | || && ; & newline}) or a redirection operator. */
  private record Token(Word word, String text, boolean isControl, boolean isRedirection) {}

  /** Splits a command into tokens; gives up on what it does not follow. */
  private static final class Lexer {

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private final StringBuilder value = new StringBuilder();
    private int wordStart = -1;
    private int i;

    Lexer(String text) {
      this.text = text;
    }

    Optional<List<Token>> tokens() {
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == ' ' || c == '\t') {
          endWord();
          i++;
        } else if (c == '\n' || c == ';' || c == '|' || c == '&') {
          endWord();
          int length = i + 1 < text.length() && c != '\n' && c != ';' && text.charAt(i + 1) == c ? 2 : 1;
          tokens.add(new Token(null, text.substring(i, i + length), true, false));
          i += length;
        } else if (c == '>' || c == '<') {
          redirection(c);
        } else if (c == '(' || c == ')' || c == '`') {
          return Optional.empty();
        } else if (c == '#' && wordStart < 0) {
          while (i < text.length() && text.charAt(i) != '\n') {
            i++;
          }
        } else if (!wordChar(c)) {
          return Optional.empty();
        }
      }
      endWord();
      return Optional.of(tokens);
    }

    /** Reads one character or quoted part of a word; false when it cannot. */
    private boolean wordChar(char c) {
      if (wordStart < 0) {
        wordStart = i;
      }
      if (c == '\'') {
        int close = text.indexOf('\'', i + 1);
        if (close < 0) {
          return false;
        }
        value.append(text, i + 1, close);
        i = close + 1;
        return true;
      }
      if (c == '"') {
        return doubleQuoted();
      }
      if (c == '\\') {
        if (i + 1 >= text.length()) {
          return false;
        }
        if (text.charAt(i + 1) != '\n') {
          value.append(text.charAt(i + 1));
        }
        i += 2;
        return true;
      }
      if (c == '$') {
        return dollar();
      }
      value.append(c);
      i++;
      return true;
    }

    private boolean doubleQuoted() {
      int j = i + 1;
      while (j < text.length() && text.charAt(j) != '"') {
        char c = text.charAt(j);
        if (c == '`' || c == '$' && j + 1 < text.length() && text.charAt(j + 1) == '(') {
          return false;
        }
        if (c == '\\' && j + 1 < text.length() && "$`\"\\\n".indexOf(text.charAt(j + 1)) >= 0) {
          if (text.charAt(j + 1) != '\n') {
            value.append(text.charAt(j + 1));
          }
          j += 2;
          continue;
        }
        if (c == '$' && j + 1 < text.length() && text.charAt(j + 1) == '{') {
          int close = braceEnd(j + 1);
          if (close < 0) {
            return false;
          }
          value.append(text, j, close + 1);
          j = close + 1;
          continue;
        }
        value.append(c);
        j++;
      }
      if (j >= text.length()) {
        return false;
      }
      i = j + 1;
      return true;
    }

    /** {@code $NAME} and {@code ${...}} stay in the word as written; {@code $(} is not followed. */
    private boolean dollar() {
      if (i + 1 < text.length() && text.charAt(i + 1) == '(') {
        return false;
      }
      if (i + 1 < text.length() && text.charAt(i + 1) == '{') {
        int close = braceEnd(i + 1);
        if (close < 0) {
          return false;
        }
        value.append(text, i, close + 1);
        i = close + 1;
        return true;
      }
      value.append('$');
      i++;
      return true;
    }

    /** The offset of the brace that closes the one at {@code open}, or -1. */
    private int braceEnd(int open) {
      int depth = 0;
      for (int j = open; j < text.length(); j++) {
        char c = text.charAt(j);
        if (c == '{') {
          depth++;
        } else if (c == '}' && --depth == 0) {
          return j;
        }
      }
      return -1;
    }

    /** {@code >}, {@code >>}, {@code <}, {@code >&}, with a file descriptor number written right before it. */
    private void redirection(char c) {
      boolean descriptor = wordStart >= 0 && text.substring(wordStart, i).chars().allMatch(Character::isDigit);
      if (descriptor) {
        wordStart = -1;
        value.setLength(0);
      } else {
        endWord();
      }
      int length = 1;
      if (i + 1 < text.length() && (text.charAt(i + 1) == c || text.charAt(i + 1) == '&')) {
        length = 2;
      }
      tokens.add(new Token(null, text.substring(i, i + length), false, true));
      i += length;
    }

    private void endWord() {
      if (wordStart >= 0) {
        tokens.add(new Token(new Word(value.toString(), text.substring(wordStart, i), wordStart, i), null, false, false));
        wordStart = -1;
        value.setLength(0);
      }
    }
  }
}
