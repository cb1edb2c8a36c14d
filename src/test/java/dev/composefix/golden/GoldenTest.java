package dev.composefix.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.composefix.lint.Rule;
import dev.composefix.rules.BuiltInRules;
import dev.composefix.support.Cli;
import dev.composefix.support.Projects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden harness. Inputs are {@code fixtures/<rule>/<case>.yml}, found by scanning; the
 * expected fixed file is {@code golden/<rule>/<case>.yml} and the expected findings report {@code
 * golden/<rule>/<case>.txt}. Files directly in {@code fixtures/} run with every rule. A case named
 * {@code ok-*} must come back byte-identical with no findings; {@code unsafe-*} runs with
 * --unsafe-fixes; a {@code <case>.compose-fix.yaml} beside the input is its configuration, and when
 * it has {@code select:} that selection replaces the rule's own. Every pair is also run as CRLF,
 * with a BOM, without a final newline and with all three, and checked for idempotency. {@code
 * -Dgolden.update=true} rewrites the expected files. A folder {@code <case>.context} beside an
 * input holds the build contexts its {@code build:} services read; it is copied beside the input.
 */
class GoldenTest {

  private static final Path FIXTURES = Projects.root().resolve("fixtures");
  private static final Path GOLDEN = Projects.root().resolve("golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final String CONFIG_SUFFIX = ".compose-fix.yaml";

  @TempDir Path work;

  /** One input and its expectations. */
  record Case(String rule, String name, Path input, Path config) {

    Path expectedFile() {
      return GOLDEN.resolve(rule).resolve(name + ".yml");
    }

    Path expectedReport() {
      return GOLDEN.resolve(rule).resolve(name + ".txt");
    }

    boolean allRules() {
      return rule.isEmpty();
    }

    String label() {
      return allRules() ? name : rule + "/" + name;
    }

    boolean negative() {
      return name.startsWith("ok-");
    }

    /** A case whose configuration selects rules itself runs with that selection. */
    boolean configSelects() {
      try {
        return config != null
            && Files.readAllLines(config).stream().anyMatch(line -> line.startsWith("select:"));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    List<String> options(String mode) {
      List<String> args =
          new ArrayList<>(
              allRules() || configSelects() ? List.of(mode) : List.of(mode, "--select", rule));
      if (name.startsWith("unsafe-")) {
        args.add("--unsafe-fixes");
      }
      if (config != null) {
        args.addAll(List.of("--config", config.toString()));
      }
      return args;
    }
  }

  /** A byte-level rewrite of input and expected output alike. */
  record Variant(String name, UnaryOperator<String> transform) {}

  /**
   * Mutation testing runs each case once, as written: the variants multiply its run time by ten.
   */
  private static final boolean ALL_VARIANTS =
      !"false".equals(System.getProperty("golden.variants"));

  private static final List<Variant> VARIANTS =
      !ALL_VARIANTS
          ? List.of(new Variant("LF", text -> text))
          : List.of(
              new Variant("LF", text -> text),
              new Variant("CRLF", text -> text.replace("\n", "\r\n")),
              new Variant("BOM", text -> "\uFEFF" + text),
              new Variant("no final newline", GoldenTest::withoutFinalNewline),
              new Variant(
                  "CRLF+BOM+no final newline",
                  text -> "\uFEFF" + withoutFinalNewline(text.replace("\n", "\r\n"))));

  private static String withoutFinalNewline(String text) {
    return text.endsWith("\r\n")
        ? text.substring(0, text.length() - 2)
        : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    casesIn(FIXTURES, "", cases);
    try (Stream<Path> folders = Files.list(FIXTURES)) {
      // fixtures/projects holds whole projects, which ProjectGoldenTest runs.
      for (Path folder :
          folders
              .filter(Files::isDirectory)
              .filter(f -> !f.getFileName().toString().equals("projects"))
              .sorted()
              .toList()) {
        casesIn(folder, folder.getFileName().toString(), cases);
      }
    }
    return cases;
  }

  private static void casesIn(Path folder, String rule, List<Case> cases) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path input : files.filter(Files::isRegularFile).sorted().toList()) {
        String file = input.getFileName().toString();
        if (file.endsWith(CONFIG_SUFFIX)) {
          continue;
        }
        String name = file.replaceFirst("\\.yml$", "");
        Path config = folder.resolve(name + CONFIG_SUFFIX);
        cases.add(new Case(rule, name, input, Files.exists(config) ? config : null));
      }
    }
  }

