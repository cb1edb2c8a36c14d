package dev.composefix.images.verify;

import static dev.composefix.images.verify.ScriptedDocker.asked;
import static dev.composefix.images.verify.ScriptedDocker.entrypoint;
import static dev.composefix.images.verify.ScriptedDocker.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.Service;
import dev.composefix.support.Yaml;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which healthchecks are checked, for which programs, and why the others are skipped. */
class HealthcheckVerificationTest {

  /** Every image has /bin/sh, and answers {@code builtin} for true and exit, found otherwise. */
  private final ScriptedDocker docker =
      new ScriptedDocker(
          arguments -> {
            if (arguments.get(0).equals("image")) {
              return ok("amd64 null\n");
            }
            if (!entrypoint(arguments).equals("/bin/sh")) {
              return ok(entrypoint(arguments) + " 1.0\n");
            }
            return ok(
                asked(arguments).stream()
                    .map(p -> (p.equals("true") || p.equals("exit") ? "builtin " : "found ") + p)
                    .collect(Collectors.joining("\n", "", "\n")));
          });

  private List<String> lines(String yaml) throws Exception {
    ComposeFile compose = ComposeFile.of(Yaml.parse(yaml)).orElseThrow();
    HealthcheckVerification verification =
        new HealthcheckVerification(new DockerProbes(docker, new ContainerNames("t"), false));
    List<String> lines = new ArrayList<>();
    for (Service service : HealthcheckVerification.withHealthchecks(compose)) {
      lines.addAll(verification.verify("c.yaml", compose, service).lines());
    }
    return lines;
  }

  @Test
  void testsWhoseProgramsCannotBeKnownAreSkippedAndSaySo() throws Exception {
    assertEquals(
        List.of(
            "c.yaml: service 'own' (app:1): skipped: its healthcheck has no test of its own; the"
                + " image's runs",
            "c.yaml: service 'sub' (app:1): skipped: its test has a subshell, a command"
                + " substitution or arithmetic, whose programs compose-fix does not read",
            "c.yaml: service 'var' (app:1): skipped: its test's program is a variable, which only"
                + " the container knows",
            "c.yaml: service 'tag': skipped: its image is not known (a variable without a"
                + " default, or none)",
            "c.yaml: service 'odd' (app:1): skipped: its test is in no form that Compose runs"),
        lines(
            """
            services:
              own: {image: "app:1", healthcheck: {interval: 5s}}
              sub: {image: "app:1", healthcheck: {test: "curl -f http://localhost:$(cat /port)/"}}
              var: {image: "app:1", healthcheck: {test: [CMD, "$${PROBE}"]}}
              tag: {image: "app:${TAG}", healthcheck: {test: [CMD, probe]}}
              odd: {image: "app:1", healthcheck: {test: [CMD-SHELL, a, b]}}
            """));
    assertEquals("", docker.calls());
  }

  @Test
  void aCmdTestsProgramMustBeAFileNotAShellBuiltin() throws Exception {
    assertEquals(
        List.of("c.yaml: service 'a' (app:1): the image has true"),
        lines("services:\n  a: {image: \"app:1\", healthcheck: {test: [CMD, \"true\"]}}\n"));
    assertEquals(
        "image inspect --format "
            + DockerCalls.INSPECT_FORMAT
            + " app:1\n"
            + "run --rm --pull=never --network=none --name=t-1 --entrypoint=/bin/sh app:1 -c SCRIPT"
            + " sh true\n"
            + "run --rm --pull=never --network=none --name=t-2 --entrypoint=true app:1 --version\n",
        docker.calls());
  }

  @Test
  void anImageIsInspectedOnceAndVariablesAreLeftOut() throws Exception {
    assertEquals(
        List.of(
            "c.yaml: service 'a' (app:1): the image has /bin/sh, pg_isready, exit",
            "c.yaml: service 'b' (app:1): the image has /bin/sh"),
        lines(
            """
            services:
              a:
                image: app:1
                healthcheck:
                  test: ["CMD-SHELL", "PGPASSWORD=x pg_isready -U app || exit 1"]
              b:
                extends: a
                healthcheck:
                  test: "$$PROBE --fast"
            """));
    assertEquals(
        "image inspect --format "
            + DockerCalls.INSPECT_FORMAT
            + " app:1\n"
            + "run --rm --pull=never --network=none --name=t-1 --entrypoint=/bin/sh app:1 -c SCRIPT"
            + " sh pg_isready exit\n"
            + "run --rm --pull=never --network=none --name=t-2 --entrypoint=/bin/sh app:1 -c SCRIPT"
            + " sh\n",
        docker.calls());
  }
}
