package dev.composefix.report;

import dev.composefix.lint.Finding;
import dev.composefix.lint.Fix;
import dev.composefix.secrets.SecretMask;
import dev.composefix.text.Position;
import dev.composefix.text.SourceText;
import dev.composefix.text.TextEdit;
import java.util.List;

/** Writes one finding in the JSON report's shape; see the README's "JSON output" section. */
final class FindingJson {

  private FindingJson() {}

  static void write(
      JsonWriter json,
      Finding finding,
      SourceText source,
      boolean unsafeFixes,
      SecretMask secrets,
      int sharedWith) {
    json.beginObject()
        .field("rule", finding.rule().metadata().name())
        .field("code", finding.rule().metadata().code())
        .field("severity", finding.severity().label())
        .field("message", finding.message());
    json.name("location").beginObject();
    positions(
        json, source.positionOf(finding.range().start()), source.positionOf(finding.range().end()));
    json.endObject();
    json.name("fix");
    if (finding.fix().isEmpty()) {
      json.nullValue();
    } else {
      Fix fix = finding.fix().get();
      json.beginObject()
          .field("title", fix.title())
          .field(
              "applicability",
              fix.applicability().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
          .field("applies", finding.isFixable(unsafeFixes));
      if (sharedWith >= 0) {
        // One fix that several findings share is written once, at the first of them.
        json.field("sharedWith", sharedWith);
      }
      json.name("edits").beginArray();
      for (TextEdit edit : sharedWith >= 0 ? List.<TextEdit>of() : fix.change().edits()) {
        json.beginObject();
        positions(json, source.positionOf(edit.start()), source.positionOf(edit.end()));
        json.field("content", secrets.mask(edit.replacement()));
        json.endObject();
      }
      json.endArray();
      json.endObject();
    }
    json.endObject();
  }

  /** {@code "start": {...}, "end": {...}} as members of the current object. */
  private static void positions(JsonWriter json, Position start, Position end) {
    position(json, "start", start);
    position(json, "end", end);
  }

  private static void position(JsonWriter json, String name, Position position) {
    json.name(name)
        .beginObject()
        .field("line", position.line())
        .field("column", position.column())
        .endObject();
  }
}
