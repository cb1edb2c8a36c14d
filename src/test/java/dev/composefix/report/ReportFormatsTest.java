package dev.composefix.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.composefix.rules.BuiltInRules;
import dev.composefix.support.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFormatsTest {

  private static final String COMPOSE =
      """
      services:
        db:
          image: postgres:15-alpine
          healthcheck:
            test: ["CMD", "pg_isready"]
      """;

  private static final String MESSAGE =
      "service 'db': healthcheck has no start_period, so probes that fail while it"
          + " starts count toward retries; add start_period: 30s";

  @TempDir Path dir;

  @BeforeEach
  void files() throws IOException {
    Files.writeString(dir.resolve("compose.yaml"), COMPOSE);
    Files.writeString(dir.resolve("broken.yml"), "services:\n\tweb: {}\n");
  }

  @Test
  void jsonHasEveryFindingFixAndEdit() {
    Cli.Result result =
        Cli.run(
            dir,
            "--check",
            "--format",
            "json",
            "--select",
            "healthcheck-start-period",
            "compose.yaml",
            "broken.yml",
            "missing.yml");
    assertEquals(2, result.exitCode());
    assertEquals("", result.err());
    assertEquals(
        """
        {
          "schemaVersion": 1,
          "tool": {
            "name": "compose-fix",
            "version": "%s"
          },
          "mode": "check",
          "files": [
            {
              "path": "missing.yml",
              "error": {
                "line": 1,
                "column": 1,
                "message": "no such file or directory; check the path",
                "internal": false
              },
              "changed": false,
              "findings": []
            },
            {
              "path": "compose.yaml",
              "error": null,
              "changed": false,
              "findings": [
                {
                  "rule": "healthcheck-start-period",
                  "code": "CF001",
                  "severity": "medium",
                  "message": "%s",
                  "location": {
                    "start": {
                      "line": 4,
                      "column": 5
                    },
                    "end": {
                      "line": 4,
                      "column": 16
                    }
                  },
                  "fix": {
                    "title": "Add start_period: 30s",
                    "applicability": "safe",
                    "applies": true,
                    "edits": [
                      {
                        "start": {
                          "line": 5,
                          "column": 34
                        },
                        "end": {
                          "line": 5,
                          "column": 34
                        },
                        "content": "\\n      start_period: 30s"
                      }
                    ]
                  }
                }
              ]
            },
            {
              "path": "broken.yml",
              "error": {
                "line": 2,
                "column": 1,
                "message": "tab character where YAML expects indentation; indent with spaces only",
                "internal": false
              },
              "changed": false,
              "findings": []
            }
          ],
          "summary": {
            "files": 3,
            "findings": 1,
            "fixable": 1,
            "unsafeFixable": 0,
            "fixed": 0,
            "remaining": 1,
            "errors": 2
          }
        }
        """
            .formatted(System.getProperty("project.version", "0.1.0-SNAPSHOT"), MESSAGE),
        result.out());
  }

  @Test
  void jsonInDryRunCarriesTheDiff() throws IOException {
    Cli.Result result = Cli.run(dir, "--format", "json", "compose.yaml");
    JsonNode file = new ObjectMapper().readTree(result.out()).get("files").get(0);
    assertEquals(Cli.run(dir, "compose.yaml").out(), file.get("diff").asText());
    assertEquals(true, file.get("changed").asBoolean());
  }

  @Test
  void githubWorkflowCommands() {
    Cli.Result result =
        Cli.run(
            dir,
            "--check",
            "--format",
            "github",
            "--select",
            "healthcheck-start-period",
            "compose.yaml",
            "broken.yml");
    assertEquals(2, result.exitCode());
    assertEquals(
        "::warning"
            + " file=compose.yaml,line=4,col=5,endLine=4,endColumn=16,title=healthcheck-start-period"
            + " (CF001)::"
            + MESSAGE
            + " (fixable with compose-fix --write)\n"
            + "::error file=broken.yml,line=2,col=1,endLine=2,endColumn=1,title=compose-fix::"
            + "tab character where YAML expects indentation; indent with spaces only\n",
        result.out());
    assertEquals("1 finding, 1 fixable; 1 file could not be processed\n", result.err());
  }

  @Test
  void githubEscapesWhatWorkflowCommandsReserve() {
    assertEquals("50%25 a%0Ab", GithubReporter.data("50% a\nb"));
    assertEquals("a%3Ab%2Cc", GithubReporter.property("a:b,c"));
  }

  @Test
  void sarifMeetsTheSchemaRequirementsAndCarriesFixes() throws IOException {
    Cli.Result result = Cli.run(dir, "--check", "--format", "sarif", "compose.yaml", "broken.yml");
    assertEquals(2, result.exitCode());
    assertEquals("", result.err());
    JsonNode log = new ObjectMapper().readTree(result.out());
    SarifShape.check(log);
    JsonNode run = log.get("runs").get(0);
    assertEquals(BuiltInRules.ruleSet().all().size(), run.at("/tool/driver/rules").size());
    assertEquals("healthcheck-start-period", run.at("/tool/driver/rules/0/id").asText());
    assertEquals(
        BuiltInRules.ruleSet().all().get(0).metadata().doc(),
        run.at("/tool/driver/rules/0/help/markdown").asText());
    JsonNode resultNode = run.get("results").get(0);
    assertEquals("warning", resultNode.get("level").asText());
    assertEquals(MESSAGE, resultNode.at("/message/text").asText());
    assertEquals(
        "compose.yaml",
        resultNode.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals(4, resultNode.at("/locations/0/physicalLocation/region/startLine").asInt());
    assertEquals(5, resultNode.at("/locations/0/physicalLocation/region/startColumn").asInt());
    assertEquals(
        "\n      start_period: 30s",
        resultNode.at("/fixes/0/artifactChanges/0/replacements/0/insertedContent/text").asText());
    assertEquals(false, run.at("/invocations/0/executionSuccessful").asBoolean());
    assertEquals(
        "broken.yml",
        run.at(
                "/invocations/0/toolExecutionNotifications/0/locations/0/physicalLocation/artifactLocation/uri")
            .asText());
  }

  @Test
  void sarifUrisEscapeReservedCharacters() {
    assertEquals(
        "docs/My%20Stack/docker-compose.yml",
        SarifReporter.uri("docs/My Stack/docker-compose.yml"));
    assertEquals("caf%C3%A9/compose.yaml", SarifReporter.uri("café/compose.yaml"));
  }

  @Test
  void colourOnlyWhenAskedOrAtATerminal() {
    Cli.Result plain =
        Cli.run(dir, "--check", "--select", "healthcheck-start-period", "compose.yaml");
    assertEquals(
        "compose.yaml:4:5: healthcheck-start-period [*] " + MESSAGE + "\n1 finding, 1 fixable\n",
        plain.err());
    Cli.Result coloured =
        Cli.run(
            dir,
            "--check",
            "--color",
            "always",
            "--select",
            "healthcheck-start-period",
            "compose.yaml");
    assertEquals(
        "\u001B[1mcompose.yaml\u001B[0m:\u001B[2m4:5\u001B[0m:"
            + " \u001B[33mhealthcheck-start-period\u001B[0m \u001B[32m[*]\u001B[0m "
            + MESSAGE
            + "\n1 finding, 1 fixable\n",
        coloured.err());
  }

  @Test
  void quietLeavesOutTheSummary() {
    Cli.Result result =
        Cli.run(dir, "--check", "--quiet", "--select", "healthcheck-start-period", "compose.yaml");
    assertEquals("compose.yaml:4:5: healthcheck-start-period [*] " + MESSAGE + "\n", result.err());
    assertEquals(1, result.exitCode());
  }

  @Test
  void unknownFormatIsAUsageError() {
    Cli.Result result = Cli.run(dir, "--format", "xml", "compose.yaml");
    assertEquals(2, result.exitCode());
    assertEquals(
        "compose-fix: Invalid value for option '--format': 'xml' is not one of text, json, sarif,"
            + " github\n"
            + "Run 'compose-fix --help' for usage.\n",
        result.err());
  }

  /**
   * The parts of the SARIF 2.1.0 schema (OASIS, sarif-schema-2.1.0.json) that our output uses: the
   * properties each object may have (the schema forbids others) and those it must have.
   */
  static final class SarifShape {

    private static final Map<String, Set<String>> ALLOWED =
        Map.ofEntries(
            Map.entry(
                "log",
                Set.of("$schema", "version", "runs", "inlineExternalProperties", "properties")),
            Map.entry(
                "run",
                Set.of(
                    "tool",
                    "invocations",
                    "results",
                    "columnKind",
                    "originalUriBaseIds",
                    "artifacts",
                    "properties",
                    "automationDetails")),
            Map.entry("tool", Set.of("driver", "extensions", "properties")),
            Map.entry(
                "driver",
                Set.of(
                    "name",
                    "version",
                    "semanticVersion",
                    "informationUri",
                    "rules",
                    "properties",
                    "fullName",
                    "organization")),
            Map.entry(
                "rule",
                Set.of(
                    "id",
                    "name",
                    "shortDescription",
                    "fullDescription",
                    "help",
                    "helpUri",
                    "defaultConfiguration",
                    "properties")),
            Map.entry(
                "result",
                Set.of(
                    "ruleId", "ruleIndex", "level", "message", "locations", "fixes", "properties")),
            Map.entry("location", Set.of("physicalLocation", "properties")),
            Map.entry("physicalLocation", Set.of("artifactLocation", "region", "properties")),
            Map.entry(
                "region", Set.of("startLine", "startColumn", "endLine", "endColumn", "properties")),
            Map.entry("fix", Set.of("description", "artifactChanges", "properties")),
            Map.entry("artifactChange", Set.of("artifactLocation", "replacements", "properties")),
            Map.entry("replacement", Set.of("deletedRegion", "insertedContent", "properties")),
            Map.entry(
                "invocation",
                Set.of("executionSuccessful", "toolExecutionNotifications", "properties")),
            Map.entry("notification", Set.of("level", "message", "locations", "properties")));

    private static final Map<String, List<String>> REQUIRED =
        Map.of(
            "log", List.of("version", "runs"),
            "run", List.of("tool"),
            "tool", List.of("driver"),
            "driver", List.of("name"),
            "rule", List.of("id"),
            "result", List.of("message"),
            "fix", List.of("artifactChanges"),
            "artifactChange", List.of("artifactLocation", "replacements"),
            "replacement", List.of("deletedRegion"),
            "invocation", List.of("executionSuccessful"));

    static void check(JsonNode log) {
      object("log", log);
      assertEquals("2.1.0", log.get("version").asText());
      for (JsonNode run : log.get("runs")) {
        object("run", run);
        object("tool", run.get("tool"));
        object("driver", run.at("/tool/driver"));
        run.at("/tool/driver/rules")
            .forEach(
                rule -> {
                  object("rule", rule);
                  assertTrue(
                      rule.at("/shortDescription/text").isTextual()
                          && rule.at("/help/text").isTextual());
                });
        for (JsonNode invocation : run.get("invocations")) {
          object("invocation", invocation);
          invocation
              .get("toolExecutionNotifications")
              .forEach(
                  notification -> {
                    object("notification", notification);
                    notification.get("locations").forEach(location -> location(location));
                  });
        }
        for (JsonNode result : run.get("results")) {
          object("result", result);
          assertTrue(result.at("/message/text").isTextual(), "a message has text");
          result.get("locations").forEach(location -> location(location));
          if (result.has("fixes")) {
            for (JsonNode fix : result.get("fixes")) {
              object("fix", fix);
              for (JsonNode change : fix.get("artifactChanges")) {
                object("artifactChange", change);
                assertTrue(change.get("replacements").size() >= 1, "at least one replacement");
                change
                    .get("replacements")
                    .forEach(
                        replacement -> {
                          object("replacement", replacement);
                          object("region", replacement.get("deletedRegion"));
                        });
              }
            }
          }
        }
      }
    }

    private static void location(JsonNode location) {
      object("location", location);
      object("physicalLocation", location.get("physicalLocation"));
      JsonNode region = location.at("/physicalLocation/region");
      object("region", region);
      assertTrue(
          region.get("startLine").asInt() >= 1 && region.get("startColumn").asInt() >= 1,
          "regions are 1-based");
    }

    private static void object(String kind, JsonNode node) {
      assertTrue(node != null && node.isObject(), kind + " is an object");
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        assertTrue(ALLOWED.get(kind).contains(name), kind + " may not have '" + name + "'");
      }
      for (String required : REQUIRED.getOrDefault(kind, List.of())) {
        assertTrue(node.has(required), kind + " must have '" + required + "'");
      }
    }
  }
}
