package dev.composefix.cli;

import dev.composefix.report.OutputFormat;
import dev.composefix.yaml.ParserLimits;
import java.nio.file.Path;

/**
 * Every option of the main command, defined once: its names, what it takes, its help and how its
 * value is read. {@link FastArguments} parses the common command lines from this table without
 * picocli, and {@link MainCommandSpec} gives picocli the same options for help, completion and
 * every command line the fast parser leaves to it. Adding an option is one constant here (and its
 * use where the run reads it).
 */
enum MainOption {
  DRY_RUN(
      Kind.MODE,
      Value.NONE,
      null,
      null,
      "Print the fixes as a unified diff and change nothing (the default).",
      "--dry-run"),
  WRITE(Kind.MODE, Value.NONE, null, null, "Apply the fixes in place, atomically.", "--write"),
  CHECK(
      Kind.MODE,
      Value.NONE,
      null,
      null,
      "Report findings without a diff; exit 1 if there are any.",
      "--check"),
  SELECT(
      Kind.LIST,
      Value.TEXT,
      "RULES",
      null,
      "Only these rules (names or codes, comma-separated); overrides the config's select.",
      "--select"),
  IGNORE(
      Kind.LIST,
      Value.TEXT,
      "RULES",
      null,
      "Skip these rules (comma-separated names).",
      "--ignore"),
  UNSAFE_FIXES(
      Kind.NEGATABLE,
      Value.NONE,
      null,
      null,
      "Also apply fixes marked unsafe (--no-unsafe-fixes overrides the config's unsafe-fixes:"
          + " true).",
      "--unsafe-fixes"),
  CONFIG(
      Kind.SINGLE,
      Value.PATH,
      "FILE",
      null,
      "Read FILE, not the nearest .compose-fix.yaml.",
      "--config"),
  SHOW_SECRETS(
      Kind.FLAG,
      Value.NONE,
      null,
      null,
      "Show secret values in output instead of ****.",
      "--show-secrets"),
  MAX_FILE_SIZE(
      Kind.SINGLE,
      Value.INT,
      "MB",
      ParserLimits.DEFAULT_MAX_CODE_POINTS / (1024 * 1024),
      "Largest file to read, in MiB (default: "
          + ParserLimits.DEFAULT_MAX_CODE_POINTS / (1024 * 1024)
          + ", at most 256).",
      "--max-file-size"),
  MAX_DEPTH(
      Kind.SINGLE,
      Value.INT,
      "N",
      ParserLimits.DEFAULT_MAX_DEPTH,
      "Deepest nesting accepted, within a file and of files that include one another (default: "
          + ParserLimits.DEFAULT_MAX_DEPTH
          + ", at most 1000).",
      "--max-depth"),
  MAX_EXPANDED_NODES(
      Kind.SINGLE,
      Value.INT,
      "N",
      ParserLimits.DEFAULT_MAX_EXPANDED_NODES,
      "Most nodes a file may expand to through aliases (default: "
          + ParserLimits.DEFAULT_MAX_EXPANDED_NODES
          + ").",
      "--max-expanded-nodes"),
  MAX_COMMENT_LINES(
      Kind.SINGLE,
      Value.INT,
      "N",
      ParserLimits.DEFAULT_MAX_COMMENT_LINES,
      "Most comment or blank lines in a row (default: "
          + ParserLimits.DEFAULT_MAX_COMMENT_LINES
          + ", at most 2000).",
      "--max-comment-lines"),
  FILE(
      Kind.REPEATED,
      Value.TEXT,
      "FILE",
      null,
      "A Compose file of one project, as docker compose -f; repeat it for overrides, merged in"
          + " order.",
      "-f",
      "--file"),
  PROJECT_DIRECTORY(
      Kind.SINGLE,
      Value.TEXT,
      "DIR",
      null,
      "The project's folder: its .env, and its files when no -f is given (default: the first -f"
          + " file's folder).",
      "--project-directory"),
  ENV_FILE(
      Kind.REPEATED,
      Value.TEXT,
      "FILE",
      null,
      "Read variables from FILE instead of the project's .env; repeatable.",
      "--env-file"),
  FORMAT(
      Kind.SINGLE,
      Value.FORMAT,
      "FORMAT",
      OutputFormat.TEXT,
      "Output format: text (default), json, sarif or github.",
      "--format"),
  COLOR(
      Kind.SINGLE,
      Value.COLOR,
      "WHEN",
      ColorChoice.AUTO,
      "Colour text output: auto (default, only at a terminal), always or never.",
      "--color"),
  QUIET(
      Kind.FLAG,
      Value.NONE,
      null,
      null,
      "Print findings and errors only, no summary.",
      "-q",
      "--quiet");

