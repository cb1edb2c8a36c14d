package dev.composefix.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the common command lines of the main command (a mode, options of {@link MainOption} and
 * paths) without picocli, whose model of annotations, reflection and built-in converters cost a
 * cold run about a fifth of its time. It never reports an error: anything it is not sure of (help,
 * version, a subcommand, an unknown or repeated option, a value it cannot read, an argument file)
 * it leaves to picocli, which then says what picocli always said. A test runs many command lines
 * both ways and compares what they give.
 */
final class FastArguments {

  private FastArguments() {}

  /** The arguments, or null when picocli should read this command line. */
  static RunArguments parse(String[] args) {
    if (Main.needsSubcommands(args)) {
      return null;
    }
    RunArguments arguments = new RunArguments();
    boolean optionsEnded = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (optionsEnded) {
        arguments.addPath(arg);
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      if (arg.startsWith("@")) {
        // picocli reads the arguments from that file.
        return null;
      }
      if (!arg.startsWith("-")) {
        arguments.addPath(arg);
        continue;
      }
      String name = arg;
      String attached = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        attached = arg.substring(equals + 1);
      }
      MainOption option = MainOption.named(name);
      boolean addsUp =
          option != null
              && (option.kind() == MainOption.Kind.LIST
                  || option.kind() == MainOption.Kind.REPEATED);
      if (option == null || (arguments.isGiven(option) && !addsUp)) {
        return null;
      }
      switch (option.kind()) {
        case MODE, FLAG, NEGATABLE -> {
          if (attached != null || (option.kind() == MainOption.Kind.MODE && modeGiven(arguments))) {
            return null;
          }
          arguments.put(option, name.startsWith("--no-") ? Boolean.FALSE : Boolean.TRUE);
        }
        case SINGLE, LIST, REPEATED -> {
          String text = attached;
          if (text == null) {
            if (i + 1 == args.length) {
              return null;
            }
            text = args[++i];
          }
          if (!readValue(arguments, option, text)) {
            return null;
          }
        }
      }
    }
    return arguments;
  }

  private static boolean modeGiven(RunArguments arguments) {
    return arguments.isGiven(MainOption.DRY_RUN)
        || arguments.isGiven(MainOption.WRITE)
        || arguments.isGiven(MainOption.CHECK);
  }

  /** Stores one value of an option; false when picocli should judge it. */
  private static boolean readValue(RunArguments arguments, MainOption option, String text) {
    // picocli reads quotes, empty values and values that look like options in ways of its own.
    if (text.isEmpty() || text.startsWith("-") || text.indexOf('"') >= 0) {
      return false;
    }
    if (option.kind() == MainOption.Kind.REPEATED) {
      arguments.addValues(option, List.of(text));
      return true;
    }
    if (option.kind() == MainOption.Kind.LIST) {
      List<String> values = new ArrayList<>();
      int start = 0;
      while (start <= text.length()) {
        int comma = text.indexOf(',', start);
        int end = comma < 0 ? text.length() : comma;
        if (end == start) {
          return false;
        }
        values.add(text.substring(start, end));
        start = end + 1;
      }
      arguments.addValues(option, values);
      return true;
    }
    try {
      arguments.put(option, option.convert(text));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
