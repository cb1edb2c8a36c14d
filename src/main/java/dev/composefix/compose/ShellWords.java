package dev.composefix.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A shell command line, as {@code /bin/sh -c} would split it, read conservatively: simple
 * commands and their words, each word with the offsets of its characters in the script, so that a
 * part of a word can be edited in place. Quotes, backslashes, {@code ${...}}, redirections,
 * comments and command substitutions are understood; here-documents, arithmetic, ANSI-C quoting
 * and anything unbalanced make the script unsupported rather than misread.
 */
public final class ShellWords {

  /**
   * One word: its text after quote removal, where it stands in the script, and for each of its
   * characters the script offset it was read from.
   */
  public record Word(String text, int start, int end, int[] offsets) {

    /** Whether the characters {@code [from, to)} of the word are written side by side in the script. */
    public boolean isContiguous(int from, int to) {
      for (int i = from + 1; i < to; i++) {
        if (offsets[i] != offsets[i - 1] + 1) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * One simple command: its words without redirections. {@code outputUsed} is true when its
   * output goes into a pipe or a command substitution, so that something else reads it.
   */
  public record Command(List<Word> words, boolean outputUsed) {}

  private final List<Command> commands;

  private ShellWords(List<Command> commands) {
    this.commands = List.copyOf(commands);
  }

  /** The simple commands in the order their first word appears. */
  public List<Command> commands() {
    return commands;
  }

  /** Reads a script; the result says what made it unsupported when it is. */
  public static Result parse(String script) {
    Reader reader = new Reader(script);
    try {
      reader.list(0, NONE, false);
    } catch (Unsupported e) {
      return new Result(Optional.empty(), Optional.of(e.getMessage()));
    }
    List<Command> commands = new ArrayList<>(reader.commands);
    commands.sort((a, b) -> Integer.compare(a.words().get(0).start(), b.words().get(0).start()));
    return new Result(Optional.of(new ShellWords(commands)), Optional.empty());
  }

  /** A parsed script, or why it could not be read exactly. */
  public record Result(Optional<ShellWords> script, Optional<String> unsupported) {}

  private static final int NONE = -1;

  /** Raised inside the reader for syntax it does not read exactly. */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String what) {
      super(what);
    }
  }

  /** A recursive reader; nested command substitutions add their commands as they close. */
  private static final class Reader {

    private final String s;
    private final List<Command> commands = new ArrayList<>();
    /** Inside backquotes a bare backquote always closes them. */
    private int backquotes;

    Reader(String s) {
      this.s = s;
    }

    /** Reads commands from {@code i} up to {@code close} (or the end); returns the offset after it. */
    int list(int i, int close, boolean captured) throws Unsupported {
      List<Word> words = new ArrayList<>();
      int parens = 0;
      while (true) {
        i = skipBlanks(i);
        if (i >= s.length()) {
          if (close != NONE || parens != 0) {
            throw new Unsupported("an unbalanced parenthesis or quote");
          }
          finish(words, captured);
          return i;
        }
        char c = s.charAt(i);
        if (c == close && (close != ')' || parens == 0)) {
          finish(words, captured);
          return i + 1;
        }
        if (c == '#') {
          while (i < s.length() && s.charAt(i) != '\n') {
            i++;
          }
        } else if (c == '(' || c == ')') {
          parens += c == '(' ? 1 : -1;
          if (parens < 0) {
            throw new Unsupported("an unbalanced parenthesis");
          }
          words = finish(words, captured);
          i++;
        } else if (c == '|' && at(i + 1) != '|') {
          words = finish(words, true);
          i += at(i + 1) == '&' ? 2 : 1;
        } else if (c == '&' && at(i + 1) == '>') {
          i = redirect(i + 1, words);
        } else if (c == '\n' || c == ';' || c == '&' || c == '|') {
          words = finish(words, captured);
          i += (c == '&' || c == '|' || c == ';') && at(i + 1) == c ? 2 : 1;
        } else if (c == '<' || c == '>') {
          i = redirect(i, words);
        } else {
          i = word(i, words);
        }
      }
    }

    private List<Word> finish(List<Word> words, boolean outputUsed) {
      if (!words.isEmpty()) {
        commands.add(new Command(List.copyOf(words), outputUsed));
      }
      return new ArrayList<>();
    }

