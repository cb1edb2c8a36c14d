package dev.composefix.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.composefix.config.Config;
import dev.composefix.config.ConfigLoader;
import dev.composefix.rules.BuiltInRules;
import dev.composefix.yaml.InvalidYamlException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The user's rows from {@code .compose-fix.yaml}: validated as the built-in files are, each mistake
 * reported at its place.
 */
class UserImagesTest {

  private static final String SOURCES =
      """
      images:
        sources:
          df: {repo: acme/api, path: Dockerfile, ref: v1, checked: 2026-12-01}
        rows:
      """;

  private static List<ImageFacts> read(String rows) throws Exception {
    Config config =
        new ConfigLoader(BuiltInRules.ruleSet().acceptedNames())
            .load(".compose-fix.yaml", (SOURCES + rows).getBytes(StandardCharsets.UTF_8));
    return UserImages.read(config.images(), ".compose-fix.yaml");
  }

  private static String error(String rows) {
    return assertThrows(InvalidYamlException.class, () -> read(rows)).getMessage();
  }

  @Test
  void aValidRowIsRead() throws Exception {
    List<ImageFacts> rows =
        read(
            """
                - id: api
                  names: [ghcr.io/acme/api]
                  examples: [latest]
                  tools: {curl: {has: false, src: df}}
            """);
    assertEquals(1, rows.size());
    assertEquals(Presence.ABSENT, rows.get(0).tool("curl").orElseThrow().presence());
  }

  @Test
  void aBusyboxAppletsOptionsAreReadAndOnlyAnAppletHasThem() throws Exception {
    List<ImageFacts> rows =
        read(
            """
                - id: api
                  names: [ghcr.io/acme/api]
                  examples: [latest]
                  tools: {nc: {has: busybox, options: [-z], src: df}, wget: {has: busybox, src: df}}
            """);
    assertEquals(List.of("-z"), rows.get(0).tool("nc").orElseThrow().options());
    assertEquals(true, rows.get(0).tool("nc").orElseThrow().busyboxWith("-z"));
    assertEquals(false, rows.get(0).tool("wget").orElseThrow().busyboxWith("-z"));
    assertEquals(
        "row api: tools.nc.options needs has: busybox",
        error(
            """
                - id: api
                  names: [ghcr.io/acme/api]
                  examples: [latest]
                  tools: {nc: {has: true, options: [-z], src: df}}
            """));
  }

  /** For an unknown tag, an applet's option is known only when every row says so. */
  @Test
  void rowsOfAnUnknownTagKeepOnlyTheOptionsEveryRowShows() throws Exception {
    List<ImageFacts> rows =
        read(
            """
                - id: api-new
                  names: [ghcr.io/acme/api]
                  tags: {version: ">=2"}
                  examples: ["2"]
                  tools: {nc: {has: busybox, options: [-z], src: df}}
                - id: api-old
                  names: [ghcr.io/acme/api]
                  tags: {version: "<2"}
                  examples: ["1"]
                  tools: {nc: {has: busybox, src: df}}
            """);
    ToolFact agreed = Consensus.of("ghcr.io/acme/api", rows).orElseThrow().tool("nc").orElseThrow();
    assertEquals(Presence.BUSYBOX, agreed.presence());
    assertEquals(List.of(), agreed.options());
    ToolFact newOnly =
        Consensus.of("ghcr.io/acme/api", List.of(rows.get(0), rows.get(0)))
            .orElseThrow()
            .tool("nc")
            .orElseThrow();
    assertEquals(List.of("-z"), newOnly.options());
  }

  /** The mistake's offset into the configuration text, then its message. */
  private static String errorAt(String rows) {
    InvalidYamlException e = assertThrows(InvalidYamlException.class, () -> read(rows));
    return e.offset() + ": " + e.getMessage();
  }

