package dev.composefix.stats;

import dev.composefix.report.JsonWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verification report as text or JSON: for a project of several files a block of its merged
 * services, then one block per file, then the total of the files (in text, only for several files).
 * A lone file's report has no project block.
 */
public final class StatsReport {

  /** One file's numbers, or why there are none. */
  public record Entry(String path, Optional<FileStats> stats, Optional<String> error) {}

  /**
   * A project of several files: the numbers of its services as merged.
   *
   * @param files how output names its files, in merge order
   * @param firstEntry the index of its first file's entry: the project's block comes before it
   */
  public record Project(List<String> files, FileStats stats, int firstEntry) {
    public Project {
      files = List.copyOf(files);
    }
  }

  private StatsReport() {}

  public static String text(List<Entry> entries, List<Project> projects, FileStats total) {
    StringBuilder out = new StringBuilder();
    // Files that could not be read are reported on stderr, as PATH:LINE:COL: message lines.
    List<Entry> counted = entries.stream().filter(entry -> entry.stats().isPresent()).toList();
    for (int i = 0; i < entries.size(); i++) {
      for (Project project : projects) {
        if (project.firstEntry() == i) {
          out.append("project ").append(String.join(" + ", project.files())).append('\n');
          block(out, project.stats());
        }
      }
      Entry entry = entries.get(i);
      if (entry.stats().isPresent()) {
        out.append(entry.path()).append('\n');
        block(out, entry.stats().orElseThrow());
      }
    }
    if (counted.size() <= 1) {
      // One file's block is already its total; saying it twice only makes a terminal scroll.
      return out.toString();
    }
    long files = entries.stream().filter(entry -> entry.stats().isPresent()).count();
    out.append("total (").append(files).append(files == 1 ? " file" : " files").append(")\n");
    block(out, total);
    return out.toString();
  }

  private static void block(StringBuilder out, FileStats stats) {
    FileStats.Healthchecks healthchecks = stats.healthchecks();
    FileStats.Images images = stats.images();
    FileStats.Secrets secrets = stats.secrets();
    FileStats.Gpus gpus = stats.gpus();
    row(out, "services", stats.services(), "");
    row(
        out,
        "healthchecks",
        healthchecks.enabled(),
        healthchecks.withStartPeriod()
            + " with start_period, "
            + healthchecks.withoutStartPeriod()
            + " without; "
            + healthchecks.disabled()
            + " disabled");
    row(
        out,
        "images",
        images.total(),
        images.pinned()
            + " pinned, "
            + images.latest()
            + " :latest, "
            + images.untagged()
            + " untagged, "
            + images.unresolved()
            + " from a variable");
    row(
        out,
        "secret variables",
        secrets.total(),
        secrets.required()
            + " required, "
            + secrets.defaulted()
            + " defaulted, "
            + secrets.hardCoded()
            + " hard-coded");
    row(
        out,
        "GPU services",
        gpus.total(),
        gpus.withReservation()
            + " with a device reservation, "
            + gpus.withoutReservation()
            + " without");
    row(out, "findings", stats.findingCount(), "");
    for (Map.Entry<String, Integer> rule : stats.findings().entrySet()) {
      if (rule.getValue() > 0) {
        out.append(String.format("    %-26s %5d%n", rule.getKey(), rule.getValue()));
      }
    }
  }

  private static void row(StringBuilder out, String label, int count, String detail) {
    out.append(String.format("  %-28s %5d", label, count));
    if (!detail.isEmpty()) {
      out.append("  (").append(detail).append(')');
    }
    out.append('\n');
  }

  public static String json(List<Entry> entries, List<Project> projects, FileStats total) {
    JsonWriter json = new JsonWriter();
    json.beginObject().field("schemaVersion", 1);
    json.name("files").beginArray();
    for (Entry entry : entries) {
      json.beginObject().field("path", entry.path());
      if (entry.error().isPresent()) {
        json.field("error", entry.error().get());
      } else {
        json.name("error").nullValue();
        fields(json, entry.stats().orElseThrow());
      }
      json.endObject();
    }
    json.endArray();
    if (!projects.isEmpty()) {
      json.name("projects").beginArray();
      for (Project project : projects) {
        json.beginObject().name("files").beginArray();
        project.files().forEach(json::value);
        json.endArray();
        fields(json, project.stats());
        json.endObject();
      }
      json.endArray();
    }
    json.name("total").beginObject();
    fields(json, total);
    json.endObject();
    json.endObject();
    return json + "\n";
  }

  private static void fields(JsonWriter json, FileStats stats) {
    json.field("services", stats.services());
    json.name("healthchecks")
        .beginObject()
        .field("enabled", stats.healthchecks().enabled())
        .field("withStartPeriod", stats.healthchecks().withStartPeriod())
        .field("withoutStartPeriod", stats.healthchecks().withoutStartPeriod())
        .field("disabled", stats.healthchecks().disabled())
        .endObject();
    json.name("images")
        .beginObject()
        .field("total", stats.images().total())
        .field("pinned", stats.images().pinned())
        .field("latest", stats.images().latest())
        .field("untagged", stats.images().untagged())
        .field("unresolved", stats.images().unresolved())
        .endObject();
    json.name("secrets")
        .beginObject()
        .field("total", stats.secrets().total())
        .field("required", stats.secrets().required())
        .field("defaulted", stats.secrets().defaulted())
        .field("hardCoded", stats.secrets().hardCoded())
        .endObject();
    json.name("gpuServices")
        .beginObject()
        .field("total", stats.gpus().total())
        .field("withReservation", stats.gpus().withReservation())
        .field("withoutReservation", stats.gpus().withoutReservation())
        .endObject();
    json.name("findings").beginObject();
    stats.findings().forEach(json::field);
    json.endObject();
  }
}
