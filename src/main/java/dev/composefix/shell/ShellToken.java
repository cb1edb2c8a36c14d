package dev.composefix.shell;

import java.util.Optional;

/**
 * One token of a shell command line: a word, a control operator ({@code && || | |& ; ;; ;& &}, a
 * line break, {@code (} or {@code )}), or a redirection with its target word.
 */
public final class ShellToken {

  /** What a token is. */
  public enum Kind {
    WORD,
    OPERATOR,
    REDIRECTION
  }

  /** The operator text of a line break. */
  public static final String NEWLINE = "\n";

  private final Kind kind;
  private final String operator;
  private final ShellWord word;
  private final int start;

  private ShellToken(Kind kind, String operator, ShellWord word, int start) {
    this.kind = kind;
    this.operator = operator;
    this.word = word;
    this.start = start;
  }

  static ShellToken word(ShellWord word) {
    return new ShellToken(Kind.WORD, "", word, word.start());
  }

  static ShellToken operator(String operator, int start) {
    return new ShellToken(Kind.OPERATOR, operator, null, start);
  }

  static ShellToken redirection(String operator, ShellWord target, int start) {
    return new ShellToken(Kind.REDIRECTION, operator, target, start);
  }

  public Kind kind() {
    return kind;
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

  /** The operator, such as {@code &&} or {@code >>}; empty text for a word. */
  public String operator() {
    return operator;
  }

  /** The word, or a redirection's target. */
  public Optional<ShellWord> word() {
    return Optional.ofNullable(word);
  }

  /** The word of a word token. */
  public ShellWord requireWord() {
    if (word == null) {
      throw new IllegalStateException("not a word: " + operator);
    }
    return word;
  }

  /** Where it starts in the script. */
  public int start() {
    return start;
  }

  @Override
  public String toString() {
    return kind == Kind.WORD
        ? word.toString()
        : kind + "[" + operator + (word == null ? "" : " " + word) + "]";
  }
}
