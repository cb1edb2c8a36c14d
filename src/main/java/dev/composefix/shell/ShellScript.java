package dev.composefix.shell;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

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
   * The shells whose {@code -c} runs the next word as a script, as the readers and rules follow
   * such a call into its script: one list, so that none of them follows a shell another ignores.
   */
  private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh");

  /** Whether a program, named as written ({@code /bin/sh} or {@code sh}), is such a shell. */
  public static boolean isShell(String program) {
    return SHELLS.contains(ShellWord.baseName(program));
  }

  /**
   * Where the script of a shell's {@code -c} call is in its words ({@code sh -c 'script'}, {@code
   * bash -o pipefail -ec 'script'}): the index of the first word after the options, when the
   * program is a shell and {@code c} is among the options; -1 otherwise, as for a shell that runs a
   * script file ({@code sh start.sh -c x}: that {@code -c} is the script's).
   */
  public static int scriptIndex(List<String> argv) {
    if (argv.isEmpty() || !isShell(argv.get(0))) {
      return -1;
    }
    boolean script = false;
    int k = 1;
    while (k < argv.size()) {
      String word = argv.get(k);
      if (word.equals("--") || word.equals("-")) {
        // Both end the options (a lone - too, in bash and dash).
        k++;
        break;
      }
      if (word.startsWith("--")) {
        // bash's long options come first; two of them take the next word.
        k += word.equals("--rcfile") || word.equals("--init-file") ? 2 : 1;
        continue;
      }
      if (word.length() < 2 || (word.charAt(0) != '-' && word.charAt(0) != '+')) {
        break;
      }
      for (int i = 1; i < word.length(); i++) {
        char option = word.charAt(i);
        // -o and -O take the next word as their own (-o pipefail), in a cluster too (-eo).
        k += option == 'o' || option == 'O' ? 1 : 0;
        script |= option == 'c' && word.charAt(0) == '-';
      }
      k++;
    }
    return script && k < argv.size() ? k : -1;
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
