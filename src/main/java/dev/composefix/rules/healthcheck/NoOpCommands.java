package dev.composefix.rules.healthcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Commands that succeed whatever state the service is in, so a healthcheck made of them verifies
 * nothing. The list is short and exact on purpose: the shell's no-ops ({@code true}, {@code :},
 * {@code exit 0}), commands that only print or wait ({@code echo}, {@code printf}, {@code sleep}),
 * and the hardening review's "WEAK - only verifies Python works" example, {@code python3 -c "import
 * sys; sys.exit(0)"}: interpreter one-liners that only import modules or exit 0. Anything else,
 * including any one-liner that calls a function or opens a URL, is taken to probe something.
 */
final class NoOpCommands {

  /**
   * A command that verifies nothing: how to show it, the clause that says why, and whether it ends
   * the shell that runs it ({@code exit}).
   */
  record NoOp(String shown, String why, boolean endsShell) {

    NoOp(String shown, String why) {
      this(shown, why, false);
    }
  }

  private static final String ALWAYS = " even when the service is down";

  private static final String NAME = "[A-Za-z_]\\w*";
  private static final String DOTTED = NAME + "(?:\\." + NAME + ")*";
  private static final String ALIASED = "(?:\\s+as\\s+" + NAME + ")?";

  /**
   * Python statements that only import: {@code import a.b as c, d} and {@code from .a import b, c
   * as d}.
   */
  private static final Pattern PYTHON_IMPORT =
      Pattern.compile(
          "import\\s+"
              + DOTTED
              + ALIASED
              + "(?:\\s*,\\s*"
              + DOTTED
              + ALIASED
              + ")*"
              + "|from\\s+(?:\\.+|\\.*"
              + DOTTED
              + ")\\s+import\\s+(?:\\*|"
              + NAME
              + ALIASED
              + "(?:\\s*,\\s*"
              + NAME
              + ALIASED
              + ")*)");

  /** Python statements that end the interpreter with status 0, or do nothing. */
  private static final Pattern PYTHON_EXIT =
      Pattern.compile(
          "(?:sys\\.)?exit\\(\\s*0?\\s*\\)|quit\\(\\s*0?\\s*\\)|os\\._exit\\(\\s*0\\s*\\)|raise\\s+SystemExit(?:\\(\\s*0?\\s*\\))?|pass");

  private static final Pattern STATEMENT_END = Pattern.compile("[;\\r\\n]");

  private static final Pattern NODE_EXIT = Pattern.compile("process\\.exit\\(\\s*0?\\s*\\)");

  private static final Pattern PYTHON = Pattern.compile("python[0-9.]*");

  /** Python options that take no argument and may stand before {@code -c}. */
  private static final Pattern PYTHON_OPTIONS = Pattern.compile("-[BbdEIiOqSsuv]+");

  private NoOpCommands() {}

  /**
   * The no-op a simple command is, if it is one. {@code inShell} when a shell runs it, where the
   * builtins {@code :} and {@code exit} exist and leading {@code NAME=value} words are assignments.
   */
  static Optional<NoOp> of(List<String> words, boolean inShell) {
    int first = 0;
    while (inShell && first < words.size() && words.get(first).matches(NAME + "=.*")) {
      first++;
    }
    if (first >= words.size()) {
      return Optional.empty();
    }
    String program = words.get(first);
    List<String> args = words.subList(first + 1, words.size());
    String base = program.substring(program.lastIndexOf('/') + 1);
    if (inShell && program.equals(":")) {
      return Optional.of(new NoOp(":", "always succeeds," + ALWAYS));
    }
    if (inShell
        && program.equals("exit")
        && (args.isEmpty() || args.size() == 1 && args.get(0).equals("0"))) {
      return Optional.of(
          new NoOp(
              String.join(" ", words.subList(first, words.size())),
              "always succeeds," + ALWAYS,
              true));
    }
    return switch (base) {
      case "true" -> Optional.of(new NoOp(program, "always succeeds," + ALWAYS));
      case "echo", "printf" -> Optional.of(new NoOp(program, "only prints, and succeeds" + ALWAYS));
      case "sleep" -> Optional.of(new NoOp(program, "only waits, and succeeds" + ALWAYS));
      case "node", "nodejs" -> nodeOneLiner(program, args);
      default -> PYTHON.matcher(base).matches() ? pythonOneLiner(program, args) : Optional.empty();
    };
  }

  private static Optional<NoOp> pythonOneLiner(String program, List<String> args) {
    int at = 0;
    while (at < args.size() && PYTHON_OPTIONS.matcher(args.get(at)).matches()) {
      at++;
    }
    if (at + 1 >= args.size() || !args.get(at).equals("-c")) {
      return Optional.empty();
    }
    boolean imports = false;
    boolean exits = false;
    for (String statement : statements(args.get(at + 1))) {
      if (PYTHON_IMPORT.matcher(statement).matches()) {
        imports = true;
      } else if (PYTHON_EXIT.matcher(statement).matches()) {
        exits = true;
      } else {
        return Optional.empty();
      }
    }
    String shown = program + " -c";
    if (imports) {
      return Optional.of(
          new NoOp(
              shown,
              "code that only imports modules"
                  + (exits ? " and exits" : "")
                  + " proves that Python starts, not that the service answers"));
    }
    return exits
        ? Optional.of(new NoOp(shown, "code that only exits 0 succeeds" + ALWAYS))
        : Optional.empty();
  }

  private static Optional<NoOp> nodeOneLiner(String program, List<String> args) {
    if (args.size() < 2 || !args.get(0).equals("-e") && !args.get(0).equals("--eval")) {
      return Optional.empty();
    }
    List<String> statements = statements(args.get(1));
    if (statements.isEmpty()) {
      return Optional.empty();
    }
    for (String statement : statements) {
      if (!NODE_EXIT.matcher(statement).matches()) {
        return Optional.empty();
      }
    }
    return Optional.of(
        new NoOp(program + " " + args.get(0), "code that only exits 0 succeeds" + ALWAYS));
  }

  /** The non-blank statements of a one-liner, split at semicolons and line breaks. */
  private static List<String> statements(String code) {
    List<String> statements = new ArrayList<>();
    for (String statement : STATEMENT_END.split(code)) {
      String stripped = statement.strip();
      if (!stripped.isEmpty()) {
        statements.add(stripped);
      }
    }
    return statements;
  }
}
