package dev.composefix.report;

import dev.composefix.images.Cited;
import dev.composefix.images.Credential;
import dev.composefix.images.Endpoint;
import dev.composefix.images.HealthCommand;
import dev.composefix.images.ImageFacts;
import dev.composefix.images.Note;
import dev.composefix.images.PortFact;
import dev.composefix.images.Setting;
import dev.composefix.images.Source;
import dev.composefix.images.ToolFact;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code compose-fix image} prints: one knowledge-base row with every fact and the sources it
 * cites as numbered references, or the table of rows for {@code --list}.
 */
public final class ImageReport {

  private final List<Source> cited = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  private ImageReport() {}

  /** The row the image matched, every fact followed by its sources' numbers. */
  public static String text(String image, ImageFacts row) {
    ImageReport report = new ImageReport();
    report.write(image, row);
    return report.text.toString();
  }

  /** One line a row: id, names, tags, role, shell, HTTP clients, health program, ports. */
  public static String table(List<ImageFacts> rows) {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            "%-36s %-44s %-30s %-10s %-5s %-7s %-7s %s%n",
            "ROW", "NAMES", "TAGS", "ROLE", "SHELL", "CURL", "WGET", "HEALTH"));
    for (ImageFacts row : rows) {
      text.append(
          String.format(
              "%-36s %-44s %-30s %-10s %-5s %-7s %-7s %s%n",
              row.id(),
              String.join(",", row.names()),
              row.tags().describe(),
              row.role().map(r -> r.value().key()).orElse("-"),
              row.shell().map(s -> s.value().key()).orElse("-"),
              tool(row, "curl"),
              tool(row, "wget"),
              row.health().isEmpty() ? "-" : row.health().get(0).program()));
    }
    text.append(rows.size()).append(rows.size() == 1 ? " row\n" : " rows\n");
    return text.toString();
  }

  private static String tool(ImageFacts row, String program) {
    return row.tool(program)
        .map(
            t ->
                switch (t.presence()) {
                  case PRESENT -> "yes";
                  case ABSENT -> "no";
                  case BUSYBOX -> "busybox";
                })
        .orElse("-");
  }

  private void write(String image, ImageFacts row) {
    line(image);
    line("  row: " + row.id() + " (" + row.origin() + "), tags: " + row.tags().describe());
    row.role().ifPresent(role -> fact("role", role.value().key(), role.sources()));
    row.shell().ifPresent(shell -> fact("shell", shell.value().key(), shell.sources()));
    row.user().ifPresent(user -> fact("user", user.value(), user.sources()));
    for (ToolFact tool : row.tools().values()) {
      String presence =
          switch (tool.presence()) {
            case PRESENT -> "has it";
            case ABSENT -> "does not have it";
            case BUSYBOX -> "has it as a busybox applet";
          };
      String arch =
          tool.architectures().isEmpty()
              ? ""
              : " (on " + String.join(", ", tool.architectures()) + " only)";
      String options =
          tool.options().isEmpty() ? "" : ", which takes " + String.join(" ", tool.options());
      fact("tool " + tool.program(), presence + options + arch, tool.sources());
    }
    row.healthcheck()
        .ifPresent(
            declared ->
                fact(
                    "declares HEALTHCHECK",
                    declared.value().declared()
                        ? "yes"
                            + declared
                                .value()
                                .test()
                                .map(t -> ": " + String.join(" ", t))
                                .orElse("")
                        : "no",
                    declared.sources()));
    for (HealthCommand health : row.health()) {
      fact(
          "health command",
          String.join(" ", health.test())
              + health.port().map(p -> " ({port} is " + p + " unless moved)").orElse("")
              + health.when().map(w -> "; used with " + w.describe()).orElse(""),
          health.sources());
      for (Setting unless : health.unless()) {
        line("      not with " + unless.describe() + unless.reason().map(r -> ": " + r).orElse(""));
      }
    }
    for (PortFact port : row.ports()) {
      String moved = port.movedBy().describe();
      fact(
          "port",
          port.port()
              + " "
              + port.protocol()
              + port.name().map(n -> " (" + n + ")").orElse("")
              + (moved.isEmpty() ? "" : ", moved by " + moved),
          port.sources());
    }
    for (Endpoint endpoint : row.endpoints()) {
      fact(
          "endpoint",
          endpoint.scheme().orElse("http")
              + " port "
              + endpoint.port()
              + " "
              + endpoint.path()
              + endpoint.when().map(w -> ", only with " + w.describe()).orElse(""),
          endpoint.sources());
    }
    for (Credential credential : row.credentials()) {
      fact(
          "credential",
          credential.env() + (credential.required() ? " (required)" : " (has a default)"),
          credential.sources());
    }
    for (Cited<Setting> worker : row.workers()) {
      fact(
          "worker",
          worker.value().describe() + worker.value().reason().map(r -> ": " + r).orElse(""),
          worker.sources());
    }
    for (Note note : row.notes()) {
      fact("note", note.text(), note.sources());
    }
    line("  sources:");
    for (int i = 0; i < cited.size(); i++) {
      Source source = cited.get(i);
      line(
          "    ["
              + (i + 1)
              + "] "
              + source.describe()
              + source.says().map(says -> ": " + says).orElse(""));
    }
  }

  private void fact(String what, String value, List<Source> sources) {
    List<String> numbers = new ArrayList<>();
    for (Source source : sources) {
      int index = cited.indexOf(source);
      if (index < 0) {
        cited.add(source);
        index = cited.size() - 1;
      }
      numbers.add(Integer.toString(index + 1));
    }
    line("  " + what + ": " + value + " [" + String.join(",", numbers) + "]");
  }

  private void line(String line) {
    text.append(Printable.of(line)).append('\n');
  }
}
