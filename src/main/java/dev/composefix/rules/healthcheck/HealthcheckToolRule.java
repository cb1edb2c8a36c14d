package dev.composefix.rules.healthcheck;

import static dev.composefix.lint.Applicability.SAFE;
import static dev.composefix.lint.FixAvailability.SOMETIMES;
import static dev.composefix.lint.Severity.HIGH;

import dev.composefix.compose.HealthcheckTest;
import dev.composefix.compose.Healthchecks;
import dev.composefix.compose.ImageReference;
import dev.composefix.compose.Service;
import dev.composefix.images.ImageTools;
import dev.composefix.images.ImageTools.Family;
import dev.composefix.images.ImageTools.Tool;
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
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.ScalarSource;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import dev.composefix.yaml.YamlChange;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Healthcheck calls a tool the image does not have. */
public final class HealthcheckToolRule implements Rule {

  private static final String SUMMARY = "Healthcheck calls a tool the image does not have";

  static final String DOC =
      """
      # healthcheck-tool (CF006)

      ## What it does
      Finds healthchecks that call a program their image does not have: `curl` in an alpine
      image, `wget` in the official postgres image, a `CMD-SHELL` test in an image without a
      shell. The programs it checks are `curl`, `wget`, `nc`, `mc` and `sh`, in `CMD` tests and
      in shell tests (`CMD-SHELL` or a string), where it reads every command of a `||`, `&&`,
      `;` or `|` chain; a shell test with `$(...)`, backticks or a subshell is not read. What
      each image has comes from the small table below. An image the table does not know, or one
      written with a variable, is left alone, with one exception: `wget --spider` in an image
      whose tools are unknown is reported at low severity, because curl is the more common of
      the two.

      When the image has the other HTTP client, the fix rewrites the call with it, in the test's
      own form and quoting, and keeps the URL exactly as written:

      - `curl` becomes busybox `wget -q --spider URL`, or `wget -qO- URL` when its output feeds a
        pipe;
      - `wget` becomes `curl -sf URL`, with `-o /dev/null` when wget threw the body away.

      Only calls whose options carry over exactly are rewritten: curl with `-s`, `-S`, `-f`, `-L`
      (alone or clustered, as in `-fsSL`), `-k` and `-o /dev/null`; wget with `-q`, `-nv`,
      `--spider`, `--tries=1`, `--no-check-certificate`, `-O -` and `-O /dev/null` (also `-qO-`).
      Any other call is reported with what to use instead. A test that also calls a client the
      image has (`curl ... || wget ...`) is a fallback chain and is left alone.

      | Images | curl | wget | shell | Use |
      |--------|------|------|-------|-----|
      | `alpine`, `busybox` | no | busybox | yes | `wget` |
      | `prom/prometheus`, `prom/alertmanager`, `prom/node-exporter` | no | busybox | yes | `wget` |
      | `postgres`, `redis`, `nats`, `node`, `python` with an `alpine` tag | no | busybox | yes | `wget` |
      | `postgres`, `redis` with any other tag | no | no | yes | `pg_isready`, `redis-cli ping` |
      | `python`, `node` with a `slim` tag | no | no | yes | Python's `urllib.request`, Node's `http` |
      | `ollama/ollama` (not `rocm` tags) | no | no | yes | `ollama list` |
      | `nats` with any other tag (built from scratch) | no | no | no | the `alpine` variant |
      | `gcr.io/distroless/*` (not `debug` tags), tags with `distroless`, `scratch` | no | no | no | the program's own health command |
      | `minio/minio`, `quay.io/minio/minio` | see below | ? | yes | `curl -sf http://localhost:9000/minio/health/live` |
      | any other image with an `alpine` tag | ? | busybox | yes | `wget` |

      A `?` is unknown, and the rule says nothing about it. Other alpine-based images vary:
      `nginx:alpine` ships curl. An image pinned only by digest has no known variant. The table
      comes from the images' own Dockerfiles.

      MinIO is the one row that comes from the hardening review rather than a Dockerfile: there,
      `mc ready local` failed in the `minio/minio` image the stack ran, and the check that
      worked was MinIO's own liveness endpoint through curl. MinIO's images have changed over
      time, though: curl was dropped in RELEASE.2023-11-01 and later came back on amd64 builds
      only, and `mc` ships in some releases. So `mc ready local` in `minio/minio` is reported at
      medium severity, with an unsafe fix to `curl -sf http://localhost:9000/minio/health/live`:
      check that your MinIO release and platform have curl, then apply it with `--unsafe-fixes`.

      ## Why
      A healthcheck whose program is missing fails on every probe. The container is marked
      unhealthy although the service is fine, dependants waiting on `service_healthy` never
      start, and an orchestrator restarts it in a loop. The hardening review this rule comes from
      found `wget --spider` checks in images without wget, and advises `curl -sf` for HTTP checks.

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
      Safe. The fix replaces a program the image does not have, so that the check could never
      pass, with one the table says it has, making the same request to the same URL; only
      options with the same meaning are carried over. busybox wget fails on an HTTP error status
      as `curl -f` does, so a rewritten check can become stricter, never looser. When services
      with different images share the test through an anchor, nothing is rewritten. The
      low-severity `wget --spider` finding has an unsafe fix to `curl -sf URL`: whether the image
      has curl is not known, so it is applied only with `--unsafe-fixes`. The MinIO rewrite of
      `mc ready local` is unsafe for the reason given above: whether curl is there depends on the
      release and the platform.

      ## Options
      None.
      """;

