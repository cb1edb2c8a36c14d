package dev.composefix.report;

import dev.composefix.lint.Finding;
import dev.composefix.lint.Fix;
import dev.composefix.lint.Rule;
import dev.composefix.lint.RuleSet;
import dev.composefix.lint.Severity;
import dev.composefix.text.Position;
import dev.composefix.text.SourceText;
import dev.composefix.text.TextEdit;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * SARIF 2.1.0 for GitHub code scanning: one run with every rule's metadata (help text from the rule
 * docs), a result per finding with its region and fix, and files that could not be processed as
 * tool execution notifications. Columns count Unicode code points, as the run declares.
 */
public final class SarifReporter implements Reporter {

  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final RuleSet rules;
  private final PrintWriter out;
  private final JsonWriter results = new JsonWriter();
  private final JsonWriter notifications = new JsonWriter();
  private final String version;

  /**
   * @param rules the rules the report describes, with their docs as help
   */
  public SarifReporter(PrintWriter out, String version, RuleSet rules) {
    this.out = out;
    this.rules = rules;
    this.version = version;
    results.beginArray();
    notifications.beginArray();
  }

  @Override
  public void file(FileResult result) {
    result
        .error()
        .ifPresent(error -> notification(result.path(), error.position(), error.message()));
    if (!result.checked()) {
      return;
    }
    result.notice().ifPresent(notice -> notification(result.path(), new Position(1, 1), notice));
    SourceText source = result.reportedText();
    List<Rule> described = rules.all();
    // A fix that several findings share is attached to the first of them only.
    Set<Fix> attached = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Finding finding : result.reported()) {
      results
          .beginObject()
          .field("ruleId", finding.rule().metadata().name())
          .field("ruleIndex", described.indexOf(finding.rule()))
          .field("level", level(finding.severity()));
      results.name("message").beginObject().field("text", finding.message()).endObject();
      results.name("locations").beginArray().beginObject();
      physicalLocation(
          results,
          result.path(),
          source.positionOf(finding.range().start()),
          source.positionOf(finding.range().end()));
      results.endObject().endArray();
      if (finding.fix().isPresent() && attached.add(finding.fix().get())) {
        results.name("fixes").beginArray().beginObject();
        results
            .name("description")
            .beginObject()
            .field("text", finding.fix().get().title())
            .endObject();
        results.name("artifactChanges").beginArray().beginObject();
        results.name("artifactLocation").beginObject().field("uri", uri(result.path())).endObject();
        results.name("replacements").beginArray();
        for (TextEdit edit : finding.fix().get().change().edits()) {
          results.beginObject();
          results.name("deletedRegion").beginObject();
          region(results, source.positionOf(edit.start()), source.positionOf(edit.end()));
          results.endObject();
          results
              .name("insertedContent")
              .beginObject()
              .field("text", result.secrets().mask(edit.replacement()))
              .endObject();
          results.endObject();
        }
        results.endArray().endObject().endArray().endObject().endArray();
      }
      results
          .name("properties")
          .beginObject()
          .field("code", finding.rule().metadata().code())
          .field("severity", finding.severity().label())
          .field("fixable", finding.isFixable(result.unsafeFixes()))
          .endObject();
      results.endObject();
    }
  }

  @Override
  public void unreadable(String path, String message) {
    notification(path, new Position(1, 1), message);
  }

  @Override
  public void finish(Totals totals) {
    results.endArray();
    notifications.endArray();
    JsonWriter json = new JsonWriter();
    json.beginObject().field("$schema", SCHEMA).field("version", "2.1.0");
    json.name("runs").beginArray().beginObject();
    json.name("tool")
        .beginObject()
        .name("driver")
        .beginObject()
        .field("name", "compose-fix")
        .field("version", version)
        .field("semanticVersion", version.replace("-SNAPSHOT", ""));
    json.name("rules").beginArray();
    for (Rule rule : rules.all()) {
      rule(json, rule);
    }
    json.endArray().endObject().endObject();
    json.field("columnKind", "unicodeCodePoints");
    json.name("invocations")
        .beginArray()
        .beginObject()
        .field("executionSuccessful", totals.errors() == 0)
        .name("toolExecutionNotifications");
    embed(json, notifications);
    json.endObject().endArray();
    json.name("results");
    embed(json, results);
    json.endObject().endArray().endObject();
    out.println(json);
    out.flush();
  }

  private static void rule(JsonWriter json, Rule rule) {
    json.beginObject().field("id", rule.metadata().name()).field("name", rule.metadata().name());
    json.name("shortDescription")
        .beginObject()
        .field("text", rule.metadata().summary())
        .endObject();
    json.name("fullDescription")
        .beginObject()
        .field("text", firstParagraph(rule.metadata().doc(), "## What it does"))
        .endObject();
    json.name("help")
        .beginObject()
        .field("text", rule.metadata().doc())
        .field("markdown", rule.metadata().doc())
        .endObject();
    json.name("defaultConfiguration")
        .beginObject()
        .field("level", level(rule.metadata().severity()))
        .field("enabled", !rule.metadata().isOptIn())
        .endObject();
    json.name("properties")
        .beginObject()
        .field("code", rule.metadata().code())
        .field("severity", rule.metadata().severity().label())
        .field(
            "fix",
            rule.metadata()
                .fixApplicability()
                .name()
                .toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-'));
    json.name("tags").beginArray().value("docker-compose").value("production-hardening").endArray();
    json.endObject();
    json.endObject();
  }

  private void notification(String path, Position position, String message) {
    notifications.beginObject().field("level", "error");
    notifications.name("message").beginObject().field("text", message).endObject();
    notifications.name("locations").beginArray().beginObject();
    physicalLocation(notifications, path, position, position);
    notifications.endObject().endArray();
    notifications.endObject();
  }

  private static void physicalLocation(JsonWriter json, String path, Position start, Position end) {
    json.name("physicalLocation").beginObject();
    json.name("artifactLocation").beginObject().field("uri", uri(path)).endObject();
    json.name("region").beginObject();
    region(json, start, end);
    json.endObject().endObject();
  }

  private static void region(JsonWriter json, Position start, Position end) {
    json.field("startLine", start.line())
        .field("startColumn", start.column())
        .field("endLine", end.line())
        .field("endColumn", end.column());
  }

  /**
   * A relative URI reference for a path: forward slashes, spaces and other reserved characters
   * escaped.
   */
  static String uri(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || "-._~/".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }

  static String level(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW -> "note";
    };
  }

  /** The paragraph under a heading of a rule doc, on one line. */
  private static String firstParagraph(String doc, String heading) {
    int start = doc.indexOf(heading + "\n");
    if (start < 0) {
      return "";
    }
    String rest = doc.substring(start + heading.length() + 1);
    int end = rest.indexOf("\n\n");
    return (end < 0 ? rest : rest.substring(0, end)).replace('\n', ' ').trim();
  }

  /** Places a finished JSON value inside another writer at its current position. */
  private static void embed(JsonWriter into, JsonWriter value) {
    into.raw(value.toString().replace("\n", "\n" + "  ".repeat(into.depth())));
  }
}
