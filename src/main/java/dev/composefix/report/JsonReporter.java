package dev.composefix.report;

import dev.composefix.lint.Finding;
import dev.composefix.lint.Fix;
import java.io.PrintWriter;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON report: one document on stdout, with every file, finding, fix and edit. Its shape is
 * documented in the README ("JSON output") and versioned by {@code schemaVersion}.
 */
public final class JsonReporter implements Reporter {

  public static final int SCHEMA_VERSION = 1;

  private final PrintWriter out;
  private final JsonWriter json = new JsonWriter();
  private final Mode mode;

  public JsonReporter(PrintWriter out, Mode mode, String version) {
    this.out = out;
    this.mode = mode;
    json.beginObject().field("schemaVersion", SCHEMA_VERSION);
    json.name("tool")
        .beginObject()
        .field("name", "compose-fix")
        .field("version", version)
        .endObject();
    json.field("mode", mode.label());
    json.name("files").beginArray();
  }

  @Override
  public void file(FileResult result) {
    json.beginObject().field("path", result.path());
    json.name("error");
    if (result.failed()) {
      FileError error = result.error().orElseThrow();
      json.beginObject()
          .field("line", error.position().line())
          .field("column", error.position().column())
          .field("message", error.message())
          .field("internal", error.internal())
          .endObject();
    } else {
      json.nullValue();
    }
    if (!result.checked()) {
      json.field("changed", false);
      json.name("findings").beginArray().endArray();
    } else {
      json.field("changed", !result.failed() && result.outcome().changed());
      json.name("findings").beginArray();
      Map<Fix, Integer> firstWith = new IdentityHashMap<>();
      List<Finding> reported = result.reported();
      for (int i = 0; i < reported.size(); i++) {
        Finding finding = reported.get(i);
        int shared = -1;
        if (finding.fix().isPresent()) {
          Integer first = firstWith.putIfAbsent(finding.fix().get(), i);
          shared = first == null ? -1 : first;
        }
        FindingJson.write(
            json, finding, result.reportedText(), result.unsafeFixes(), result.secrets(), shared);
      }
      json.endArray();
      if (result.notice().isPresent()) {
        json.field("notice", result.notice().get());
      }
      if (mode == Mode.DRY_RUN) {
        json.field("diff", result.diff());
      }
    }
    json.endObject();
  }

  @Override
  public void unreadable(String path, String message) {
    json.beginObject().field("path", path);
    json.name("error")
        .beginObject()
        .field("line", 1)
        .field("column", 1)
        .field("message", message)
        .field("internal", false)
        .endObject();
    json.field("changed", false);
    json.name("findings").beginArray().endArray();
    json.endObject();
  }

  @Override
  public void finish(Totals totals) {
    json.endArray();
    json.name("summary")
        .beginObject()
        .field("files", totals.files())
        .field("findings", totals.findings())
        .field("fixable", totals.fixable())
        .field("unsafeFixable", totals.unsafeOnly())
        .field("fixed", totals.fixed())
        .field("remaining", totals.remaining())
        .field("errors", totals.errors())
        .endObject();
    json.endObject();
    out.println(json);
    out.flush();
  }
}
