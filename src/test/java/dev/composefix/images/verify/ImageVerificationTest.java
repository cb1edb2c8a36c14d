package dev.composefix.images.verify;

import static dev.composefix.images.verify.ScriptedDocker.asked;
import static dev.composefix.images.verify.ScriptedDocker.entrypoint;
import static dev.composefix.images.verify.ScriptedDocker.error;
import static dev.composefix.images.verify.ScriptedDocker.notFound;
import static dev.composefix.images.verify.ScriptedDocker.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.config.Config;
import dev.composefix.config.ConfigLoader;
import dev.composefix.images.ImageFacts;
import dev.composefix.images.KnowledgeBase;
import dev.composefix.images.UserImages;
import dev.composefix.rules.BuiltInRules;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What counts as a fact that holds, read from what Docker answers. */
class ImageVerificationTest {

  private static ImageFacts row(String facts) throws Exception {
    String yaml =
        """
        images:
          sources:
            df: {repo: acme/images, path: Dockerfile, ref: v1, checked: 2026-12-01}
          rows:
            - id: r
              names: [acme/app]
              examples: ["1"]
        """
            + facts.indent(6);
    Config config =
        new ConfigLoader(BuiltInRules.ruleSet().acceptedNames())
            .load(".compose-fix.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    return UserImages.read(config.images(), ".compose-fix.yaml").get(0);
  }

  /** A docker whose image is inspected as {@code inspect} and has these programs under /bin/sh. */
  private static ScriptedDocker image(String inspect, Map<String, String> programs) {
    return new ScriptedDocker(
        arguments -> {
          if (arguments.get(0).equals("image")) {
            return ok(inspect + "\n");
          }
          return ok(
              asked(arguments).stream()
                  .map(program -> programs.getOrDefault(program, "missing") + " " + program + "\n")
                  .collect(Collectors.joining()));
        });
  }

  private static List<String> lines(Docker docker, ImageFacts row) throws Exception {
    DockerProbes probes = new DockerProbes(docker, new ContainerNames("t"), false);
    return new ImageVerification(KnowledgeBase.builtIn(), probes).verify("acme/app:1", row).lines();
  }

  @Test
  void aToolOnSomeArchitecturesIsExpectedOnlyThere() throws Exception {
    ImageFacts row = row("tools:\n  curl: {has: true, arch: [amd64], src: df}\n");
    assertEquals(
        List.of("acme/app:1: row r holds (1 tool)"), lines(image("arm64 null", Map.of()), row));
    assertEquals(
        List.of("acme/app:1: row r says curl is present only on amd64, the image (arm64) has it"),
        lines(image("arm64 null", Map.of("curl", "found")), row));
    assertEquals(
        List.of("acme/app:1: row r says curl is present only on amd64, the image (amd64) lacks it"),
        lines(image("amd64 null", Map.of()), row));
  }

  @Test
  void theShellIsCheckedAsTheSchemaDefinesIt() throws Exception {
    assertEquals(
        List.of("acme/app:1: row r says the shell is sh, the image has bash"),
        lines(image("amd64 null", Map.of("bash", "found")), row("shell: {value: sh, src: df}\n")));
    assertEquals(
        List.of("acme/app:1: row r says the shell is bash, the image has no bash"),
        lines(image("amd64 null", Map.of()), row("shell: {value: bash, src: df}\n")));
    assertEquals(
        List.of("acme/app:1: row r says the image has no shell, the image has /bin/sh"),
        lines(image("amd64 null", Map.of()), row("shell: {value: none, src: df}\n")));
    ScriptedDocker noShell =
        new ScriptedDocker(
            arguments ->
                arguments.get(0).equals("image")
                    ? ok("amd64 null\n")
                    : notFound(entrypoint(arguments)));
    assertEquals(
        List.of("acme/app:1: row r says the shell is sh, the image has no /bin/sh"),
        lines(noShell, row("shell: {value: sh, src: df}\n")));
  }

  @Test
  void busyboxAppletsAreTellApartFromProgramsOfTheirOwnButShIsAnyShell() throws Exception {
    ImageFacts row =
        row(
            "tools:\n"
                + "  sh: {has: true, src: df}\n"
                + "  wget: {has: true, src: df}\n"
                + "  nc: {has: busybox, src: df}\n");
    assertEquals(
        List.of(
            "acme/app:1: row r says wget is present, the image has it as a busybox applet",
            "acme/app:1: row r says nc is a busybox applet, the image lacks it"),
        lines(image("amd64 null", Map.of("sh", "applet", "wget", "applet")), row));
  }

  @Test
  void withoutAShellEachProgramIsStartedAndBusyboxKnownByItsUsage() throws Exception {
    ScriptedDocker docker =
        new ScriptedDocker(
            arguments -> {
              if (arguments.get(0).equals("image")) {
                return ok("amd64 null\n");
              }
              return switch (entrypoint(arguments)) {
                case "wget" ->
                    error(
                        1,
                        "wget: unrecognized option '--version'\n"
                            + "BusyBox v1.36.1 (2024-06-10 07:11:47 UTC) multi-call binary.\n");
                case "app" -> new DockerAnswer(2, "usage: app [serve]\n", "", false);
                default -> notFound(entrypoint(arguments));
              };
            });
    ImageFacts row =
        row(
            "tools:\n"
                + "  wget: {has: busybox, src: df}\n"
                + "  app: {has: true, src: df}\n"
                + "  curl: {has: false, src: df}\n");
    assertEquals(List.of("acme/app:1: row r holds (3 tools)"), lines(docker, row));
    assertEquals(
        "image inspect --format "
            + DockerCalls.INSPECT_FORMAT
            + " acme/app:1\n"
            + "run --rm --pull=never --network=none --name=t-1 --entrypoint=/bin/sh acme/app:1 -c"
            + " SCRIPT sh wget app curl\n"
            + "run --rm --pull=never --network=none --name=t-2 --entrypoint=wget acme/app:1"
            + " --version\n"
            + "run --rm --pull=never --network=none --name=t-3 --entrypoint=app acme/app:1"
            + " --version\n"
            + "run --rm --pull=never --network=none --name=t-4 --entrypoint=curl acme/app:1"
            + " --version\n",
        docker.calls());
  }

  @Test
  void healthchecksCompareAsTheImageRunsThem() throws Exception {
    ImageFacts escaped =
        row(
            "healthcheck:\n"
                + "  declared: true\n"
                + "  test: [CMD-SHELL, \"pg_isready -U $${POSTGRES_USER:-postgres}\"]\n"
                + "  src: df\n");
    assertEquals(
        List.of("acme/app:1: row r holds (HEALTHCHECK)"),
        lines(
            image("amd64 [\"CMD-SHELL\",\"pg_isready -U ${POSTGRES_USER:-postgres}\"]", Map.of()),
            escaped));
    ImageFacts declaredOnly = row("healthcheck: {declared: true, src: df}\n");
    assertEquals(
        List.of("acme/app:1: row r holds (HEALTHCHECK)"),
        lines(image("amd64 [\"CMD\",\"/probe\"]", Map.of()), declaredOnly));
    assertEquals(
        List.of("acme/app:1: row r says the image declares a HEALTHCHECK, the image declares none"),
        lines(image("amd64 [\"NONE\"]", Map.of()), declaredOnly));
  }

  @Test
  void aRowWithoutFactsToCheckOnlyInspects() throws Exception {
    ScriptedDocker docker = image("amd64 null", Map.of());
    assertEquals(
        List.of("acme/app:1: row r holds (no facts to check)"),
        lines(docker, row("role: {value: api, src: df}\n")));
    assertEquals(
        "image inspect --format " + DockerCalls.INSPECT_FORMAT + " acme/app:1\n", docker.calls());
  }

  @Test
  void dockerFailuresAreErrorsOfTheImage() throws Exception {
    ImageFacts row = row("tools:\n  curl: {has: false, src: df}\n");
    Function<String, List<String>> inspectAnswering =
        answer -> {
          try {
            return lines(image(answer, Map.of()), row);
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        };
    assertEquals(
        List.of(
            "acme/app:1: docker image inspect gave an answer in an unknown form: template: :1:"
                + " unexpected"),
        inspectAnswering.apply("template: :1: unexpected"));
    ScriptedDocker refused =
        new ScriptedDocker(arguments -> error(1, "\npermission denied while trying to connect\n"));
    assertEquals(
        List.of(
            "acme/app:1: docker image inspect failed: permission denied while trying to connect"),
        lines(refused, row));
    ScriptedDocker daemonFails =
        new ScriptedDocker(
            arguments ->
                arguments.get(0).equals("image")
                    ? ok("amd64 null\n")
                    : error(125, "docker: Error response from daemon: conflict.\n"));
    assertEquals(
        List.of("acme/app:1: docker run failed: docker: Error response from daemon: conflict."),
        lines(daemonFails, row));
    ScriptedDocker mumbles =
        new ScriptedDocker(
            arguments -> arguments.get(0).equals("image") ? ok("amd64 null\n") : ok("hello\n"));
    assertEquals(
        List.of("acme/app:1: docker run with /bin/sh gave an answer in an unknown form: hello"),
        lines(mumbles, row));
    ScriptedDocker slow =
        new ScriptedDocker(
            arguments ->
                arguments.get(0).equals("image")
                    ? ok("amd64 null\n")
                    : DockerAnswer.timeout("", ""));
    assertEquals(
        List.of(
            "acme/app:1: docker run did not finish within 5 s and was stopped (raise --timeout)"),
        lines(slow, row));
  }
}
