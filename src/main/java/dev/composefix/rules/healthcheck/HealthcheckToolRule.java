package dev.composefix.rules.healthcheck;

import static dev.composefix.lint.Applicability.SAFE;
import static dev.composefix.lint.FixAvailability.SOMETIMES;
import static dev.composefix.lint.Severity.HIGH;

import dev.composefix.compose.ExtendedService;
import dev.composefix.compose.HealthcheckTest;
import dev.composefix.compose.Healthchecks;
import dev.composefix.compose.Service;
import dev.composefix.images.ContainerFacts;
import dev.composefix.lint.Applicability;
import dev.composefix.lint.Fix;
import dev.composefix.lint.Rule;
import dev.composefix.lint.RuleContext;
import dev.composefix.lint.RuleMetadata;
import dev.composefix.lint.Severity;
import dev.composefix.shell.ProgramCalls.Call;
import dev.composefix.shell.ShellWord;
import dev.composefix.text.TextRange;
import dev.composefix.yaml.CannotEditException;
import dev.composefix.yaml.ScalarSource;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import dev.composefix.yaml.YamlChange;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Healthcheck calls a tool the image does not have. */
public final class HealthcheckToolRule implements Rule {

  private static final String SUMMARY = "Healthcheck calls a tool the image does not have";

  static final String DOC =
      """
      # healthcheck-tool (CF006)

      ## What it does
      Finds healthchecks that call a program their image does not have: `curl` in the official
      postgres image, `wget` in qdrant's, a `CMD-SHELL` test in an image without a shell. It
      reads `CMD` tests and shell tests (`CMD-SHELL` or a string), where it reads every command
      of a `||`, `&&`, `;` or `|` chain; a shell test with `$(...)`, backticks or a subshell is not
      read. What each image has comes from the image knowledge base (`compose-fix image
      NAME:TAG` shows it, with the Dockerfile or document each fact comes from), for the image's
      tag: MinIO's curl, for one, depends on the release. A busybox applet counts as the
      program (`wget` in alpine images). An image the knowledge base does not know, or a program
      it says nothing about, is left alone: the rule reports only what it knows. A test that
      also calls an HTTP client the image has (`curl ... || wget ...`) is a fallback chain and is
      left alone. A test is judged against the image the project runs: when another file of the
      project sets it (an override that adds a healthcheck over its base, or a base whose image
      an override replaces), against that image, and the finding names the file and line that
      set it; a new probe is then not proposed as a fix, since the
      settings that decide it are in the other file.

      When the image has the other HTTP client, the fix rewrites the call with it, in the test's
      own form and quoting, and keeps the URL exactly as written:

      - `curl` becomes `wget -q --spider URL`, or `wget -qO- URL` when its output feeds a pipe;
      - `wget` becomes `curl -sf URL`, with `-o /dev/null` when wget threw the body away.

      Only calls whose options carry over exactly are rewritten: curl with `-s`, `-S`, `-f`, `-L`
      (alone or clustered, as in `-fsSL`), `-k` and `-o /dev/null`; wget with `-q`, `-nv`,
      `--spider`, `--tries=1`, `--no-check-certificate`, `-O -` and `-O /dev/null` (also `-qO-`).
      Otherwise the finding proposes the check healthcheck-missing would write for the service
      (the image's own health command, a request with a client it has, or a TCP connection),
      and says where it comes from.

      In a project of several files, a test that a later file replaces, or a healthcheck it
      turns off, is not judged: only the test that runs is.

      ## Why
      A healthcheck whose program is missing fails on every probe. The container is marked
      unhealthy although the service is fine, dependants waiting on `service_healthy` never
      start, and an orchestrator restarts it in a loop. The hardening review this rule comes from
      found `wget --spider` checks in images without wget and `mc ready local` in a MinIO image
      without `mc`; its first lesson is to call only what the image has.

      ## Example
      ```yaml
      services:
        prometheus:
          image: prom/prometheus:v2.53.0
          healthcheck:
            test: ["CMD", "curl", "-f", "http://localhost:9090/-/healthy"]
      ```

      ## Use instead
      ```yaml
      services:
        prometheus:
          image: prom/prometheus:v2.53.0
          healthcheck:
            test: ["CMD", "wget", "-q", "--spider", "http://localhost:9090/-/healthy"]
      ```

      ## Fix safety
      Safe. The curl and wget rewrite replaces a program the image does not have,
      so that the check could never pass, with one it has, making the same request to the same
      URL; only options with the same meaning are carried over. busybox wget fails on an HTTP
      error status as `curl -f` does, so a rewritten check can become stricter, never looser.
      Unsafe when the fix writes a new test from the knowledge base: it checks the service
      another way than the test did. When services with different images share the test
      through an anchor, nothing is rewritten.

      ## Options
      - `images`: your own knowledge-base rows, for images compose-fix does not know; see
        "Image knowledge" in the README.
      """;

