package dev.composefix.rules.healthcheck;

import static dev.composefix.lint.Applicability.DISPLAY_ONLY;
import static dev.composefix.lint.FixAvailability.NONE;
import static dev.composefix.lint.Severity.MEDIUM;

import dev.composefix.compose.ExtendedService;
import dev.composefix.compose.HealthcheckTest;
import dev.composefix.compose.Healthchecks;
import dev.composefix.compose.Service;
import dev.composefix.images.ContainerFacts;
import dev.composefix.lint.Rule;
import dev.composefix.lint.RuleContext;
import dev.composefix.lint.RuleMetadata;
import dev.composefix.shell.CommandChains;
import dev.composefix.shell.ShellScript;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YAlias;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import java.util.List;
import java.util.Optional;

/** Healthcheck that verifies nothing. */
public final class HealthcheckWeakRule implements Rule {

  private static final String SUMMARY = "Healthcheck that verifies nothing";

  static final String DOC =
      """
      # healthcheck-weak (CF009)

      ## What it does
      Finds healthchecks whose `test` succeeds whatever state the service is in. In every test
      form (`["CMD", ...]`, `["CMD-SHELL", "..."]`, a plain string, and `sh -c "..."` inside
      them, from any of sh, bash, ash, dash, zsh and ksh, with other options around `-c`) it
      reports:
      - `true`, `/bin/true`, `:` and `exit 0` (or a bare `exit`);
      - `echo` and `printf`, which only print, and `sleep`, which only waits;
      - `python -c` / `python3 -c` code made only of imports, `pass` and `sys.exit(0)` (or
        `exit(0)`, `quit()`, `raise SystemExit`), such as `import sys; sys.exit(0)`, and
        `node -e "process.exit(0)"`;
      - a probe whose failure is swallowed: `curl -f ... || true`, `... || exit 0`,
        `... || echo down`.

      A shell test is read as the shell reads it: `a && b` passes always only when both parts
      do, `a || b` when either does, a pipeline has the status of its last command, and a
      script the status of its last line (earlier lines must be no-ops too). Anything else
      counts as a probe, and a check whose status a probe decides is never reported: `curl`,
      `wget`, `pg_isready`, `redis-cli`, `nc`, a one-liner that calls a function or opens a URL,
      and any script that uses syntax this reader does not model (subshells, `$(...)`,
      here-documents). Disabled healthchecks (`disable: true`, `test: ["NONE"]`) are not
      reported.

      In a project of several files, a test that a later file replaces, or a healthcheck it
      turns off, is not judged: only the test that runs is.

      ## Why
      A healthcheck exists to tell Compose, `depends_on: condition: service_healthy` and an
      orchestrator when a service cannot do its work. A test that cannot fail marks a crashed,
      deadlocked or still-starting service healthy: dependants start against it, and nothing
      restarts it. The hardening review that this rule comes from calls the Python import check
      "WEAK - only verifies Python works" and recommends, best first, an HTTP probe of the
      service's own endpoint, or a call into the service's code that loads its state.

      ## Example
      ```yaml
      services:
        watcher:
          image: example/watcher:1.4
          healthcheck:
            test: ["CMD", "python3", "-c", "import sys; sys.exit(0)"]
            interval: 30s
      ```

      ## Use instead
      ```yaml
      services:
        watcher:
          image: example/watcher:1.4
          healthcheck:
            test: ["CMD", "curl", "-sf", "http://localhost:8080/healthz"]
            interval: 30s
      ```

      ## Fix safety
      None. What a real check should call depends on the service: its port, its health
      endpoint, or its own CLI (`pg_isready`, `redis-cli ping`). The rule cannot know them, so
      the finding says what is wrong and what to call instead, and leaves the edit to a human.

      ## Options
      None.
      """;

  private static final RuleMetadata METADATA =
      new RuleMetadata("healthcheck-weak", "CF009", SUMMARY, MEDIUM, NONE, DISPLAY_ONLY, DOC);

