package dev.composefix.shell;

import java.util.Optional;

/**
 * One token of a shell command line: a word, a control operator ({@code && || | |& ; ;; ;& &}, a
 * line break, {@code (} or {@code )}), or a redirection with its target word.
 *
 * @param operator the operator, such as {@code &&} or {@code >>}; empty for a word
 * @param word the word, or a redirection's target; null for an operator
 * @param start where it starts in the script
 */
public record ShellToken(Kind kind, String operator, ShellWord word, int start) {

  /** What a token is. */
  public enum Kind {
    WORD,
    OPERATOR,
    REDIRECTION
  }

  /** The operator text of a line break. */
  public static final String NEWLINE = "\n";

  static ShellToken ofWord(ShellWord word) {
    return new ShellToken(Kind.WORD, "", word, word.start());
  }

  static ShellToken ofOperator(String operator, int start) {
    return new ShellToken(Kind.OPERATOR, operator, null, start);
  }

  static ShellToken ofRedirection(String operator, ShellWord target, int start) {
    return new ShellToken(Kind.REDIRECTION, operator, target, start);
  }

  public boolean isWord() {
    return kind == Kind.WORD;
  }

  public boolean isOperator() {
    return kind == Kind.OPERATOR;
  }

  public boolean isRedirection() {
    return kind == Kind.REDIRECTION;
  }

  /** The word, or a redirection's target. */
  public Optional<ShellWord> target() {
    return Optional.ofNullable(word);
  }

  /** The word of a word or redirection token. */
  public ShellWord requireWord() {
    if (word == null) {
      throw new IllegalStateException("not a word: " + operator);
    }
    return word;
  }
}