  /** How an option is given on the command line. */
  enum Kind {
    /** One of the exclusive modes, a flag. */
    MODE,
    /** A flag, at most once. */
    FLAG,
    /** A flag with a {@code --no-} form, at most once. */
    NEGATABLE,
    /** One value, at most once. */
    SINGLE,
    /** Comma-separated values, as often as wanted; they add up. */
    LIST,
    /** One value each time, as often as wanted; they add up. */
    REPEATED
  }

  /** What a value is read as. */
  enum Value {
    NONE,
    TEXT,
    PATH,
    INT,
    FORMAT,
    COLOR
  }

  /** When text output is coloured. */
  enum ColorChoice {
    AUTO,
    ALWAYS,
    NEVER
  }

  /** The options that raise the limits, which every command that reads files takes. */
  static final MainOption[] LIMITS = {
    MAX_FILE_SIZE, MAX_DEPTH, MAX_EXPANDED_NODES, MAX_COMMENT_LINES
  };

  private final Kind kind;
  private final Value value;
  private final String paramLabel;
  private final Object defaultValue;
  private final String description;
  private final String[] names;

  MainOption(
      Kind kind,
      Value value,
      String paramLabel,
      Object defaultValue,
      String description,
      String... names) {
    this.kind = kind;
    this.value = value;
    this.paramLabel = paramLabel;
    this.defaultValue = defaultValue;
    this.description = description;
    this.names = names;
  }

  Kind kind() {
    return kind;
  }

  Value value() {
    return value;
  }

  /** The label of its value in help, such as {@code FILE}; null for a flag. */
  String paramLabel() {
    return paramLabel;
  }

  /** Its value when it is not given; null when that means "not given". */
  Object defaultValue() {
    return defaultValue;
  }

  String description() {
    return description;
  }

  /** Its names, the long one last. */
  String[] names() {
    return names.clone();
  }

  /** The long name, which picocli's parse result is asked by. */
  String longName() {
    return names[names.length - 1];
  }

  /** Whether {@code name} is one of its names, or the {@code --no-} form of a negatable one. */
  boolean isNamed(String name) {
    for (String own : names) {
      if (own.equals(name)) {
        return true;
      }
    }
    return kind == Kind.NEGATABLE && name.equals("--no-" + longName().substring(2));
  }

  /**
   * Reads one value as this option takes it.
   *
   * @throws IllegalArgumentException with the message picocli shows after "Invalid value for
   *     option"
   */
  Object convert(String text) {
    return switch (value) {
      case NONE, TEXT -> text;
      case PATH -> Path.of(text);
      case INT -> parseInt(text);
      case FORMAT -> LowerCaseEnum.parse(OutputFormat.class, text);
      case COLOR -> LowerCaseEnum.parse(ColorChoice.class, text);
    };
  }

  private static Integer parseInt(String text) {
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not an int", e);
    }
  }

  /** The option one of whose names is {@code name}; null when none is. */
  static MainOption named(String name) {
    for (MainOption option : values()) {
      if (option.isNamed(name)) {
        return option;
      }
    }
    return null;
  }
}