  private static final String PROBE_ADVICE =
      "probe the service instead, with a request to its health endpoint by a client the image has,"
          + " or with the service's own CLI";

  /** How deep {@code sh -c "sh -c ..."} is followed. */
  private static final int MAX_NESTING = 4;

  /** Why a test passes whatever the service does, and what to do about it. */
  record Weakness(String explanation, String advice) {}

  @Override
  public void check(RuleContext context) {
    for (Healthchecks.Tested tested : context.testsThatRun()) {
      Service service = tested.service();
      YMapping healthcheck = tested.healthcheck();
      Optional<Weakness> weakness = weakness(tested.test());
      if (weakness.isPresent()) {
        String advice = weakness.get().advice();
        if (advice.equals(PROBE_ADVICE)) {
          advice = probeAdvice(context, service);
        }
        context.report(
            location(service, healthcheck),
            "service '"
                + service.name()
                + "': healthcheck verifies nothing: "
                + weakness.get().explanation()
                + "; "
                + advice);
      }
    }
  }

  /**
   * What to probe instead, naming only what fits the image: the check healthcheck-missing would
   * write when the image's facts give one, else no particular client.
   */
  private static String probeAdvice(RuleContext context, Service service) {
    ExtendedService extended = ExtendedService.of(context.compose(), service);
    Optional<ContainerFacts> facts =
        ContainerFacts.forService(context.compose(), extended, context.images(), context.builds());
    if (facts.isEmpty() || !facts.get().known()) {
      return PROBE_ADVICE;
    }
    Optional<Probe> probe = ProbeLadder.choose(facts.get(), ServiceSettings.of(extended)).probe();
    return probe.isPresent()
        ? "probe the service instead, e.g. with "
            + probe.get().kind().description
            + ": "
            + probe.get().summary()
        : PROBE_ADVICE;
  }

  /**
   * The {@code test} key when the service writes it itself; otherwise its {@code healthcheck} key,
   * or its name when the healthcheck too is merged in.
   */
  private static YNode location(Service service, YMapping healthcheck) {
    Mappings.Found entry = service.find("healthcheck").orElseThrow();
    if (entry.inherited()) {
      return service.nameNode();
    }
    Optional<Mappings.Found> test = Mappings.find(healthcheck, "test");
    return entry.entry().value() instanceof YAlias || test.isEmpty() || test.get().inherited()
        ? entry.entry().key()
        : test.get().entry().key();
  }

  /**
   * The weakness of a test given as its words: {@code CMD-SHELL} and a script, or {@code CMD} and a
   * command; a sibling's check is borrowed only when it has none.
   */
  static Optional<Weakness> weakness(List<String> test) {
    if (test.size() >= 2 && test.get(0).equals("CMD-SHELL")) {
      return script(test.get(1), 0);
    }
    if (test.size() >= 2 && test.get(0).equals("CMD")) {
      return command(test.subList(1, test.size()), false, 0);
    }
    return Optional.empty();
  }

  static Optional<Weakness> weakness(HealthcheckTest test) {
    if (test.form() == HealthcheckTest.Form.SHELL) {
      return script(test.shellCommand().orElseThrow().value(), 0);
    }
    return command(test.words(), false, 0);
  }

  /**
   * A script passes always when its last line does and every line before it is a no-op too, or when
   * it reaches a lone {@code exit 0}; a probe on an earlier line might end the script.
   */
  private static Optional<Weakness> script(String text, int depth) {
    Optional<CommandChains> parsed = CommandChains.parse(text);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    List<CommandChains.Chain> chains = parsed.get().chains();
    for (CommandChains.Chain chain : chains.subList(0, chains.size() - 1)) {
      Optional<Weakness> line = chain(chain, depth);
      if (line.isEmpty() || callsExit(chain)) {
        return isLoneExit(chain) ? line : Optional.empty();
      }
    }
    return chain(chains.get(chains.size() - 1), depth);
  }

