package dev.composefix.compose;

import dev.composefix.shell.ProgramCalls;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A healthcheck's {@code test}, in any of its forms: {@code ["CMD", argv...]}, {@code ["CMD-SHELL",
 * "command"]}, or a plain string, which Compose runs with the shell.
 *
 * @param form how the test is written
 * @param node the {@code test} value node
 * @param argv for {@link Form#EXEC}: the program and its arguments, each a scalar of the list
 * @param shellCommand for {@link Form#SHELL}: the scalar holding the shell command
 */
public record HealthcheckTest(
    Form form, YNode node, List<YScalar> argv, Optional<YScalar> shellCommand) {

  /** How the test is written. */
  public enum Form {
    /** {@code ["CMD", "curl", "-f", "http://..."]}: run directly, no shell. */
    EXEC,
    /**
     * {@code ["CMD-SHELL", "curl -f http://... || exit 1"]} or a string: run by {@code /bin/sh -c}.
     */
    SHELL
  }

  public HealthcheckTest {
    argv = List.copyOf(argv);
    if (shellCommand.isPresent() != (form == Form.SHELL)) {
      throw new IllegalArgumentException(
          "a shell command goes with the shell form, and only there");
    }
  }

  /**
   * The test of a healthcheck; empty when there is none, it is {@code NONE}, or its shape is not
   * one Compose accepts.
   */
  public static Optional<HealthcheckTest> of(YMapping healthcheck) {
    Optional<YNode> test = Mappings.get(healthcheck, "test");
    if (test.isEmpty()) {
      return Optional.empty();
    }
    YNode node = test.get();
    if (node instanceof YScalar scalar && scalar.isString() && !scalar.value().isBlank()) {
      return Optional.of(new HealthcheckTest(Form.SHELL, node, List.of(), Optional.of(scalar)));
    }
    if (!(node instanceof YSequence sequence) || sequence.items().isEmpty()) {
      return Optional.empty();
    }
    List<YScalar> items = new ArrayList<>();
    for (YNode item : sequence.items()) {
      if (!(Mappings.resolve(item) instanceof YScalar scalar)) {
        return Optional.empty();
      }
      items.add(scalar);
    }
    String kind = items.get(0).value();
    if (kind.equals("CMD") && items.size() > 1) {
      return Optional.of(
          new HealthcheckTest(Form.EXEC, node, items.subList(1, items.size()), Optional.empty()));
    }
    if (kind.equals("CMD-SHELL") && items.size() == 2) {
      return Optional.of(
          new HealthcheckTest(Form.SHELL, node, List.of(), Optional.of(items.get(1))));
    }
    return Optional.empty();
  }

  /**
   * The programs the test calls: an exec test is one call, whose words' start and end are their
   * index in {@link #argv()}; a shell test's calls are read from its command line.
   */
  public List<ProgramCalls.Call> calls() {
    if (form == Form.EXEC) {
      return List.of(ProgramCalls.ofArgv(words()));
    }
    return ProgramCalls.ofShell(shellCommand.orElseThrow().value());
  }

  /** The command as one line of text, for reading: argv joined by spaces, or the shell command. */
  String commandText() {
    if (form == Form.SHELL) {
      return shellCommand.orElseThrow().value();
    }
    return String.join(" ", words());
  }

  /** For {@link Form#EXEC}: the program and its arguments as text. */
  public List<String> words() {
    List<String> words = new ArrayList<>(argv.size());
    for (YScalar arg : argv) {
      words.add(arg.value());
    }
    return words;
  }
}
