package dev.composefix.shell;

import dev.composefix.shell.ShellScript.Feature;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one shell lexer: reads a command line the way {@code /bin/sh} splits it, as far as
 * healthchecks and Dockerfile {@code RUN} and {@code CMD} lines need. It understands quotes,
 * escapes, line continuations, comments, parameter expansions, {@code $(...)} and backquotes (whose
 * commands it reads too), arithmetic, ANSI-C quoting, control operators, redirections, here-strings
 * and here-documents (whose bodies it skips). It works in one pass with an explicit stack, so
 * nesting costs no Java stack, and it refuses nesting deeper than {@link #MAX_NESTING}.
 */
final class ShellLexer {

  /** How deep command substitutions may nest before a script is refused. */
  static final int MAX_NESTING = 64;

  private final String s;
  private final Map<Feature, Integer> features = ShellScript.newFeatures();
  private final Deque<Frame> frames = new ArrayDeque<>();
  private ShellScript.Problem problem;
  private int i;

  ShellLexer(String s) {
    this.s = s;
  }

  /** One level being read: the whole script, or the inside of one command substitution. */
  private static final class Frame {
    /** What closes it: nothing for the script, ')' or a backquote for a substitution. */
    final char closer;

    /** Where its {@code $(} or backquote starts. */
    final int opened;

    final List<ShellToken> tokens = new ArrayList<>();
    final List<HereDocument> hereDocuments = new ArrayList<>();
    int parens;
    WordBuilder word;
    boolean inDoubleQuotes;
    String redirection;
    int redirectionStart;

    Frame(char closer, int opened) {
      this.closer = closer;
      this.opened = opened;
    }
  }

  /** A here-document whose body starts after the next line break. */
  private record HereDocument(String delimiter, boolean stripTabs) {}

  /** A word being read. */
  private static final class WordBuilder {
    final int start;
    final StringBuilder text = new StringBuilder();
    int[] offsets = new int[16];
    boolean quoted;
    final List<ShellScript> substitutions = new ArrayList<>();

    WordBuilder(int start) {
      this.start = start;
    }

    void add(char c, int offset) {
      if (text.length() == offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      offsets[text.length()] = offset;
      text.append(c);
    }

    boolean isDescriptorNumber() {
      if (quoted || text.length() == 0 || !substitutions.isEmpty()) {
        return false;
      }
      for (int k = 0; k < text.length(); k++) {
        if (!Character.isDigit(text.charAt(k))) {
          return false;
        }
      }
      return true;
    }

    ShellWord build(String source, int end) {
      return new ShellWord(
          text.toString(),
          source.substring(start, end),
          start,
          end,
          Arrays.copyOf(offsets, text.length()),
          quoted,
          List.copyOf(substitutions));
    }
  }

  ShellScript read() {
    frames.push(new Frame('\0', 0));
    while (problem == null && i < s.length()) {
      step(frames.peek());
    }
    if (problem == null) {
      Frame frame = frames.peek();
      if (frame.inDoubleQuotes) {
        fail("an unterminated quote", frame.word.start);
      } else if (frames.size() > 1 || frame.parens != 0) {
        fail("an unbalanced parenthesis or quote", frame.opened);
      } else {
        endWord(frame);
        if (frame.redirection != null) {
          fail("a redirection without a target", frame.redirectionStart);
        }
      }
    }
    Frame top = frames.getLast();
    return new ShellScript(s, List.copyOf(top.tokens), features, Optional.ofNullable(problem));
  }

  private void step(Frame frame) {
    char c = s.charAt(i);
    if (frame.inDoubleQuotes) {
      doubleQuoted(frame, c);
      return;
    }
    switch (c) {
      case ' ', '\t' -> {
        endWord(frame);
        i++;
      }
      case '\\' -> escape(frame);
      case '\r' -> {
        if (at(i + 1) == '\n') {
          endWord(frame);
          i++;
        } else {
          wordOf(frame).add(c, i++);
        }
      }
      case '\n' -> {
        operator(frame, ShellToken.NEWLINE, 1);
        hereDocumentBodies(frame);
      }
      case ';' -> {
        if (at(i + 1) == ';' || at(i + 1) == '&') {
          feature(Feature.CASE_TERMINATOR, i);
          operator(frame, s.substring(i, i + 2), 2);
        } else {
          operator(frame, ";", 1);
        }
      }
      case '&' -> {
        if (at(i + 1) == '&') {
          operator(frame, "&&", 2);
        } else if (at(i + 1) == '>') {
          endWord(frame);
          redirect(frame, i, at(i + 2) == '>' ? "&>>" : "&>");
        } else {
          feature(Feature.BACKGROUND, i);
          operator(frame, "&", 1);
        }
      }
      case '|' -> {
        if (at(i + 1) == '|') {
          operator(frame, "||", 2);
        } else if (at(i + 1) == '&') {
          feature(Feature.PIPE_WITH_ERRORS, i);
          operator(frame, "|&", 2);
        } else {
          operator(frame, "|", 1);
        }
      }
      case '(' -> {
        feature(Feature.SUBSHELL, i);
        operator(frame, "(", 1);
        frame.parens++;
      }
      case ')' -> closeParenthesis(frame);
      case '`' -> {
        if (frame.closer == '`') {
          closeFrame(frame);
        } else {
          wordOf(frame);
          open('`', i, i + 1);
        }
      }
      case '<', '>' -> redirection(frame);
      case '#' -> {
        if (frame.word == null) {
          while (i < s.length() && s.charAt(i) != '\n') {
            i++;
          }
        } else {
          frame.word.add(c, i++);
        }
      }
      case '\'' -> singleQuoted(frame);
      case '"' -> {
        wordOf(frame).quoted = true;
        frame.inDoubleQuotes = true;
        i++;
      }
      case '$' -> dollar(frame);
      default -> wordOf(frame).add(c, i++);
    }
  }

  private void escape(Frame frame) {
    if (i + 1 >= s.length()) {
      fail("a trailing backslash", i);
    } else if (s.charAt(i + 1) == '\n') {
      i += 2;
    } else {
      WordBuilder word = wordOf(frame);
      word.quoted = true;
      word.add(s.charAt(i + 1), i + 1);
      i += 2;
    }
  }

  private void singleQuoted(Frame frame) {
    int close = s.indexOf('\'', i + 1);
    if (close < 0) {
      fail("an unterminated quote", i);
      return;
    }
    WordBuilder word = wordOf(frame);
    word.quoted = true;
    for (int k = i + 1; k < close; k++) {
      word.add(s.charAt(k), k);
    }
    i = close + 1;
  }

  /** Inside double quotes a backslash escapes only {@code $ ` " \} and a line break. */
  private void doubleQuoted(Frame frame, char c) {
    WordBuilder word = frame.word;
    if (c == '"') {
      frame.inDoubleQuotes = false;
      i++;
    } else if (c == '\\' && i + 1 < s.length() && "$`\"\\\n".indexOf(s.charAt(i + 1)) >= 0) {
      if (s.charAt(i + 1) != '\n') {
        word.add(s.charAt(i + 1), i + 1);
      }
      i += 2;
    } else if (c == '`') {
      if (insideBackquotes()) {
        fail("quotes inside backquotes", i);
      } else {
        open('`', i, i + 1);
      }
    } else if (c == '$') {
      dollar(frame);
    } else {
      word.add(c, i++);
    }
  }

  /**
   * {@code $name}, {@code ${...}}, {@code $(...)}, {@code $((...))}, {@code $'...'}; kept in the
   * word as written.
   */
  private void dollar(Frame frame) {
    WordBuilder word = wordOf(frame);
    char next = at(i + 1);
    if (next == '(' && at(i + 2) == '(') {
      feature(Feature.ARITHMETIC, i);
      int end = balanced(i + 1, 0, '(', ')');
      if (end < 0) {
        fail("an unbalanced parenthesis or quote", i);
        return;
      }
      addSource(word, i, end);
    } else if (next == '(') {
      open(')', i, i + 2);
    } else if (next == '{') {
      int end = balanced(i + 2, 1, '{', '}');
      if (end < 0) {
        fail("an unterminated ${", i);
        return;
      }
      addSource(word, i, end);
    } else if (next == '\'' && !frame.inDoubleQuotes) {
      ansiC(word);
    } else {
      word.add('$', i++);
    }
  }

  /**
   * {@code $'...'}: the text with its backslash escapes read, each character at its escape's
   * offset.
   */
  private void ansiC(WordBuilder word) {
    feature(Feature.ANSI_C_QUOTING, i);
    int j = i + 2;
    word.quoted = true;
    while (j < s.length() && s.charAt(j) != '\'') {
      if (s.charAt(j) == '\\' && j + 1 < s.length()) {
        word.add(escaped(s.charAt(j + 1)), j);
        j += 2;
      } else {
        word.add(s.charAt(j), j);
        j++;
      }
    }
    if (j >= s.length()) {
      fail("an unterminated quote", i);
      return;
    }
    i = j + 1;
  }

  private static char escaped(char c) {
    return switch (c) {
      case 'n' -> '\n';
      case 't' -> '\t';
      case 'r' -> '\r';
      case 'a' -> '\u0007';
      case 'b' -> '\b';
      case 'e', 'E' -> '\u001b';
      case 'f' -> '\f';
      case 'v' -> '\u000b';
      default -> c;
    };
  }

  private void open(char closer, int opened, int contentStart) {
    if (frames.size() > MAX_NESTING) {
      fail("command substitutions nested deeper than " + MAX_NESTING + " levels", opened);
      return;
    }
    feature(closer == ')' ? Feature.COMMAND_SUBSTITUTION : Feature.BACKQUOTES, opened);
    frames.push(new Frame(closer, opened));
    i = contentStart;
  }

  private void closeParenthesis(Frame frame) {
    if (frame.closer == ')' && frame.parens == 0) {
      closeFrame(frame);
    } else if (frame.parens == 0) {
      fail("an unbalanced parenthesis", i);
    } else {
      operator(frame, ")", 1);
      frame.parens--;
    }
  }

  /** Ends a command substitution at its closer; its source stays in the word that holds it. */
  private void closeFrame(Frame frame) {
    endWord(frame);
    if (frame.redirection != null) {
      fail("a redirection without a target", frame.redirectionStart);
      return;
    }
    frames.pop();
    Frame parent = frames.peek();
    WordBuilder word = parent.word;
    word.substitutions.add(
        new ShellScript(s, List.copyOf(frame.tokens), features, Optional.empty()));
    addSource(word, frame.opened, i + 1);
  }

  private void redirection(Frame frame) {
    int start = i;
    if (frame.word != null && frame.word.isDescriptorNumber() && frame.redirection == null) {
      start = frame.word.start;
      frame.word = null;
    } else {
      endWord(frame);
    }
    String operator;
    if (s.startsWith("<<<", i)) {
      feature(Feature.HERE_STRING, i);
      operator = "<<<";
    } else if (s.startsWith("<<", i)) {
      feature(Feature.HERE_DOCUMENT, i);
      operator = at(i + 2) == '-' ? "<<-" : "<<";
    } else {
      char c = s.charAt(i);
      char next = at(i + 1);
      boolean pair =
          next == '&' || c == '<' && next == '>' || c == '>' && (next == '>' || next == '|');
      operator = pair ? s.substring(i, i + 2) : String.valueOf(c);
    }
    redirect(frame, start, operator);
  }

  private void redirect(Frame frame, int start, String operator) {
    if (frame.redirection != null) {
      fail("a redirection without a target", frame.redirectionStart);
      return;
    }
    frame.redirection = operator;
    frame.redirectionStart = start;
    i += operator.length();
  }

  private void operator(Frame frame, String operator, int length) {
    endWord(frame);
    if (frame.redirection != null) {
      fail("a redirection without a target", frame.redirectionStart);
      return;
    }
    frame.tokens.add(ShellToken.ofOperator(operator, i));
    i += length;
  }

  private void endWord(Frame frame) {
    if (frame.word == null) {
      return;
    }
    ShellWord word = frame.word.build(s, i);
    frame.word = null;
    if (frame.redirection == null) {
      frame.tokens.add(ShellToken.ofWord(word));
      return;
    }
    frame.tokens.add(ShellToken.ofRedirection(frame.redirection, word, frame.redirectionStart));
    if (frame.redirection.equals("<<") || frame.redirection.equals("<<-")) {
      frame.hereDocuments.add(new HereDocument(word.text(), frame.redirection.equals("<<-")));
    }
    frame.redirection = null;
  }

  /** Skips the bodies of the here-documents opened on the line that just ended. */
  private void hereDocumentBodies(Frame frame) {
    for (HereDocument document : frame.hereDocuments) {
      while (i < s.length()) {
        int lineEnd = s.indexOf('\n', i);
        int end = lineEnd < 0 ? s.length() : lineEnd;
        String line = s.substring(i, end);
        if (document.stripTabs()) {
          line = line.replaceFirst("^\t+", "");
        }
        i = lineEnd < 0 ? s.length() : lineEnd + 1;
        if (line.equals(document.delimiter())) {
          break;
        }
      }
    }
    frame.hereDocuments.clear();
  }

  private WordBuilder wordOf(Frame frame) {
    if (frame.word == null) {
      frame.word = new WordBuilder(i);
    }
    return frame.word;
  }

  private void addSource(WordBuilder word, int from, int to) {
    for (int k = from; k < to; k++) {
      word.add(s.charAt(k), k);
    }
    i = to;
  }

  /**
   * The offset after the {@code close} that balances the brackets counted from {@code from}, where
   * {@code depth} are open already, or -1.
   */
  private int balanced(int from, int depth, char open, char close) {
    for (int k = from; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == open) {
        depth++;
      } else if (c == close && --depth == 0) {
        return k + 1;
      }
    }
    return -1;
  }

  private boolean insideBackquotes() {
    for (Frame frame : frames) {
      if (frame.closer == '`') {
        return true;
      }
    }
    return false;
  }

  private void feature(Feature feature, int offset) {
    features.putIfAbsent(feature, offset);
  }

  private void fail(String message, int offset) {
    if (problem == null) {
      problem = new ShellScript.Problem(message, offset);
    }
    i = s.length();
  }

  private char at(int index) {
    return index < s.length() ? s.charAt(index) : '\0';
  }
}
