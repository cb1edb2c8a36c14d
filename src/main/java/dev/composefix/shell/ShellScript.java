package dev.composefix.shell;

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
    COMMAND_SUBSTITUTION("command substitution"),
    BACKQUOTES("backquotes"),
    ARITHMETIC("arithmetic expansion"),
    ANSI_C_QUOTING("ANSI-C quoting"),
    HERE_DOCUMENT("a here-document"),
    HERE_STRING("a here-string"),
    SUBSHELL("a subshell"),
    BACKGROUND("a background job"),
    CASE_TERMINATOR("a case terminator"),
    PIPE_WITH_ERRORS("a |& pipe");

    private final String description;

    Feature(String description) {
      this.description = description;
    }

    /** How a message names it: "a here-document". */
    public String description() {
      return description;
    }
  }

  /** Why a script could not be read, and where. */
  public static final class Problem {
    private final String message;
    private final int offset;

    Problem(String message, int offset) {
      this.message = message;
      this.offset = offset;
    }

    /** What is wrong, as a noun phrase: "an unterminated quote". */
    public String message() {
      return message;
    }

    public int offset() {
      return offset;
    }
  }

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
  public OptionalInt firstUseOf(Feature feature) {
    Integer offset = features.get(feature);
    return offset == null ? OptionalInt.empty() : OptionalInt.of(offset);
  }

  /**
   * The first of the problem and these constructs in the script, as a phrase such as "a
   * here-document": what a view that refuses them says.
   */
  public Optional<String> firstOf(List<Feature> refused) {
    int first = problem.map(Problem::offset).orElse(Integer.MAX_VALUE);
    String what = problem.map(Problem::message).orElse(null);
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