    /** Skips a redirection and its target; an IO number just before it is not a word. */
    private int redirect(int i, List<Word> words) throws Unsupported {
      if (!words.isEmpty()) {
        Word last = words.get(words.size() - 1);
        if (last.end() == i && last.text().chars().allMatch(Character::isDigit)) {
          words.remove(words.size() - 1);
        }
      }
      if (s.startsWith("<<", i)) {
        throw new Unsupported("a here-document");
      }
      int j = i + 1;
      while (j < s.length() && "<>&|".indexOf(s.charAt(j)) >= 0) {
        j++;
      }
      if (s.charAt(j - 1) == '&') {
        while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '-')) {
          j++;
        }
        if (j > i && (Character.isDigit(s.charAt(j - 1)) || s.charAt(j - 1) == '-')) {
          return j;
        }
      }
      j = skipBlanks(j);
      if (j >= s.length() || "\n;&|()<>".indexOf(s.charAt(j)) >= 0) {
        throw new Unsupported("a redirection without a target");
      }
      return word(j, new ArrayList<>());
    }

    /** Reads one word into {@code words}; returns the offset after it. */
    private int word(int start, List<Word> words) throws Unsupported {
      StringBuilder text = new StringBuilder();
      List<Integer> offsets = new ArrayList<>();
      int i = start;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == ' ' || c == '\t' || "\n;&|()<>".indexOf(c) >= 0 || c == '`' && backquotes > 0) {
          break;
        }
        if (c == '\'') {
          int endQuote = s.indexOf('\'', i + 1);
          if (endQuote < 0) {
            throw new Unsupported("an unterminated quote");
          }
          for (int k = i + 1; k < endQuote; k++) {
            add(text, offsets, k);
          }
          i = endQuote + 1;
        } else if (c == '"') {
          i = doubleQuoted(i + 1, text, offsets);
        } else if (c == '\\') {
          if (i + 1 >= s.length()) {
            throw new Unsupported("a trailing backslash");
          }
          if (s.charAt(i + 1) != '\n') {
            add(text, offsets, i + 1);
          }
          i += 2;
        } else if (c == '$' || c == '`') {
          i = expansion(i, text, offsets);
        } else {
          add(text, offsets, i);
          i++;
        }
      }
      int[] at = offsets.stream().mapToInt(Integer::intValue).toArray();
      words.add(new Word(text.toString(), start, i, at));
      return i;
    }

    /** Reads the inside of double quotes from {@code i}; returns the offset after the closing quote. */
    private int doubleQuoted(int i, StringBuilder text, List<Integer> offsets) throws Unsupported {
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '"') {
          return i + 1;
        }
        if (c == '\\' && i + 1 < s.length() && "$`\"\\\n".indexOf(s.charAt(i + 1)) >= 0) {
          if (s.charAt(i + 1) != '\n') {
            add(text, offsets, i + 1);
          }
          i += 2;
        } else if (c == '`' && backquotes > 0) {
          throw new Unsupported("quotes inside backquotes");
        } else if (c == '$' || c == '`') {
          i = expansion(i, text, offsets);
        } else {
          add(text, offsets, i);
          i++;
        }
      }
      throw new Unsupported("an unterminated quote");
    }

    /**
     * Reads {@code $...} or a backquote at {@code i}. Its source text stays in the word as it is;
     * a command substitution also adds the commands inside it.
     */
    private int expansion(int i, StringBuilder text, List<Integer> offsets) throws Unsupported {
      int end;
      if (s.charAt(i) == '`') {
        backquotes++;
        end = list(i + 1, '`', true);
        backquotes--;
      } else if (s.startsWith("$((", i)) {
        throw new Unsupported("arithmetic expansion");
      } else if (s.startsWith("$(", i)) {
        end = list(i + 2, ')', true);
      } else if (s.startsWith("$'", i)) {
        throw new Unsupported("ANSI-C quoting");
      } else if (s.startsWith("${", i)) {
        end = closingBrace(i + 2);
      } else {
        end = i + 1;
      }
      for (int k = i; k < end; k++) {
        add(text, offsets, k);
      }
      return end;
    }

    private int closingBrace(int i) throws Unsupported {
      int depth = 1;
      for (int k = i; k < s.length(); k++) {
        char c = s.charAt(k);
        if (c == '{') {
          depth++;
        } else if (c == '}' && --depth == 0) {
          return k + 1;
        }
      }
      throw new Unsupported("an unterminated ${");
    }

    private void add(StringBuilder text, List<Integer> offsets, int at) {
      text.append(s.charAt(at));
      offsets.add(at);
    }

    /** Skips blanks, and line continuations, which the shell removes before it splits words. */
    private int skipBlanks(int i) {
      while (i < s.length()) {
        if (s.charAt(i) == ' ' || s.charAt(i) == '\t') {
          i++;
        } else if (s.startsWith("\\\n", i)) {
          i += 2;
        } else {
          break;
        }
      }
      return i;
    }

    private char at(int i) {
      return i < s.length() ? s.charAt(i) : '\0';
    }
  }
}
