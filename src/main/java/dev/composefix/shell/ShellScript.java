package dev.composefix.shell;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A shell command line as {@link ShellLexer} read it: the tokens of one level (the whole script, or
 * the inside of one command substitution, which hangs off the word that holds it), the constructs
 * it uses, and, when it could not be read, why. Views decide what they make of it: {@link
 * CommandWords}, {@link CommandChains}, {@link ProgramCalls}.
 */
public final class ShellScript {

  /** Constructs a script may use; views refuse the ones they do not model. */
  public enum Feature {
    COMMAND_SUBSTITUTION,
    BACKQUOTES,
    ARITHMETIC,
    ANSI_C_QUOTING,
    HERE_DOCUMENT,
    HERE_STRING,
    SUBSHELL,
    BACKGROUND,
    CASE_TERMINATOR,
    PIPE_WITH_ERRORS;

    /** How a message names it: "a here-document". */
    public String description() {
      return switch (this) {
        case COMMAND_SUBSTITUTION -> "command substitution";
        case BACKQUOTES -> "backquotes";
        case ARITHMETIC -> "arithmetic expansion";
        case ANSI_C_QUOTING -> "ANSI-C quoting";
        case HERE_DOCUMENT -> "a here-document";
        case HERE_STRING -> "a here-string";
        case SUBSHELL -> "a subshell";
        case BACKGROUND -> "a background job";
        case CASE_TERMINATOR -> "a case terminator";
        case PIPE_WITH_ERRORS -> "a |& pipe";
      };
    }
  }

  /**
   * Why a script could not be read, and where.
   *
   * @param message what is wrong, as a noun phrase: "an unterminated quote"
   */
  public record Problem(String message, int offset) {}

  private final String source;
  private final List<ShellToken> tokens;
  private final Map<Feature, Integer> features;
  private final Optional<Problem> problem;

  ShellScript(
      String source,
      List<ShellToken> tokens,
      Map<Feature, Integer> features,
      Optional<Problem> problem) {
    this.source = source;
    this.tokens = tokens;
    this.features = features;
    this.problem = problem;
  }

  /** Reads a command line; never fails, see {@link #problem()}. */
  public static ShellScript read(String source) {
    return new ShellLexer(source).read();
  }

  /**
   * Whether a shell's option word is {@code -c}, alone or last in a cluster ({@code -ec}, {@code
   * -lc}), so that the word after it is the script the shell runs.
   */
  public static boolean isScriptOption(String word) {
    int last = word.length() - 1;
    if (last < 1 || word.charAt(0) != '-' || word.charAt(last) != 'c') {
      return false;
    }
    for (int i = 1; i < last; i++) {
      char c = word.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  /** The words of a command line as a shell splits them, quotes removed, operators left out. */
  public static List<String> words(String source) {
    List<String> words = new ArrayList<>();
    for (ShellToken token : read(source).tokens()) {
      if (token.isWord()) {
        words.add(token.word().text());
      }
    }
    return words;
  }

  /** The text the offsets point into. */
  public String source() {
    return source;
  }

  /** The tokens of this level; those of command substitutions hang off their words. */
  public List<ShellToken> tokens() {
    return tokens;
  }

  /** Why the script could not be read; its tokens are then incomplete. */
  public Optional<Problem> problem() {
    return problem;
  }

  public boolean has(Feature feature) {
    return features.containsKey(feature);
  }

  /** Where the script first uses a construct, at any level. */
  OptionalInt firstUseOf(Feature feature) {
    Integer offset = features.get(feature);
    return offset == null ? OptionalInt.empty() : OptionalInt.of(offset);
  }

  /**
   * The first of the problem and these constructs in the script, as a phrase such as "a
   * here-document": what a view that refuses them says.
   */
  public Optional<String> firstOf(List<Feature> refused) {
    int first = problem.isPresent() ? problem.get().offset() : Integer.MAX_VALUE;
    String what = problem.isPresent() ? problem.get().message() : null;
    for (Feature feature : refused) {
      Integer offset = features.get(feature);
      if (offset != null && offset < first) {
        first = offset;
        what = feature.description();
      }
    }
    return Optional.ofNullable(what);
  }

  static Map<Feature, Integer> newFeatures() {
    return new EnumMap<>(Feature.class);
  }
}
