package dev.composefix.cli;

import dev.composefix.report.Mode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ParseResult;

/**
 * What a command line asks of the main command: the options given, by {@link MainOption}, and the
 * paths. Read by {@link FastArguments} or, for every other command line, from picocli's parse
 * result; the run reads it the same way whichever parser filled it.
 */
final class RunArguments {

  private final Map<MainOption, Object> given = new EnumMap<>(MainOption.class);
  private final List<String> paths = new ArrayList<>();

  /** The arguments picocli parsed, for the options of {@link MainOption} its command has. */
  static RunArguments of(ParseResult parsed) {
    RunArguments arguments = new RunArguments();
    for (MainOption option : MainOption.values()) {
      if (parsed.hasMatchedOption(option.longName())) {
        arguments.given.put(
            option,
            switch (option.kind()) {
              case MODE, FLAG -> Boolean.TRUE;
              case NEGATABLE, SINGLE, LIST, REPEATED ->
                  parsed.matchedOptionValue(option.longName(), null);
            });
      }
    }
    // The main command's paths; a subcommand's own parameters are its own business.
    if (parsed.hasMatchedPositional(0)
        && parsed.matchedPositionalValue(0, null) instanceof List<?> paths) {
      for (Object path : paths) {
        arguments.paths.add((String) path);
      }
    }
    return arguments;
  }

  boolean isGiven(MainOption option) {
    return given.containsKey(option);
  }

  /** Its value as given, or its default. */
  Object value(MainOption option) {
    Object value = given.get(option);
    return value == null ? option.defaultValue() : value;
  }

  int intValue(MainOption option) {
    return (Integer) value(option);
  }

  boolean flag(MainOption option) {
    return Boolean.TRUE.equals(given.get(option));
  }

  /** A list option's values in the order given; null when it is not given. */
  @SuppressWarnings("unchecked")
  List<String> list(MainOption option) {
    return (List<String>) given.get(option);
  }

  Mode mode() {
    return flag(MainOption.WRITE) ? Mode.WRITE : flag(MainOption.CHECK) ? Mode.CHECK : Mode.DRY_RUN;
  }

  List<String> paths() {
    return paths;
  }

  void put(MainOption option, Object value) {
    given.put(option, value);
  }

  void addValues(MainOption option, List<String> values) {
    @SuppressWarnings("unchecked")
    List<String> list = (List<String>) given.get(option);
    if (list == null) {
      list = new ArrayList<>();
      given.put(option, list);
    }
    list.addAll(values);
  }

  void addPath(String path) {
    paths.add(path);
  }

  /** The options given, with their values, and the paths; for tests that compare two parses. */
  @Override
  public String toString() {
    return given + " " + paths;
  }
}