  @Test
  void everyFixtureAndGoldenFileIsMatched() throws IOException {
    List<String> problems = new ArrayList<>();
    TreeSet<String> expected = new TreeSet<>();
    for (Case c : cases()) {
      if (!c.input().getFileName().toString().endsWith(".yml")) {
        problems.add("fixture " + FIXTURES.relativize(c.input()) + " is not named <case>.yml");
      }
      if (!c.allRules()
          && BuiltInRules.ruleSet()
              .find(c.rule())
              .filter(rule -> rule.metadata().name().equals(c.rule()))
              .isEmpty()) {
        problems.add("fixtures/" + c.rule() + " is named for no rule");
      }
      expected.add(c.label() + ".yml");
      expected.add(c.label() + ".txt");
    }
    try (Stream<Path> walk = Files.walk(GOLDEN)) {
      for (Path file :
          walk.filter(Files::isRegularFile)
              // Projects and build contexts have harnesses of their own, which match their files.
              .filter(f -> !GOLDEN.relativize(f).startsWith("projects"))
              .filter(f -> !GOLDEN.relativize(f).startsWith("build-contexts"))
              .toList()) {
        String relative = GOLDEN.relativize(file).toString().replace('\\', '/');
        if (!expected.remove(relative)) {
          problems.add("golden/" + relative + " has no fixture");
        }
      }
    }
    expected.forEach(missing -> problems.add("golden/" + missing + " is missing"));
    for (Rule rule : BuiltInRules.ruleSet().all()) {
      Path folder = FIXTURES.resolve(rule.metadata().name());
      try (Stream<Path> files = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
        List<String> names = files.map(p -> p.getFileName().toString()).toList();
        if (names.stream().noneMatch(n -> n.startsWith("ok-"))) {
          problems.add(
              "rule "
                  + rule.metadata().name()
                  + " has no negative fixture (fixtures/"
                  + rule.metadata().name()
                  + "/ok-*.yml)");
        }
        if (names.stream().noneMatch(n -> !n.startsWith("ok-") && !n.endsWith(CONFIG_SUFFIX))) {
          problems.add("rule " + rule.metadata().name() + " has no positive fixture");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @TestFactory
  Stream<DynamicTest> goldenPairs() throws IOException {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.label(), () -> check(c)));
  }

  private void check(Case c) throws IOException {
    String input = Files.readString(c.input(), StandardCharsets.UTF_8);
    assertFalse(
        input.contains("\r") || input.startsWith("\uFEFF"),
        "fixtures are LF without BOM; the harness makes the variants");
    Outcome base = run(c, input, "base");
    if (UPDATE) {
      Files.createDirectories(c.expectedFile().getParent());
      Files.writeString(c.expectedFile(), base.output(), StandardCharsets.UTF_8);
      Files.writeString(c.expectedReport(), base.report(), StandardCharsets.UTF_8);
    }
    String expectedOutput = Files.readString(c.expectedFile(), StandardCharsets.UTF_8);
    String expectedReport = Files.readString(c.expectedReport(), StandardCharsets.UTF_8);
    if (c.negative()) {
      assertEquals(input, expectedOutput, "a negative case's golden output must equal its input");
      assertEquals(
          "No findings in 1 file\n", expectedReport, "a negative case must have no findings");
    } else {
      assertTrue(
          !expectedOutput.equals(input) || !expectedReport.startsWith("No findings"),
          "a positive case must change the file or report a finding; name it ok-* if it is"
              + " negative");
    }
    for (Variant variant : VARIANTS) {
      Outcome outcome = run(c, variant.transform().apply(input), variant.name());
      assertEquals(
          variant.transform().apply(expectedOutput),
          outcome.output(),
          variant.name() + ": fixed file");
      assertEquals(expectedReport, outcome.report(), variant.name() + ": findings report");
      Outcome again = run(c, outcome.output(), variant.name() + " again");
      assertEquals(
          outcome.output(), again.output(), variant.name() + ": a second run changes nothing");
    }
  }

  /** The fixed text and the --check report for one input. */
  record Outcome(String output, String report) {}

  private Outcome run(Case c, String input, String label) throws IOException {
    Path dir =
        Files.createDirectories(
            work.resolve(c.label().replace('/', '-') + "-" + label.replaceAll("\\W+", "_")));
    Path file = dir.resolve(c.name() + ".yml");
    Files.write(file, input.getBytes(StandardCharsets.UTF_8));
    copyBuildContexts(c, dir);
    Cli.Result check = Cli.run(dir, with(c.options("--check"), file.getFileName().toString()));
    Cli.Result write = Cli.run(dir, with(c.options("--write"), file.getFileName().toString()));
    if (check.exitCode() == 2 || write.exitCode() == 2) {
      fail(label + ": the run failed:\n" + check.err() + write.err());
    }
    return new Outcome(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), check.err());
  }

  /**
   * Copies the case's build contexts, {@code fixtures/<rule>/<case>.context/}, beside the input, so
   * that its {@code build:} services read them.
   */
  private static void copyBuildContexts(Case c, Path dir) throws IOException {
    Path contexts = c.input().resolveSibling(c.name() + ".context");
    if (!Files.isDirectory(contexts)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(contexts)) {
      for (Path from : walk.toList()) {
        Path to = dir.resolve(contexts.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else if (!Files.exists(to)) {
          Files.copy(from, to);
        }
      }
    }
  }

  private static List<String> with(List<String> options, String file) {
    List<String> args = new ArrayList<>(options);
    args.add(file);
    return args;
  }
}