  /** Each mistake at the offset of the value that is wrong. */
  @Test
  void aWrongRangeOrKeyIsNamedAtItsValue() {
    assertEquals(
        """
        168: row api: tags.version: '=>2' is no version comparator such as >=1.2 or <2
        169: row api: tags.released: 'May' is no date comparator such as >=2024-03-30
        168: row api: tags.version
        191: row api: role: role must be data, api, worker, one-shot or diagnostic
        192: row api: shell: shell must be none, sh or bash\
        """,
        String.join(
            "\n",
            errorAt(
                """
                    - id: api
                      names: [ghcr.io/acme/api]
                      tags: {version: "=>2"}
                      examples: [latest]
                      tools: {curl: {has: false, src: df}}
                """),
            errorAt(
                """
                    - id: api
                      names: [ghcr.io/acme/api]
                      tags: {released: May}
                      examples: [latest]
                      tools: {curl: {has: false, src: df}}
                """),
            errorAt(
                """
                    - id: api
                      names: [ghcr.io/acme/api]
                      tags: {version: [1]}
                      examples: [latest]
                      tools: {curl: {has: false, src: df}}
                """),
            errorAt(
                """
                    - id: api
                      names: [ghcr.io/acme/api]
                      examples: [latest]
                      role: {value: web, src: df}
                """),
            errorAt(
                """
                    - id: api
                      names: [ghcr.io/acme/api]
                      examples: [latest]
                      shell: {value: zsh, src: df}
                """)));
  }

  @Test
  void everyMistakeIsNamed() {
    assertEquals(
        "row api: tools.curl: no src; every fact names its source",
        error(
            """
                - id: api
                  names: [ghcr.io/acme/api]
                  examples: [latest]
                  tools: {curl: {has: false}}
            """));
    assertEquals(
        "row api: tools.curl: unknown source 'dockerfile'",
        error(
            """
                - id: api
                  names: [ghcr.io/acme/api]
                  examples: [latest]
                  tools: {curl: {has: false, src: dockerfile}}
            """));
    assertEquals(
        "row api: name 'ghcr.io/acme/api:1' is not normalized; write 'ghcr.io/acme/api'",
        error(
            """
                - id: api
                  names: ["ghcr.io/acme/api:1"]
                  examples: [latest]
                  tools: {curl: {has: false, src: df}}
            """));
    assertEquals(
        "row api: example '1.2' is outside the row's own tags",
        error(
            """
                - id: api
                  names: [ghcr.io/acme/api]
                  tags: {version: ">=2"}
                  examples: ["1.2"]
                  tools: {curl: {has: false, src: df}}
            """));
    assertEquals(
        "row api: ports: unknown protocol 'htp'; one of amqp, bolt, clickhouse, cql, dns, grpc,"
            + " http, https, imap, kafka, ldap, memcached, mongodb, mqtt, mysql, nats, other,"
            + " pop3, postgres, redis, smtp, tcp, tds, udp, zookeeper",
        error(
            """
                - id: api
                  names: [ghcr.io/acme/api]
                  examples: [latest]
                  ports: [{port: 80, protocol: htp, src: df}]
            """));
    assertEquals(
        "row api: health.test has a single $: write $$ for a variable of the container's shell",
        error(
            """
                - id: api
                  names: [ghcr.io/acme/api]
                  examples: [latest]
                  health: {test: [CMD-SHELL, "check -u $USER"], src: df}
            """));
    assertEquals(
        "images: rows api and api2 both cover every tag",
        error(
            """
                - id: api
                  names: [ghcr.io/acme/api]
                  examples: [latest]
                  tools: {curl: {has: false, src: df}}
                - id: api2
                  names: [ghcr.io/acme/api]
                  examples: [latest]
                  tools: {wget: {has: false, src: df}}
            """));
    assertEquals(
        "source 'df' is cited by no fact",
        error(
            """
                - id: api
                  names: [ghcr.io/acme/api]
                  examples: [latest]
            """));
  }
}
