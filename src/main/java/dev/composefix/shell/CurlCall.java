package dev.composefix.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The arguments of one curl call, read the way curl reads them: options (each letter of a cluster
 * such as {@code -fsSL} on its own), their values, and the other arguments, which are URLs. Values
 * are found with curl's own option table ({@link CurlOptions}), so a value such as {@code -o -fs}
 * is never taken for flags. Where the table cannot tell, {@link #unreadable()} says why.
 */
public record CurlCall(
    List<String> args,
    List<Option> options,
    List<Operand> operands,
    boolean endsOptions,
    Optional<String> unreadable) {

  /**
   * One option as curl reads it.
   *
   * @param arg the index of the argument it is written in
   * @param name {@code -f} for a letter (also inside a cluster), {@code --fail} for a long option
   * @param letter the index of its letter inside the argument, or -1 for a long option
   * @param value its value, when it takes one: the rest of its cluster or the next argument
   */
  public record Option(int arg, String name, int letter, Optional<String> value) {

    public boolean isLong() {
      return letter < 0;
    }
  }

  /**
   * One argument that is not an option, with its index: a URL, {@code -} or what follows {@code
   * --}.
   */
  public record Operand(int arg, String text) {}

  /** Reads the arguments that follow {@code curl}. */
  public static CurlCall read(List<String> args) {
    Scanner scanner = new Scanner(List.copyOf(args));
    scanner.scan();
    return new CurlCall(
        scanner.args,
        List.copyOf(scanner.options),
        List.copyOf(scanner.operands),
        scanner.endOfOptions,
        Optional.ofNullable(scanner.unreadable));
  }

  /** Whether it names a URL: an operand, or {@code --url}. */
  public boolean hasUrl() {
    return !operands.isEmpty()
        || options.stream().anyMatch(option -> option.name().equals("--url"));
  }

  /** Reads the arguments one by one, as curl does. */
  private static final class Scanner {
    private final List<String> args;
    private final List<Option> options = new ArrayList<>();
    private final List<Operand> operands = new ArrayList<>();
    private boolean endOfOptions;
    private String unreadable;

    Scanner(List<String> args) {
      this.args = args;
    }

    private void scan() {
      boolean optionsEnded = false;
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
          operands.add(new Operand(i, arg));
        } else if (arg.equals("--")) {
          optionsEnded = true;
          endOfOptions = true;
        } else if (arg.startsWith("--")) {
          i = longOption(i, arg.substring(2));
        } else {
          i = cluster(i, arg);
        }
      }
    }

    private int longOption(int i, String name) {
      switch (name) {
        case "no-fail", "no-silent" -> cannotRead("--" + name + " undoes a flag");
        case "next" -> cannotRead("--next starts a second transfer with options of its own");
        default -> {
          if (CurlOptions.LONG_WITH_VALUE.contains(name)) {
            return value(i, "--" + name, -1);
          }
          boolean known =
              CurlOptions.LONG_FLAGS.contains(name)
                  || name.startsWith("no-") && CurlOptions.LONG_FLAGS.contains(name.substring(3));
          if (!known && i + 1 < args.size() && args.get(i + 1).startsWith("-")) {
            cannotRead(
                "--"
                    + name
                    + " is not an option this rule knows, so what follows it may be its value");
          }
        }
      }
      options.add(new Option(i, "--" + name, -1, Optional.empty()));
      return i;
    }

    /** Reads a cluster of single-letter options; a letter that takes a value ends it. */
    private int cluster(int i, String arg) {
      for (int j = 1; j < arg.length(); j++) {
        char letter = arg.charAt(j);
        if (CurlOptions.SHORT_WITH_VALUE.indexOf(letter) >= 0) {
          if (j < arg.length() - 1) {
            options.add(new Option(i, "-" + letter, j, Optional.of(arg.substring(j + 1))));
            return i;
          }
          return value(i, "-" + letter, j);
        }
        if (letter == ':') {
          cannotRead("-: starts a second transfer with options of its own");
        } else if (CurlOptions.SHORT_FLAGS.indexOf(letter) < 0 && letter != 'f' && letter != 's') {
          cannotRead("-" + letter + " is not an option this rule knows");
        }
        options.add(new Option(i, "-" + letter, j, Optional.empty()));
      }
      return i;
    }

    /** An option whose value is the next argument. */
    private int value(int i, String name, int letter) {
      if (i + 1 >= args.size()) {
        cannotRead(name + " has no value");
        options.add(new Option(i, name, letter, Optional.empty()));
        return i;
      }
      options.add(new Option(i, name, letter, Optional.of(args.get(i + 1))));
      return i + 1;
    }

    private void cannotRead(String why) {
      if (unreadable == null) {
        unreadable = why;
      }
    }
  }
}
