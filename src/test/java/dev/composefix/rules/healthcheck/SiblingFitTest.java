package dev.composefix.rules.healthcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.ExtendedService;
import dev.composefix.compose.Service;
import dev.composefix.support.Yaml;
import dev.composefix.yaml.InvalidYamlException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiblingFitTest {

  /**
   * The verdict on service b borrowing the healthcheck of service a, as "fits: why" or "no: why".
   */
  private static String verdict(String services) throws InvalidYamlException {
    ComposeFile compose = ComposeFile.of(Yaml.parse("services:\n" + services)).orElseThrow();
    SiblingSettings a = settings(compose, "a");
    SiblingSettings b = settings(compose, "b");
    SiblingFit.TestReading reading =
        new SiblingFit.TestReading(
            a.healthcheck().map(SiblingSettings.Check::test).orElse(List.of()));
    SiblingFit.Verdict verdict = SiblingFit.of(b, a, reading);
    return (verdict.fits() ? "fits: " : "no: ") + String.join("; ", verdict.why());
  }

  private static SiblingSettings settings(ComposeFile compose, String name) {
    Service service =
        compose.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    return SiblingSettings.of(ExtendedService.of(compose, service), variable -> Optional.empty());
  }

  private static final String HEARTBEAT =
      """
          healthcheck:
            test: ["CMD", "python3", "-c", "import os; os.remove('/tmp/health.txt')"]
      """;

  @Test
  void aHeartbeatFileBothCommandsNameWithTheSameFlagFits() throws InvalidYamlException {
    assertEquals(
        "fits: service 'a', which runs the same image with this healthcheck; both commands name the"
            + " health file /tmp/health.txt with --health-check-file",
        verdict(
            """
              a:
                image: "$IMAGE"
                command: consume --topic a --health-check-file /tmp/health.txt
            """
                + HEARTBEAT
                + """
                  b:
                    image: "$IMAGE"
                    command: ["schedule", "--health-check-file", "/tmp/health.txt"]
                """));
  }

  @Test
  void aCommandWithoutTheHeartbeatFileOrWithItUnderAnotherFlagDoesNotFit()
      throws InvalidYamlException {
    String sibling =
        "  a:\n"
            + "    image: \"$IMAGE\"\n"
            + "    command: consume --health-check-file /tmp/health.txt\n"
            + HEARTBEAT;
    String declined =
        "no: this service runs another command, and its healthcheck probes no health file that"
            + " both commands name with the same flag or variable";
    assertEquals(
        declined,
        verdict(sibling + "  b:\n    image: \"$IMAGE\"\n    command: consume --accepted\n"));
    assertEquals(
        declined,
        verdict(
            sibling
                + "  b:\n    image: \"$IMAGE\"\n    command: consume --output /tmp/health.txt\n"));
  }

  @Test
  void anotherImageOrAnotherBuildDoesNotFit() throws InvalidYamlException {
    String check = "    healthcheck:\n      test: [\"CMD\", \"/bin/check\"]\n";
    assertEquals(
        "no: it runs another image",
        verdict("  a:\n    image: \"$IMAGE\"\n" + check + "  b:\n    image: \"$OTHER\"\n"));
    assertEquals(
        "no: it runs another image",
        verdict(
            "  a:\n    build: {context: ., dockerfile: A.Dockerfile}\n"
                + check
                + "  b:\n    build: {context: ., dockerfile: B.Dockerfile}\n"));
    assertEquals(
        "fits: service 'a', which runs the same image with this healthcheck; with the same"
            + " entrypoint, command, environment, volumes and ports",
        verdict("  a:\n    build: ./app\n" + check + "  b:\n    build: ./app\n"));
  }

  @Test
  void anImageIsComparedAfterInterpolation() throws InvalidYamlException {
    assertEquals(
        "fits: service 'a', which runs the same image with this healthcheck; with the same"
            + " entrypoint, command, environment, volumes and ports",
        verdict(
            """
              a:
                image: ${API_IMAGE:-example/api:1.0}
                healthcheck:
                  test: ["CMD", "/bin/check"]
              b:
                image: example/api:1.0
            """));
  }

  @Test
  void aCheckTurnedOffOrVerifyingNothingIsNotBorrowed() throws InvalidYamlException {
    assertEquals(
        "no: its healthcheck is turned off",
        verdict(
            """
              a:
                image: "$IMAGE"
                healthcheck:
                  disable: true
              b:
                image: "$IMAGE"
            """));
    assertEquals(
        "no: its healthcheck is turned off",
        verdict(
            """
              a:
                image: "$IMAGE"
                healthcheck:
                  test: ["NONE"]
              b:
                image: "$IMAGE"
            """));
    assertEquals(
        "no: its healthcheck verifies nothing",
        verdict(
            """
              a:
                image: "$IMAGE"
                healthcheck:
                  test: exit 0
              b:
                image: "$IMAGE"
            """));
  }

  @Test
  void aNetworkCheckNeedsItsPortNamedTheSameWayOrTheSameProcess() throws InvalidYamlException {
    String sibling =
        """
          a:
            image: "$IMAGE"
            command: serve --heartbeat-file /tmp/beat --port 8080
            healthcheck:
              test: test -f /tmp/beat && curl -sf http://localhost:8080/health
        """;
    assertEquals(
        "no: its healthcheck needs the port 8080, which its command names and this one's does not",
        verdict(
            sibling
                + "  b:\n    image: \"$IMAGE\"\n    command: work --heartbeat-file /tmp/beat\n"));
    assertEquals(
        "fits: service 'a', which runs the same image with this healthcheck; both commands name the"
            + " health file /tmp/beat with --heartbeat-file",
        verdict(
            sibling
                + "  b:\n    image: \"$IMAGE\"\n"
                + "    command: serve --heartbeat-file /tmp/beat --port 8080 --replica 2\n"));
    // Same command, but a variable makes the entrypoint run a worker that serves no port.
    assertEquals(
        "no: this service sets other variables, with which its entrypoint may run something else,"
            + " and its healthcheck probes no health file that both commands name with the same"
            + " flag or variable",
        verdict(
            """
              a:
                image: "$IMAGE"
                environment:
                  MODE: api
                healthcheck:
                  test: ["CMD", "curl", "-sf", "http://localhost:5001/health"]
              b:
                image: "$IMAGE"
                environment:
                  MODE: beat
            """));
  }

  @Test
  void otherContainerPortsAreAnotherProcess() throws InvalidYamlException {
    // An nginx that publishes 3100 likely listens there, by a configuration compose-fix does not
    // read; host ports may differ.
    String sibling =
        """
          a:
            image: "$IMAGE"
            ports: ["8080:80"]
            healthcheck:
              test: ["CMD", "bash", "-c", ":> /dev/tcp/127.0.0.1/80"]
        """;
    assertEquals(
        "no: this service publishes or exposes other container ports, which its configuration may"
            + " serve instead, and its healthcheck probes no health file that both commands name"
            + " with the same flag or variable",
        verdict(sibling + "  b:\n    image: \"$IMAGE\"\n    ports: [\"3100:3100\"]\n"));
    assertEquals(
        "fits: service 'a', which runs the same image with this healthcheck; with the same"
            + " entrypoint, command, environment, volumes and ports",
        verdict(sibling + "  b:\n    image: \"$IMAGE\"\n    ports: [\"9090:80\"]\n"));
  }

  @Test
  void aVariableTheCheckReadsMustHaveTheSameValueAndIsNotPrinted() throws InvalidYamlException {
    String sibling =
        """
          a:
            image: "$IMAGE"
            command: run --health-file /tmp/ok
            environment:
              TOKEN: s3cret-a
            healthcheck:
              test: ["CMD-SHELL", "test -f /tmp/ok && check --token $$TOKEN"]
        """;
    assertEquals(
        "no: its healthcheck reads the variable TOKEN, which this service sets differently",
        verdict(
            sibling
                + "  b:\n    image: \"$IMAGE\"\n    command: other --health-file /tmp/ok\n"
                + "    environment:\n      TOKEN: s3cret-b\n"));
    assertEquals(
        "fits: service 'a', which runs the same image with this healthcheck; both commands name the"
            + " health file /tmp/ok with --health-file",
        verdict(
            sibling
                + "  b:\n    image: \"$IMAGE\"\n    command: other --health-file /tmp/ok\n"
                + "    environment:\n      TOKEN: s3cret-a\n"));
  }

  @Test
  void aMountedScriptNeedsTheSameMount() throws InvalidYamlException {
    String sibling =
        """
          a:
            image: "$IMAGE"
            volumes:
              - ./check.sh:/usr/local/bin/check.sh:ro
            healthcheck:
              test: ["CMD", "/usr/local/bin/check.sh"]
        """;
    assertEquals(
        "no: this service mounts other volumes, which may configure it otherwise, and its"
            + " healthcheck probes no health file that both commands name with the same flag or"
            + " variable",
        verdict(sibling + "  b:\n    image: \"$IMAGE\"\n"));
    assertEquals(
        "fits: service 'a', which runs the same image with this healthcheck; with the same"
            + " entrypoint, command, environment, volumes and ports",
        verdict(
            sibling
                + "  b:\n    image: \"$IMAGE\"\n    volumes:\n"
                + "      - ./check.sh:/usr/local/bin/check.sh:ro\n"));
    // The heartbeat links them, but the script the check runs is mounted only in the sibling.
    assertEquals(
        "no: its healthcheck needs the path /usr/local/bin/check.sh, which it mounts at"
            + " /usr/local/bin/check.sh and this service does not mount the same way",
        verdict(
            """
              a:
                image: "$IMAGE"
                command: run --health-file /tmp/ok
                volumes:
                  - ./check.sh:/usr/local/bin/check.sh:ro
                healthcheck:
                  test: ["CMD", "/usr/local/bin/check.sh", "/tmp/ok"]
              b:
                image: "$IMAGE"
                command: other --health-file /tmp/ok
            """));
  }

  @Test
  void aConfigFileSharedByTwoCommandsIsNoHealthFile() throws InvalidYamlException {
    // symbolicator's check asks the server that `run` starts; `cleanup` starts none.
    assertEquals(
        "no: this service runs another command, and its healthcheck probes no health file that"
            + " both commands name with the same flag or variable",
        verdict(
            """
              a:
                image: "$SYMBOLICATOR_IMAGE"
                command: run -c /etc/symbolicator/config.yml
                healthcheck:
                  test: ["CMD", "/bin/symbolicator", "healthcheck", "-c", "/etc/symbolicator/config.yml"]
              b:
                image: "$SYMBOLICATOR_IMAGE"
                command: "cleanup -c /etc/symbolicator/config.yml --repeat 1h"
            """));
  }

  @Test
  void aPasswordWrittenOutIsNotCopiedAndNotPrinted() throws InvalidYamlException {
    assertEquals(
        "no: its healthcheck holds a password written out (after -a), which compose-fix does not"
            + " copy",
        verdict(
            """
              a:
                image: "$IMAGE"
                healthcheck:
                  test: ["CMD", "redis-cli", "-a", "hunter2", "ping"]
              b:
                image: "$IMAGE"
            """));
    assertEquals(
        List.of(
            Optional.of("after --password"),
            Optional.of("after -p"),
            Optional.of("in a URL"),
            Optional.of("in PGPASSWORD"),
            Optional.of("after -u"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty()),
        List.of(
                List.of("CMD-SHELL", "cli --password=x ping"),
                List.of("CMD", "mysqladmin", "ping", "-psecret"),
                List.of("CMD", "curl", "-sf", "http://admin:secret@localhost/health"),
                List.of("CMD-SHELL", "PGPASSWORD=x psql -c 'select 1'"),
                List.of("CMD", "curl", "-u", "admin:secret", "http://localhost/"),
                List.of("CMD", "redis-cli", "-a", "$$REDIS_PASSWORD", "ping"),
                List.of("CMD", "curl", "-sf", "http://$$USER:$$PASS@localhost/"),
                List.of("CMD", "ls", "-a", "/tmp"))
            .stream()
            .map(SiblingFit::writtenSecret)
            .toList());
  }

  @Test
  void dependenciesAreReadFromTheTest() {
    assertEquals(
        new ProbeDependencies(Set.of("/tmp/health.txt"), Set.of(), false, Set.of()),
        ProbeDependencies.of(
            List.of("CMD", "python3", "-c", "import os\nos.remove('/tmp/health.txt')\n")));
    assertEquals(
        new ProbeDependencies(Set.of(), Set.of("8080"), true, Set.of()),
        ProbeDependencies.of(List.of("CMD", "curl", "-sf", "http://localhost:8080/api/health")));
    assertEquals(
        new ProbeDependencies(Set.of(), Set.of("6333"), true, Set.of()),
        ProbeDependencies.of(List.of("CMD", "bash", "-c", ":> /dev/tcp/127.0.0.1/6333")));
    assertEquals(
        new ProbeDependencies(Set.of(), Set.of("5432"), true, Set.of("POSTGRES_USER", "PGPORT")),
        ProbeDependencies.of(
            List.of(
                "CMD-SHELL",
                "pg_isready -p 5432 -U $${POSTGRES_USER} && python3 -c"
                    + " \"import os; os.environ['PGPORT']\"")));
  }

  @Test
  void aSiblingsTestIsReadOnceForEveryServiceComparedWithIt() {
    // Every service of the image that lacks a check is compared with the sibling; its test was
    // read again, with regular expressions and a shell lexer, for each of them.
    SiblingFit.TestReading reading =
        new SiblingFit.TestReading(List.of("CMD-SHELL", "curl -f http://localhost:8080/health"));
    assertSame(reading.needs(), reading.needs());
    assertSame(reading.weakness(), reading.weakness());
    assertSame(reading.secret(), reading.secret());
    assertEquals(List.of("8080"), List.copyOf(reading.needs().ports()));
  }
}
