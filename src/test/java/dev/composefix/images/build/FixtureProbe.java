package dev.composefix.images.build;

import dev.composefix.images.routes.BuildFacts;
import dev.composefix.images.routes.BuildReading;
import dev.composefix.images.routes.BuildRequest;
import dev.composefix.images.routes.ListenPort;
import dev.composefix.images.routes.Route;
import dev.composefix.images.routes.SourcePort;
import dev.composefix.support.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FixtureProbe {
  static String q(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static String sp(SourcePort p) {
    return "source(" + p.port() + ", " + q(p.file()) + ", " + p.line() + ", " + q(p.how()) + ")";
  }

  static String r(Route r) {
    return "route("
        + q(r.path())
        + ", "
        + r.kind()
        + ", "
        + q(r.file())
        + ", "
        + r.line()
        + ", "
        + q(r.framework())
        + ", "
        + r.method().map(FixtureProbe::q).orElse("null")
        + ", "
        + r.port().map(FixtureProbe::sp).orElse("null")
        + ")";
  }

  static String p(ListenPort p) {
    return "port(" + p.port() + ", " + p.evidence() + ", " + q(p.how()) + ")";
  }

  @Test
  void print() throws Exception {
    Path root = Projects.root().resolve("src/test/resources/dev/composefix/images/build");
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path dir : dirs.sorted().toList()) {
        BuildFacts facts = BuildReading.read(BuildRequest.of(dir));
        StringBuilder out = new StringBuilder();
        out.append("  @Test\n  void " + dir.getFileName().toString().replace("-", "_") + "() {\n");
        out.append("    BuildFacts facts = read(\"" + dir.getFileName() + "\");\n");
        out.append(
            "    assertEquals(List.of("
                + String.join(
                    ", ", facts.stage().get().programNames().stream().map(FixtureProbe::q).toList())
                + "), facts.stage().orElseThrow().programNames());\n");
        out.append(
            "    assertEquals(\n        List.of(\n"
                + String.join(
                    ",\n", facts.routes().stream().map(x -> "            " + r(x)).toList())
                + "),\n        facts.routes());\n");
        out.append(
            "    assertEquals(\n        List.of(\n"
                + String.join(
                    ",\n", facts.ports().stream().map(x -> "            " + p(x)).toList())
                + "),\n        facts.ports());\n");
        out.append("    assertEquals(List.of(), facts.notes());\n  }\n");
        System.out.println(out);
      }
    }
  }
}