  private static final RuleMetadata METADATA =
      new RuleMetadata("healthcheck-tool", "CF006", SUMMARY, HIGH, SOMETIMES, SAFE, DOC);

  /**
   * What is wrong with one call of one service's test, and the words that would put it right.
   *
   * @param call the call, or empty when the test itself needs a shell the image lacks
   * @param callIndex the call's place among the test's calls, -1 for the shell
   * @param wholeTest true when the replacement is a new test, not new words for the call
   */
  private record Problem(
      Service service,
      HealthcheckTest test,
      Optional<Call> call,
      int callIndex,
      Severity severity,
      String message,
      Optional<List<ShellWord>> replacement,
      boolean wholeTest,
      Applicability applicability,
      String fixTitle) {

    /** A problem with advice and no replacement. */
    static Problem advice(
        Service service,
        HealthcheckTest test,
        Optional<Call> call,
        int callIndex,
        String message,
        Applicability applicability) {
      return new Problem(
          service,
          test,
          call,
          callIndex,
          Severity.HIGH,
          message,
          Optional.empty(),
          false,
          applicability,
          "");
    }

    boolean sameCall(Problem other) {
      return test.node() == other.test.node() && callIndex == other.callIndex;
    }
  }

  /** Words a shell test runs that are no program of the image. */
  private static final Set<String> SHELL_BUILTINS =
      Set.of(
          "exit", "echo", "test", "[", "[[", "true", "false", ":", "exec", "printf", "read", "cd",
          "set", "export", "return", "kill", "command", "type", "eval");

  private static final List<String> HTTP_CLIENTS =
      List.of("curl", "wget", "python3", "python", "node");

