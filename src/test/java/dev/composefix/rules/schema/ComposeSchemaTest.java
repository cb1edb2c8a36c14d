package dev.composefix.rules.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.Yaml;
import dev.composefix.text.Position;
import dev.composefix.yaml.YDocument;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the check says and where, word for word. */
class ComposeSchemaTest {

  /** Each violation as {@code line:col message}, in file order. */
  private static List<String> check(String yaml, Variables variables) {
    YDocument document = Yaml.parse(yaml);
    return ComposeSchema.check(document, variables).stream()
        .sorted(
            Comparator.comparingInt((SchemaViolation v) -> v.at().span().start())
                .thenComparing(SchemaViolation::message))
        .map(
            violation -> {
              Position position = document.source().positionOf(violation.at().span().start());
              return position.line() + ":" + position.column() + " " + violation.message();
            })
        .toList();
  }

  private static List<String> check(String yaml) {
    return check(yaml, Variables.UNKNOWN);
  }

  @Test
  void aValidFileAndAnEmptyOneHaveNoViolations() {
    assertEquals(
        List.of(), check("services:\n  web:\n    image: nginx:1.27\n    ports: [\"80:80\"]\n"));
    assertEquals(List.of(), check("# nothing yet\n"));
    assertEquals(List.of(), check("---\n"));
  }

  @Test
  void wrongTypesSayWhatWasExpectedAtTheValue() {
    assertEquals(
        List.of(
            "4:17 services.web.healthcheck.interval: expected a duration like 30s, got 30",
            "5:16 services.web.healthcheck.retries: expected a number or a string, got true",
            "6:11 services.web.cpus: expected a number or a string, got a list",
            "7:17 services.web.privileged: expected a boolean or a string, got 1",
            "8:17 services.web.working_dir: expected a string, got an empty value",
            "9:12 services.web.image: expected a string, got null"),
        check(
            """
            services:
              web:
                healthcheck:
                  interval: 30
                  retries: true
                cpus: [1]
                privileged: 1
                working_dir:
                image: ~
            """));
  }

  @Test
  void valuesOutsideTheAllowedOnesListThem() {
    assertEquals(
        List.of(
            "5:20 services.web.depends_on.db.condition: expected one of service_started,"
                + " service_healthy or service_completed_successfully, got 'ready'",
            "6:18 services.web.pull_policy: expected a value matching"
                + " always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+,"
                + " got 'often'",
            "7:20 services.web.oom_score_adj: expected at most 1000, got 1001",
            "8:11 services.web.gpus: expected all, got 'some'"),
        check(
            """
            services:
              web:
                depends_on:
                  db:
                    condition: ready
                pull_policy: often
                oom_score_adj: 1001
                gpus: some
            """));
  }

  @Test
  void unknownAndMissingKeysAreReportedAtTheKey() {
    assertEquals(
        List.of("1:1 top level: unknown key 'servics'; did you mean 'services'?"),
        check("servics:\n  web:\n    imag: nginx\n"));
    assertEquals(
        List.of(
            "3:5 services.web: unknown key 'imag'; did you mean 'image'?",
            "4:5 services.web: unknown key 'team' (keys of your own must start with x-)",
            "6:7 services.web.depends_on.db: missing required key 'condition'",
            "8:3 services: 'my app' is not a valid name here: names must match ^[a-zA-Z0-9._-]+$",
            "10:1 top level: unknown key 'volume'; did you mean 'volumes'?"),
        check(
            """
            services:
              web:
                imag: nginx
                team: core
                depends_on:
                  db: {required: true}
                x-team: core
              my app:
                image: nginx
            volume: {}
            """));
  }

  @Test
  void aDuplicateItemIsReportedAtItsLaterCopies() {
    assertEquals(
        List.of(
            "6:9 services.web.environment: 'A=1' is listed twice (first on line 4)",
            "7:9 services.web.environment: 'A=1' is listed twice (first on line 4)"),
        check(
            """
            services:
              web:
                environment:
                  - A=1
                  - B=2
                  - A=1
                  - A=1
            """));
  }

  @Test
  void aValueFitForNoFormListsTheFormsAndOneOfTheRightKindExplainsItself() {
    assertEquals(
        List.of(
            "3:18 services.web.healthcheck: expected a mapping, got a list",
            "4:18 services.web.environment: expected a mapping or a list of strings, got 'A=1'",
            "5:14 services.web.command: expected an empty value, a string or a list of strings, got"
                + " 7",
            "7:9 services.web.ports[0]: unknown key 'hostip'; did you mean 'host_ip'?"),
        check(
            """
            services:
              web:
                healthcheck: [CMD, "true"]
                environment: A=1
                command: 7
                ports:
                  - hostip: 127.0.0.1
            """));
  }

  @Test
  void aValueMergedFromAnAnchorIsReportedInTheAnchorOncePerUse() {
    assertEquals(
        List.of(
            "1:38 services.a.healthcheck.interval: expected a duration like 30s, got 5",
            "1:38 services.b.healthcheck.interval: expected a duration like 30s, got 5"),
        check(
            """
            x-hc: &hc {test: [CMD, x], interval: 5}
            services:
              a:
                healthcheck: *hc
              b:
                healthcheck:
                  <<: *hc
              c:
                healthcheck:
                  <<: *hc
                  interval: 5s
            """));
  }

  @Test
  void variablesPassWhatInterpolationCouldSatisfyAndNothingElse() {
    String yaml =
        """
        services:
          web:
            cpus: ${CPUS:-1}
            gpus: ${GPUS:-all}
            privileged: $PRIVILEGED
            oom_score_adj: ${OOM:-0}
            pull_policy: ${POLICY}
            depends_on:
              db:
                condition: ${CONDITION:-service_healthy}
            ports:
              - "${PORT}:80"
            healthcheck: ${HEALTHCHECK}
            volumes: ${VOLUMES}
            environment:
              - A=${X}
              - A=${X}
        """;
    assertEquals(
        List.of(
            "13:18 services.web.healthcheck: expected a mapping, got '${HEALTHCHECK}'",
            "14:14 services.web.volumes: expected a list, got '${VOLUMES}'",
            "17:9 services.web.environment: 'A=${X}' is listed twice (first on line 16)"),
        check(yaml, Variables.UNKNOWN));
    assertEquals(
        List.of(
            "4:11 services.web.gpus: expected all, got '${GPUS:-all}'",
            "7:18 services.web.pull_policy: expected a value matching"
                + " always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+,"
                + " got '${POLICY}'",
            "10:20 services.web.depends_on.db.condition: expected one of service_started,"
                + " service_healthy or service_completed_successfully, got"
                + " '${CONDITION:-service_healthy}'",
            "13:18 services.web.healthcheck: expected a mapping, got '${HEALTHCHECK}'",
            "14:14 services.web.volumes: expected a list, got '${VOLUMES}'",
            "17:9 services.web.environment: 'A=${X}' is listed twice (first on line 16)"),
        check(yaml, Variables.LITERAL));
  }

  @Test
  void longAndMultiLineStringsAreDescribedNotQuoted() {
    assertEquals(
        List.of(
            "3:15 services.web.networks: expected a list of strings or a mapping, got a string of"
                + " 61 characters",
            "4:13 services.web.labels: expected a mapping or a list of strings, got a string of 11"
                + " characters"),
        check(
            """
            services:
              web:
                networks: aaaaaaaaaabbbbbbbbbbccccccccccddddddddddeeeeeeeeeeffffffffffg
                labels: "one\\ntwo\\nsix"
            """));
  }
}
