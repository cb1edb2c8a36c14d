package dev.composefix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.Processes;
import dev.composefix.support.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Output that cannot be written is an error, in every command. */
class OutputErrorsIT {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--dry-run compose.yaml",
        "--check --format json compose.yaml",
        "stats compose.yaml",
        "rules",
        "rule image-pin",
        "--version"
      })
  void aFullDiskOnStdoutIsAnError(String arguments) throws Exception {
    Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")), "needs /dev/full");
    Files.writeString(
        dir.resolve("compose.yaml"),
        "services:\n  web:\n    image: nginx:latest\n    healthcheck:\n      test: [CMD, true]\n");
    String jar = Projects.root().resolve("target/compose-fix.jar").toString();
    Processes.Result result =
        Processes.run(
            dir,
            Map.of(),
            120,
            List.of("sh", "-c", "java -jar '" + jar + "' " + arguments + " > /dev/full"));
    assertEquals(2, result.exitCode(), result.err());
    assertEquals(
        "compose-fix: cannot write to standard output (is the disk full, or the pipe closed?);"
            + " the output is incomplete\n",
        result.err().lines().reduce((first, last) -> last).orElse("") + "\n");
  }
}