  @Override
  public void check(RuleContext context) {
    Map<YNode, List<Service>> readers = new IdentityHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Healthchecks.Tested tested : context.testsThatRun()) {
      Service service = tested.service();
      HealthcheckTest test = tested.test();
      List<Service> sharing = readers.get(test.node());
      if (sharing == null) {
        sharing = new ArrayList<>();
        readers.put(test.node(), sharing);
      }
      sharing.add(service);
      ExtendedService extended = ExtendedService.of(context.compose(), service);
      Optional<ProbedImage> probed = ProbedImage.of(context, extended);
      if (probed.isPresent() && probed.get().facts().known()) {
        // Settings another file holds are not seen here, so no new probe is built from them.
        Optional<ServiceSettings> settings =
            probed.get().fromOtherFile()
                ? Optional.empty()
                : Optional.of(ServiceSettings.of(extended));
        problems.addAll(problemsOf(service, test, probed.get().facts(), settings));
      }
    }
    Map<Problem, String> refusals = new IdentityHashMap<>();
    for (Problem problem : problems) {
      if (problem.replacement().isPresent()) {
        Optional<String> why = refusal(problem, readers.get(problem.test().node()), problems);
        if (why.isPresent()) {
          refusals.put(problem, why.get());
        }
      }
    }
    for (Problem problem : problems) {
      report(context, problem, problems, refusals);
    }
  }

  private static List<Problem> problemsOf(
      Service service,
      HealthcheckTest test,
      ContainerFacts facts,
      Optional<ServiceSettings> settings) {
    String prefix = "service '" + service.name() + "': ";
    if (test.form() == HealthcheckTest.Form.SHELL && facts.lacks("sh")) {
      String message =
          prefix
              + "healthcheck runs its test with /bin/sh, but "
              + facts.image()
              + " has no shell ("
              + facts.tool("sh").orElseThrow().from()
              + "), so the check fails even when the service is up; ";
      return List.of(instead(service, test, Optional.empty(), -1, message, facts, settings));
    }
    List<Call> calls = test.calls();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < calls.size(); i++) {
      Call call = calls.get(i);
      String program = ShellWord.baseName(call.program().text());
      if (SHELL_BUILTINS.contains(program) || !facts.lacks(program)) {
        continue;
      }
      // A chain that falls back to a client the image has (curl ... || wget ...) still works.
      if (!HTTP_CLIENTS.contains(program) || !hasFallback(calls, call, facts)) {
        problems.add(missingTool(prefix, service, test, call, i, program, facts, settings));
      }
    }
    return problems;
  }

  /** Whether another call of the chain is an HTTP client the image runs. */
  private static boolean hasFallback(List<Call> calls, Call call, ContainerFacts facts) {
    for (Call other : calls) {
      String client = ShellWord.baseName(other.program().text());
      if (other != call && HTTP_CLIENTS.contains(client) && facts.runs(client)) {
        return true;
      }
    }
    return false;
  }

  private static Problem missingTool(
      String prefix,
      Service service,
      HealthcheckTest test,
      Call call,
      int index,
      String program,
      ContainerFacts facts,
      Optional<ServiceSettings> settings) {
    String message =
        prefix
            + "healthcheck calls "
            + program
            + ", but "
            + facts.image()
            + " has no "
            + program
            + " ("
            + facts.tool(program).orElseThrow().from()
            + "), so the check fails even when the service is up; ";
    Optional<String> other =
        program.equals("curl")
            ? Optional.of("wget")
            : program.equals("wget") ? Optional.of("curl") : Optional.empty();
    if (other.isPresent() && facts.runs(other.get())) {
      HttpProbe.Reading reading =
          program.equals("curl")
              ? HttpProbe.readCurl(call.arguments())
              : HttpProbe.readWget(call.arguments());
      if (reading.probe().isPresent()) {
        HttpProbe probe = reading.probe().get();
        List<ShellWord> replacement =
            program.equals("curl") ? probe.asWget(call.outputUsed()) : probe.asCurl();
        return new Problem(
            service,
            test,
            Optional.of(call),
            index,
            Severity.HIGH,
            message + "use " + withoutUrl(replacement, probe) + " with the same URL",
            Optional.of(replacement),
            false,
            Applicability.SAFE,
            "Call " + withoutUrl(replacement, probe) + " instead of " + program);
      }
      return Problem.advice(
          service,
          test,
          Optional.of(call),
          index,
          message + "use " + other.get() + " instead" + RuleContext.noFix(reading.refusal()),
          Applicability.SAFE);
    }
    return instead(service, test, Optional.of(call), index, message, facts, settings);
  }

  /**
   * A problem whose remedy is a new test: the probe the image can run, as healthcheck-missing would
   * write it, offered as an unsafe fix because it checks another thing than the test did.
   */
  private static Problem instead(
      Service service,
      HealthcheckTest test,
      Optional<Call> call,
      int index,
      String message,
      ContainerFacts facts,
      Optional<ServiceSettings> settings) {
    if (settings.isEmpty()) {
      return Problem.advice(
          service,
          test,
          call,
          index,
          message
              + "call a program the image has"
              + RuleContext.noFix(
                  "the image comes from another file of the project, whose settings decide the"
                      + " probe"),
          Applicability.UNSAFE);
    }
    ProbeChoice choice = ProbeLadder.choose(facts, settings.get());
    if (choice.probe().isEmpty()) {
      return Problem.advice(
          service,
          test,
          call,
          index,
          message + "call a program the image has (" + choice.reason() + ")",
          Applicability.UNSAFE);
    }
    Probe probe = choice.probe().get();
    return new Problem(
        service,
        test,
        call,
        index,
        Severity.HIGH,
        message
            + "use "
            + probe.kind().description
            + " instead: "
            + probe.summary()
            + " (from "
            + String.join("; ", probe.from())
            + ")",
        Optional.of(literals(probe.test())),
        true,
        Applicability.UNSAFE,
        "Run " + probe.summary() + " instead");
  }

  private static List<ShellWord> literals(List<String> texts) {
    List<ShellWord> words = new ArrayList<>(texts.size());
    for (String text : texts) {
      words.add(HttpProbe.literal(text));
    }
    return words;
  }

  private static String withoutUrl(List<ShellWord> words, HttpProbe probe) {
    List<String> kept = new ArrayList<>();
    for (ShellWord word : words) {
      if (!word.equals(probe.url())) {
        kept.add(word.text());
      }
    }
    return String.join(" ", kept);
  }

  private static List<String> texts(List<ShellWord> words) {
    List<String> texts = new ArrayList<>(words.size());
    for (ShellWord word : words) {
      texts.add(word.text());
    }
    return texts;
  }

  private static void report(
      RuleContext context, Problem problem, List<Problem> problems, Map<Problem, String> refusals) {
    String message = problem.message();
    Fix fix = null;
    if (problem.replacement().isPresent() && refusals.containsKey(problem)) {
      message += RuleContext.noFix(refusals.get(problem));
    } else if (problem.replacement().isPresent()) {
      // Every call rewritten in one test goes into one edit: two edits of one scalar cannot be
      // checked apart.
      List<Problem> together = new ArrayList<>();
      Problem whole = null;
      boolean safe = true;
      for (Problem other : problems) {
        if (other.service() == problem.service()
            && other.test().node() == problem.test().node()
            && other.replacement().isPresent()
            && !refusals.containsKey(other)) {
          together.add(other);
          // A new test replaces every call, so the first problem that proposes one carries the fix.
          if (whole == null && other.wholeTest()) {
            whole = other;
          }
          safe &= other.applicability() == Applicability.SAFE;
        }
      }
      if (whole != null) {
        if (whole == problem) {
          try {
            fix =
                new Fix(
                    problem.fixTitle(),
                    Applicability.UNSAFE,
                    replaceTest(context, problem.test(), problem.replacement().orElseThrow()));
            message += context.sharedAnchorNote(problem.test().node());
          } catch (CannotEditException e) {
            message += RuleContext.noFix(e.getMessage());
          }
        }
        context.report(location(context, problem), problem.severity(), message, fix);
        return;
      }
      try {
        fix =
            new Fix(
                problem.fixTitle(),
                safe ? Applicability.SAFE : Applicability.UNSAFE,
                rewrite(context, problem.test(), together));
        message += context.sharedAnchorNote(problem.test().node());
      } catch (CannotEditException e) {
        message += RuleContext.noFix(e.getMessage());
      }
    }
    context.report(location(context, problem), problem.severity(), message, fix);
  }

  /**
   * Why a call cannot be rewritten: another service that reads the same test would need a different
   * call, or none; or the call is not written so that its words can be replaced.
   */
  private static Optional<String> refusal(
      Problem problem, List<Service> readers, List<Problem> problems) {
    for (Service reader : readers) {
      Problem theirs = null;
      for (Problem other : problems) {
        if (other.service() == reader && other.sameCall(problem)) {
          theirs = other;
          break;
        }
      }
      if (theirs == null
          || !theirs.replacement().equals(problem.replacement())
          || theirs.applicability() != problem.applicability()) {
        return Optional.of(
            "service '"
                + reader.name()
                + "' shares this test but runs an image that needs a different one");
      }
    }
    if (!problem.wholeTest() && !problem.call().orElseThrow().argumentsOnly()) {
      return Optional.of("a redirection stands between the call's arguments");
    }
    return Optional.empty();
  }

  /** The edit that writes a new test in place of the old one, in the old one's form. */
  private static YamlChange replaceTest(
      RuleContext context, HealthcheckTest test, List<ShellWord> words) throws CannotEditException {
    List<String> items = texts(words);
    if (test.node() instanceof YSequence sequence) {
      return context.editor().replaceItems(sequence, 0, sequence.items().size(), items);
    }
    // A string test is a shell command line: the probe's own line, or its words quoted.
    YScalar command = test.shellCommand().orElseThrow();
    String line =
        items.get(0).equals("CMD-SHELL")
            ? items.get(1)
            : ShellQuoting.join(items.subList(1, items.size()));
    return context.editor().replaceScalar(command, line);
  }

  /**
   * The edit for the calls of one test: in each, the words that change, from the program up to the
   * first word kept at the end (usually the URL); what lies between calls stays as it is.
   */
  private static YamlChange rewrite(RuleContext context, HealthcheckTest test, List<Problem> calls)
      throws CannotEditException {
    List<int[]> ranges = new ArrayList<>();
    List<List<ShellWord>> texts = new ArrayList<>();
    for (Problem problem : calls) {
      List<ShellWord> before = problem.call().orElseThrow().words();
      List<ShellWord> after = problem.replacement().orElseThrow();
      int kept = 0;
      while (kept < before.size() - 1
          && kept < after.size() - 1
          && before.get(before.size() - 1 - kept).equals(after.get(after.size() - 1 - kept))) {
        kept++;
      }
      ranges.add(new int[] {before.get(0).start(), before.get(before.size() - 1 - kept).end()});
      texts.add(after.subList(0, after.size() - kept));
    }
    if (test.form() == HealthcheckTest.Form.EXEC) {
      // An exec test is one call; item 0 of the test is "CMD", so argv index i is item i + 1.
      return context
          .editor()
          .replaceItems(
              (YSequence) test.node(),
              ranges.get(0)[0] + 1,
              ranges.get(0)[1] + 1,
              texts(texts.get(0)));
    }
    YScalar command = test.shellCommand().orElseThrow();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < ranges.size(); i++) {
      if (i > 0) {
        text.append(command.value(), ranges.get(i - 1)[1], ranges.get(i)[0]);
      }
      List<ShellWord> words = texts.get(i);
      for (int w = 0; w < words.size(); w++) {
        text.append(w == 0 ? "" : " ").append(words.get(w).raw());
      }
    }
    return context
        .editor()
        .replaceInScalar(
            command, ranges.get(0)[0], ranges.get(ranges.size() - 1)[1], text.toString());
  }

  /** The program word of the call, or the test when it needs a shell. */
  private static TextRange location(RuleContext context, Problem problem) {
    HealthcheckTest test = problem.test();
    if (problem.call().isEmpty()) {
      return test.node().span();
    }
    ShellWord program = problem.call().get().program();
    if (test.form() == HealthcheckTest.Form.EXEC) {
      return test.argv().get(program.start()).span();
    }
    YScalar command = test.shellCommand().orElseThrow();
    Optional<ScalarSource> source = ScalarSource.of(command, context.document().source());
    Optional<TextRange> range =
        source.isPresent()
            ? source.get().sourceRange(program.start(), program.end())
            : Optional.empty();
    return range.orElse(command.span());
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