  private static final RuleMetadata METADATA =
      new RuleMetadata("healthcheck-tool", "CF006", SUMMARY, HIGH, SOMETIMES, SAFE, DOC);

  /**
   * What is wrong with one call of one service's test, and the words that would put it right.
   *
   * @param call the call, or empty when the test itself needs a shell the image lacks
   * @param callIndex the call's place among the test's calls, -1 for the shell
   */
  private record Problem(
      Service service,
      HealthcheckTest test,
      Optional<Call> call,
      int callIndex,
      Severity severity,
      String message,
      Optional<List<ShellWord>> replacement,
      Applicability applicability,
      String fixTitle) {

    boolean sameCall(Problem other) {
      return test.node() == other.test.node() && callIndex == other.callIndex;
    }
  }

  /** A service's image as the table reads it. */
  private record Image(Optional<ImageReference> reference, String label) {

    Optional<Boolean> has(Tool tool) {
      return reference.flatMap(image -> ImageTools.has(image, tool));
    }

    Optional<Family> family() {
      return reference.flatMap(ImageTools::familyOf);
    }
  }

  @Override
  public void check(RuleContext context) {
    Map<YNode, List<Service>> readers = new IdentityHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Service service : context.compose().services()) {
      Optional<YMapping> healthcheck = Healthchecks.enabled(service);
      if (healthcheck.isEmpty()) {
        continue;
      }
      Optional<HealthcheckTest> test = HealthcheckTest.of(healthcheck.get());
      if (test.isPresent()) {
        readers.computeIfAbsent(test.get().node(), node -> new ArrayList<>()).add(service);
        problems.addAll(problemsOf(service, test.get(), imageOf(service)));
      }
    }
    Map<Problem, String> refusals = new IdentityHashMap<>();
    for (Problem problem : problems) {
      if (problem.replacement().isPresent()) {
        refusal(problem, readers.get(problem.test().node()), problems)
            .ifPresent(why -> refusals.put(problem, why));
      }
    }
    for (Problem problem : problems) {
      report(context, problem, problems, refusals);
    }
  }

  private static Image imageOf(Service service) {
    Optional<String> text =
        service
            .find("image")
            .flatMap(found -> Mappings.asScalar(found.value()))
            .map(YScalar::value);
    Optional<ImageReference> reference = text.flatMap(ImageReference::parse);
    return new Image(
        reference,
        reference
            .map(ImageReference::text)
            .orElse(text.isPresent() ? "its image" : "the image built for it"));
  }

  private static List<Problem> problemsOf(Service service, HealthcheckTest test, Image image) {
    String prefix = "service '" + service.name() + "': ";
    if (test.form() == HealthcheckTest.Form.SHELL
        && image.has(Tool.SH).equals(Optional.of(false))) {
      Family family = image.family().orElseThrow();
      String message =
          prefix
              + "healthcheck runs its test with /bin/sh, but "
              + image.label()
              + " has no shell ("
              + family.note()
              + "), so the check fails even when the service is up; "
              + family.advice().orElse("use a [\"CMD\", ...] test");
      return List.of(
          new Problem(
              service,
              test,
              Optional.empty(),
              -1,
              Severity.HIGH,
              message,
              Optional.empty(),
              Applicability.SAFE,
              ""));
    }
    List<Call> calls = test.calls();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < calls.size(); i++) {
      Call call = calls.get(i);
      Optional<Tool> tool = Tool.ofProgram(call.program().text());
      if (tool.isEmpty()) {
        continue;
      }
      if (isMinioReadyCheck(call, image)) {
        problems.add(minioReadyCheck(prefix, service, test, call, i, image));
        continue;
      }
      Optional<Boolean> has = image.has(tool.get());
      Optional<Tool> other = otherClient(tool.get());
      boolean fallback =
          other.isPresent()
              && callsTool(calls, call, other.get())
              && !image.has(other.get()).equals(Optional.of(false));
      if (has.equals(Optional.of(false)) && !fallback) {
        problems.add(missingTool(prefix, service, test, call, i, tool.get(), image));
      } else if (has.isEmpty()
          && tool.get() == Tool.WGET
          && !fallback
          && !image.has(Tool.CURL).equals(Optional.of(false))
          && call.arguments().stream().anyMatch(word -> word.text().equals("--spider"))) {
        problems.add(spider(prefix, service, test, call, i, image));
      }
    }
    return problems;
  }

  private static Problem missingTool(
      String prefix,
      Service service,
      HealthcheckTest test,
      Call call,
      int index,
      Tool tool,
      Image image) {
    Family family = image.family().orElseThrow();
    String message =
        prefix
            + "healthcheck calls "
            + tool.command()
            + ", but "
            + image.label()
            + " has no "
            + tool.command()
            + " ("
            + family.note()
            + "), so the check fails even when the service is up; ";
    Optional<Tool> other = otherClient(tool);
    if (other.isPresent() && image.has(other.get()).equals(Optional.of(true))) {
      HttpProbe.Reading reading =
          tool == Tool.CURL
              ? HttpProbe.readCurl(call.arguments())
              : HttpProbe.readWget(call.arguments());
      if (reading.probe().isPresent()) {
        HttpProbe probe = reading.probe().get();
        List<ShellWord> replacement =
            tool == Tool.CURL ? probe.asWget(call.outputUsed()) : probe.asCurl();
        return new Problem(
            service,
            test,
            Optional.of(call),
            index,
            Severity.HIGH,
            message + "use " + withoutUrl(replacement, probe) + " with the same URL",
            Optional.of(replacement),
            Applicability.SAFE,
            "Call " + withoutUrl(replacement, probe) + " instead of " + tool.command());
      }
      return new Problem(
          service,
          test,
          Optional.of(call),
          index,
          Severity.HIGH,
          message
              + "use "
              + other.get().command()
              + " instead"
              + RuleContext.noFix(reading.refusal()),
          Optional.empty(),
          Applicability.SAFE,
          "");
    }
    return new Problem(
        service,
        test,
        Optional.of(call),
        index,
        Severity.HIGH,
        message + family.advice().orElse("call a program the image has"),
        Optional.empty(),
        Applicability.SAFE,
        "");
  }

  /** {@code mc ready local} in a MinIO image: the hardening review's own case. */
  private static boolean isMinioReadyCheck(Call call, Image image) {
    return Tool.ofProgram(call.program().text()).equals(Optional.of(Tool.MC))
        && image.family().map(family -> family.name().equals("minio")).orElse(false)
        && call.arguments().stream()
            .map(ShellWord::text)
            .toList()
            .equals(List.of("ready", "local"));
  }

  private static Problem minioReadyCheck(
      String prefix, Service service, HealthcheckTest test, Call call, int index, Image image) {
    List<ShellWord> replacement =
        List.of(
            HttpProbe.literal("curl"),
            HttpProbe.literal("-sf"),
            HttpProbe.literal("http://localhost:9000/minio/health/live"));
    String message =
        prefix
            + "healthcheck calls mc ready local, which failed in "
            + image.label()
            + " in the hardening review (mc is not in every MinIO release); MinIO's liveness"
            + " endpoint is the check that worked: curl -sf"
            + " http://localhost:9000/minio/health/live, if your MinIO release and platform ship"
            + " curl";
    return new Problem(
        service,
        test,
        Optional.of(call),
        index,
        Severity.MEDIUM,
        message,
        Optional.of(replacement),
        Applicability.UNSAFE,
        "Call curl -sf http://localhost:9000/minio/health/live instead of mc ready local");
  }

  private static Problem spider(
      String prefix, Service service, HealthcheckTest test, Call call, int index, Image image) {
    String message =
        prefix
            + "healthcheck relies on wget --spider, which many images lack, and the tools of "
            + image.label()
            + " are not known; if it has curl, which is more common, ";
    HttpProbe.Reading reading = HttpProbe.readWget(call.arguments());
    if (reading.probe().isPresent()) {
      HttpProbe probe = reading.probe().get();
      List<ShellWord> replacement = probe.asCurl();
      return new Problem(
          service,
          test,
          Optional.of(call),
          index,
          Severity.LOW,
          message + "use " + withoutUrl(replacement, probe) + " with the same URL",
          Optional.of(replacement),
          Applicability.UNSAFE,
          "Call " + withoutUrl(replacement, probe) + " instead of wget");
    }
    return new Problem(
        service,
        test,
        Optional.of(call),
        index,
        Severity.LOW,
        message + "use curl -sf with the same URL (no automatic fix: " + reading.refusal() + ")",
        Optional.empty(),
        Applicability.UNSAFE,
        "");
  }

  private static Optional<Tool> otherClient(Tool tool) {
    return tool == Tool.CURL
        ? Optional.of(Tool.WGET)
        : tool == Tool.WGET ? Optional.of(Tool.CURL) : Optional.empty();
  }

  private static boolean callsTool(List<Call> calls, Call besides, Tool tool) {
    return calls.stream()
        .anyMatch(
            call ->
                call != besides && Tool.ofProgram(call.program().text()).equals(Optional.of(tool)));
  }

  private static String withoutUrl(List<ShellWord> words, HttpProbe probe) {
    return String.join(
        " ",
        words.stream().filter(word -> !word.equals(probe.url())).map(ShellWord::text).toList());
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
      List<Problem> together =
          problems.stream()
              .filter(
                  other ->
                      other.service() == problem.service()
                          && other.test().node() == problem.test().node()
                          && other.replacement().isPresent()
                          && !refusals.containsKey(other))
              .toList();
      boolean safe =
          together.stream().allMatch(other -> other.applicability() == Applicability.SAFE);
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
      Optional<Problem> theirs =
          problems.stream()
              .filter(other -> other.service() == reader && other.sameCall(problem))
              .findFirst();
      if (theirs.isEmpty()
          || !theirs.get().replacement().equals(problem.replacement())
          || theirs.get().applicability() != problem.applicability()) {
        return Optional.of(
            "service '"
                + reader.name()
                + "' shares this test but runs an image that needs a different one");
      }
    }
    if (!problem.call().orElseThrow().argumentsOnly()) {
      return Optional.of("a redirection stands between the call's arguments");
    }
    return Optional.empty();
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
              texts.get(0).stream().map(ShellWord::text).toList());
    }
    YScalar command = test.shellCommand().orElseThrow();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < ranges.size(); i++) {
      if (i > 0) {
        text.append(command.value(), ranges.get(i - 1)[1], ranges.get(i)[0]);
      }
      text.append(String.join(" ", texts.get(i).stream().map(ShellWord::raw).toList()));
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
    return ScalarSource.of(command, context.document().source())
        .flatMap(source -> source.sourceRange(program.start(), program.end()))
        .orElse(command.span());
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