  /** Left to right: {@code a && b} passes always when both do, {@code a || b} when either does. */
  private static Optional<Weakness> chain(CommandChains.Chain chain, int depth) {
    Optional<Weakness> passes = pipeline(chain.pipelines().get(0), depth);
    boolean thenFails = false;
    for (int i = 0; i < chain.operators().size(); i++) {
      CommandChains.Pipeline next = chain.pipelines().get(i + 1);
      if (chain.operators().get(i).equals("&&")) {
        passes = passes.isPresent() ? pipeline(next, depth) : Optional.empty();
        thenFails = alwaysFails(next);
      } else if (thenFails) {
        // probe && exit 1 || exit 0: the || branch runs when the probe fails, an inverted check.
        thenFails = false;
      } else if (passes.isEmpty()) {
        Optional<NoOpCommands.NoOp> noOp = NoOpCommands.of(next.last().words(), true);
        if (noOp.isPresent() && !next.negated() && !probesANetworkPort(next.last())) {
          passes =
              Optional.of(
                  new Weakness(
                      "`|| "
                          + noOp.get().shown()
                          + "` makes the check succeed even when the probe before it fails",
                      "remove it so that a failing probe fails the check"));
        }
      }
    }
    return passes;
  }

  /** {@code exit 1}, {@code false}: a command that always fails, as the then-branch of a test. */
  private static boolean alwaysFails(CommandChains.Pipeline pipeline) {
    List<String> words = pipeline.last().words();
    if (pipeline.negated() || words.isEmpty()) {
      return false;
    }
    String program = words.get(0).substring(words.get(0).lastIndexOf('/') + 1);
    return program.equals("false")
        || program.equals("exit") && words.size() == 2 && words.get(1).matches("[1-9][0-9]*");
  }

  /**
   * A redirection to {@code /dev/tcp/HOST/PORT} or {@code /dev/udp/...}: bash opens a connection
   * there, so {@code echo > /dev/tcp/localhost/5432} is a real probe of the port.
   */
  private static boolean probesANetworkPort(CommandChains.SimpleCommand command) {
    for (String target : command.redirections()) {
      if (target.startsWith("/dev/tcp/") || target.startsWith("/dev/udp/")) {
        return true;
      }
    }
    return false;
  }

  /** A pipeline has the exit status of its last command; {@code !} inverts it. */
  private static Optional<Weakness> pipeline(CommandChains.Pipeline pipeline, int depth) {
    if (pipeline.negated() || probesANetworkPort(pipeline.last())) {
      return Optional.empty();
    }
    return command(pipeline.last().words(), true, depth);
  }

  private static Optional<Weakness> command(List<String> words, boolean inShell, int depth) {
    int script = ShellScript.scriptIndex(words);
    if (script > 0) {
      return depth < MAX_NESTING ? script(words.get(script), depth + 1) : Optional.empty();
    }
    Optional<NoOpCommands.NoOp> noOp = NoOpCommands.of(words, inShell);
    return noOp.isPresent()
        ? Optional.of(
            new Weakness("`" + noOp.get().shown() + "` " + noOp.get().why(), PROBE_ADVICE))
        : Optional.empty();
  }

  private static boolean callsExit(CommandChains.Chain chain) {
    for (CommandChains.Pipeline pipeline : chain.pipelines()) {
      for (CommandChains.SimpleCommand command : pipeline.commands()) {
        if (command.words().get(0).equals("exit")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isLoneExit(CommandChains.Chain chain) {
    if (chain.pipelines().size() != 1 || chain.pipelines().get(0).commands().size() != 1) {
      return false;
    }
    Optional<NoOpCommands.NoOp> noOp =
        NoOpCommands.of(chain.pipelines().get(0).last().words(), true);
    return noOp.isPresent() && noOp.get().endsShell();
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
