package dev.composefix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.composefix.support.Processes;
import dev.composefix.support.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output stays complete through a pipe: a peer tool cuts piped output at 64 KiB, so this reads a
 * report several times that size from the real launcher through a shell pipe.
 */
class LargeOutputIT {

  private static final int SERVICES = 2000;

  @TempDir Path dir;

  @Test
  void jsonThroughAPipeIsComplete() throws Exception {
    StringBuilder compose = new StringBuilder("services:\n");
    for (int i = 0; i < SERVICES; i++) {
      compose
          .append("  service-")
          .append(i)
          .append(":\n    image: example/app:1.0\n")
          .append("    healthcheck:\n      test: [\"CMD\", \"/bin/app\", \"health\"]\n");
    }
    Files.writeString(dir.resolve("compose.yaml"), compose);
    String launcher = Projects.root().resolve("bin/compose-fix").toString();
    Processes.Result result =
        Processes.run(
            dir,
            Map.of(),
            300,
            List.of(
                "sh",
                "-c",
                "'"
                    + launcher
                    + "' --check --format json --select healthcheck-start-period compose.yaml |"
                    + " cat"));
    assertTrue(
        result.out().length() > 4 * 64 * 1024,
        "the report is well past 64 KiB: " + result.out().length());
    JsonNode report = new ObjectMapper().readTree(result.out());
    assertEquals(SERVICES, report.at("/files/0/findings").size());
    assertEquals(SERVICES, report.at("/summary/findings").asInt());
  }
}
