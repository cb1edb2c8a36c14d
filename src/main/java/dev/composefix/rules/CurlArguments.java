package dev.composefix.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The arguments of one curl call, read the way curl reads them: which of them set {@code -f} and
 * {@code -s}, and whether they already stand as the standard leading {@code -sf}. Option values
 * are skipped by curl's own option table, so a value such as {@code -o -fs} is never taken for
 * flags. {@link #fold()} says how to turn them into the standard form.
 */
final class CurlArguments {

  /** What a curl call needs. */
  enum Status {
    /** {@code -sf}, {@code -fs}, {@code -f -s}, {@code -fsS} ... before every other argument. */
    STANDARD,
    /** No URL: {@code curl --version} and the like are not requests. */
    NO_URL,
    /** {@code --fail-with-body} fails on HTTP errors already, and curl refuses it together with {@code -f}. */
    FAIL_WITH_BODY,
    MISSING_FAIL,
    MISSING_SILENT,
    /** Both flags are set, but not as the leading {@code -sf}. */
    NOT_STANDARD
  }

  /**
   * A change to one argument: remove it whole, or replace its characters {@code [from, to)}.
   */
  record ArgEdit(int arg, boolean remove, int from, int to, String replacement) {

    static ArgEdit removal(int arg) {
      return new ArgEdit(arg, true, 0, 0, "");
    }
  }

  /** The standard form: a new {@code -sf} before the first argument when asked, and the argument edits. */
  record Fold(boolean insertLeading, List<ArgEdit> edits) {}

  /** An argument that sets -f or -s: the positions of those letters, and whether it sets nothing else. */
  private record FlagArgument(int arg, List<Integer> letters, int fails, int silents, boolean pure) {}

  private final List<String> args;
  private final List<FlagArgument> flagArguments = new ArrayList<>();
  private boolean url;
  private boolean failWithBody;
  private boolean writeOut;
  private String unreadable;

  private CurlArguments(List<String> args) {
    this.args = List.copyOf(args);
  }

  /** Reads the arguments that follow {@code curl}. */
  static CurlArguments read(List<String> args) {
    CurlArguments curl = new CurlArguments(args);
    curl.scan();
    return curl;
  }

  /** Whether curl writes out transfer details with {@code -w}, such as the HTTP status code. */
  boolean writesOut() {
    return writeOut;
  }

  /** Why the arguments could not be read exactly, when they could not; their status is then a best guess. */
  Optional<String> unreadable() {
    return Optional.ofNullable(unreadable);
  }

  Status status() {
    if (failWithBody) {
      return Status.FAIL_WITH_BODY;
    }
    if (!url) {
      return Status.NO_URL;
    }
    int fails = flagArguments.stream().mapToInt(FlagArgument::fails).sum();
    int silents = flagArguments.stream().mapToInt(FlagArgument::silents).sum();
    if (fails == 0) {
      return Status.MISSING_FAIL;
    }
    if (silents == 0) {
      return Status.MISSING_SILENT;
    }
    int leading = leadingFlagClusters();
    boolean allLeading = flagArguments.stream().allMatch(flag -> flag.arg() < leading);
    return fails == 1 && silents == 1 && allLeading ? Status.STANDARD : Status.NOT_STANDARD;
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

  /** How many arguments from the first are clusters of only f, s and S. */
  private int leadingFlagClusters() {
    int count = 0;
    while (count < args.size() && args.get(count).matches("-[fsS]+")) {
      count++;
    }
    return count;
  }

  private void scan() {
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
        url = true;
      } else if (arg.equals("--")) {
        optionsEnded = true;
      } else if (arg.startsWith("--")) {
        i = longOption(i, arg.substring(2));
      } else {
        i = cluster(i, arg);
      }
    }
  }

  private int longOption(int i, String name) {
    switch (name) {
      case "fail" -> flagArguments.add(new FlagArgument(i, List.of(), 1, 0, true));
      case "silent" -> flagArguments.add(new FlagArgument(i, List.of(), 0, 1, true));
      case "fail-with-body" -> failWithBody = true;
      case "no-fail", "no-silent" -> cannotRead("--" + name + " undoes a flag");
      case "next" -> cannotRead("--next starts a second transfer with options of its own");
      default -> {
        if (CurlOptions.LONG_WITH_VALUE.contains(name)) {
          url |= name.equals("url");
          writeOut |= name.equals("write-out");
          return value(i, "--" + name);
        }
        boolean known = CurlOptions.LONG_FLAGS.contains(name)
            || name.startsWith("no-") && CurlOptions.LONG_FLAGS.contains(name.substring(3));
        if (!known && i + 1 < args.size() && args.get(i + 1).startsWith("-")) {
          cannotRead("--" + name + " is not an option this rule knows, so what follows it may be its value");
        }
      }
    }
    return i;
  }

  /** Reads a cluster of single-letter options; a letter that takes a value ends it. */
  private int cluster(int i, String arg) {
    List<Integer> letters = new ArrayList<>();
    int fails = 0;
    int silents = 0;
    boolean onlyFlags = true;
    int next = i;
    for (int j = 1; j < arg.length(); j++) {
      char letter = arg.charAt(j);
      if (letter == 'f' || letter == 's') {
        letters.add(j);
        fails += letter == 'f' ? 1 : 0;
        silents += letter == 's' ? 1 : 0;
        continue;
      }
      onlyFlags = false;
      if (CurlOptions.SHORT_WITH_VALUE.indexOf(letter) >= 0) {
        writeOut |= letter == 'w';
        if (j == arg.length() - 1) {
          next = value(i, "-" + letter);
        }
        break;
      }
      if (letter == ':') {
        cannotRead("-: starts a second transfer with options of its own");
      } else if (CurlOptions.SHORT_FLAGS.indexOf(letter) < 0) {
        cannotRead("-" + letter + " is not an option this rule knows");
      }
    }
    if (!letters.isEmpty()) {
      flagArguments.add(new FlagArgument(i, letters, fails, silents, onlyFlags));
    }
    return next;
  }

  /** Skips an option's value, the next argument. */
  private int value(int i, String option) {
    if (i + 1 >= args.size()) {
      cannotRead(option + " has no value");
      return i;
    }
    return i + 1;
  }

  private void cannotRead(String why) {
    if (unreadable == null) {
      unreadable = why;
    }
  }
}
