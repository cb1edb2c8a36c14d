package dev.composefix.rules.healthcheck;

import dev.composefix.shell.CurlCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The arguments of one curl call, read the way curl reads them: which of them set {@code -f} and
 * {@code -s}, and whether they already stand as the standard leading {@code -sf}. Option values are
 * skipped by curl's own option table, so a value such as {@code -o -fs} is never taken for flags.
 * {@link #fold()} says how to turn them into the standard form.
 */
final class CurlArguments {

  /** What a curl call needs. */
  enum Status {
    /** One leading cluster of f and s, which may hold S: {@code -sf}, {@code -fs}, {@code -fsS}. */
    STANDARD,
    /** No URL: {@code curl --version} and the like are not requests. */
    NO_URL,
    /**
     * {@code --fail-with-body} fails on HTTP errors already, and curl refuses it together with
     * {@code -f}.
     */
    FAIL_WITH_BODY,
    MISSING_FAIL,
    MISSING_SILENT,
    /** Both flags are set, but not as the leading {@code -sf}. */
    NOT_STANDARD
  }

  /** A change to one argument: remove it whole, or replace its characters {@code [from, to)}. */
  record ArgEdit(int arg, boolean remove, int from, int to, String replacement) {

    static ArgEdit removal(int arg) {
      return new ArgEdit(arg, true, 0, 0, "");
    }
  }

  /**
   * The standard form: a new {@code -sf} before the first argument when asked, and the argument
   * edits.
   */
  record Fold(boolean insertLeading, List<ArgEdit> edits) {}

  /**
   * An argument that sets -f or -s: the positions of those letters, and whether it sets nothing
   * else.
   */
  private record FlagArgument(
      int arg, List<Integer> letters, int fails, int silents, boolean pure) {}

  private final List<String> args;
  private final CurlCall call;
  private final List<FlagArgument> flagArguments = new ArrayList<>();

  private CurlArguments(CurlCall call) {
    this.call = call;
    this.args = call.args();
    int arg = -1;
    List<Integer> letters = new ArrayList<>();
    int fails = 0;
    int silents = 0;
    boolean pure = true;
    for (CurlCall.Option option : call.options()) {
      if (option.arg() != arg) {
        addFlags(arg, letters, fails, silents, pure);
        arg = option.arg();
        letters = new ArrayList<>();
        fails = 0;
        silents = 0;
        pure = true;
      }
      String name = option.name();
      if (name.equals("--fail") || name.equals("--silent")) {
        flagArguments.add(
            new FlagArgument(
                arg,
                List.of(),
                name.equals("--fail") ? 1 : 0,
                name.equals("--silent") ? 1 : 0,
                true));
      } else if (!option.isLong() && (name.equals("-f") || name.equals("-s"))) {
        letters.add(option.letter());
        fails += name.equals("-f") ? 1 : 0;
        silents += name.equals("-s") ? 1 : 0;
      } else {
        pure = false;
      }
    }
    addFlags(arg, letters, fails, silents, pure);
  }

  private void addFlags(int arg, List<Integer> letters, int fails, int silents, boolean pure) {
    if (!letters.isEmpty()) {
      flagArguments.add(new FlagArgument(arg, List.copyOf(letters), fails, silents, pure));
    }
  }

  /** Reads the arguments that follow {@code curl}. */
  static CurlArguments read(List<String> args) {
    return new CurlArguments(CurlCall.read(args));
  }

  /** Whether curl writes out transfer details with {@code -w}, such as the HTTP status code. */
  boolean writesOut() {
    return hasOption("-w") || hasOption("--write-out");
  }

  private boolean hasOption(String name) {
    for (CurlCall.Option option : call.options()) {
      if (option.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why the arguments could not be read exactly, when they could not; their status is then a best
   * guess.
   */
  Optional<String> unreadable() {
    return call.unreadable();
  }

  Status status() {
    if (hasOption("--fail-with-body")) {
      return Status.FAIL_WITH_BODY;
    }
    if (!call.hasUrl()) {
      return Status.NO_URL;
    }
    int fails = 0;
    int silents = 0;
    for (FlagArgument flags : flagArguments) {
      fails += flags.fails();
      silents += flags.silents();
    }
    if (fails == 0) {
      return Status.MISSING_FAIL;
    }
    if (silents == 0) {
      return Status.MISSING_SILENT;
    }
    // One spelling: both flags in one leading cluster, which may also hold -S.
    FlagArgument first = flagArguments.get(0);
    boolean oneLeadingCluster =
        flagArguments.size() == 1 && first.arg() == 0 && args.get(0).matches("-[fsS]+");
    return fails == 1 && silents == 1 && oneLeadingCluster ? Status.STANDARD : Status.NOT_STANDARD;
  }

  /**
   * How to reach the standard form: {@code -f}, {@code --fail}, {@code -s}, {@code --silent} and
   * those letters in clusters fold into one leading {@code -sf}; every other option and argument
   * keeps its place, and a cluster keeps its other letters ({@code -fsSL} leaves {@code -SL}).
   */
  Fold fold() {
    List<ArgEdit> edits = new ArrayList<>();
    boolean insertLeading = true;
    for (FlagArgument flag : flagArguments) {
      if (flag.arg() == 0 && flag.pure()) {
        insertLeading = false;
        if (!(flag.fails() == 1 && flag.silents() == 1)) {
          edits.add(new ArgEdit(0, false, 0, args.get(0).length(), "-sf"));
        }
      } else if (flag.pure()) {
        edits.add(ArgEdit.removal(flag.arg()));
      } else {
        edits.add(withoutLetters(flag));
      }
    }
    return new Fold(insertLeading, edits);
  }

  /** Drops the f and s letters of a cluster, keeping the letters between them. */
  private ArgEdit withoutLetters(FlagArgument flag) {
    String arg = args.get(flag.arg());
    int from = flag.letters().get(0);
    int to = flag.letters().get(flag.letters().size() - 1) + 1;
    StringBuilder kept = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (!flag.letters().contains(i)) {
        kept.append(arg.charAt(i));
      }
    }
    return new ArgEdit(flag.arg(), false, from, to, kept.toString());
  }
}
