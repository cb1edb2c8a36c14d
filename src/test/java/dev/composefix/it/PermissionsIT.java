package dev.composefix.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.Processes;
import dev.composefix.support.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A folder the user may not read, run as a user the permissions apply to: root reads everything, so
 * under root the jar runs as the unprivileged "nobody" through setpriv.
 */
class PermissionsIT {

  private Path dir;

  @BeforeEach
  void makeFolders() throws Exception {
    dir = Files.createTempDirectory("compose-fix-permissions");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.createDirectories(dir.resolve("stack/locked"));
    Files.writeString(
        dir.resolve("stack/compose.yaml"),
        "services:\n"
            + "  web:\n"
            + "    image: nginx:1.27-alpine\n"
            + "    healthcheck:\n"
            + "      test: [\"CMD\", \"wget\", \"-q\", \"--spider\", \"http://localhost/\"]\n"
            + "      start_period: 5s\n");
    Files.writeString(dir.resolve("stack/locked/compose.yaml"), "services: {}\n");
    Files.setPosixFilePermissions(
        dir.resolve("stack"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(
        dir.resolve("stack/compose.yaml"), PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(
        dir.resolve("stack/locked"), PosixFilePermissions.fromString("---------"));
  }

  @AfterEach
  void unlock() throws Exception {
    Files.setPosixFilePermissions(
        dir.resolve("stack/locked"), PosixFilePermissions.fromString("rwx------"));
    try (var files = Files.walk(dir)) {
      for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Test
  void aFolderWithoutPermissionIsReportedAndTheRestProcessed() {
    boolean root = "0".equals(Processes.run(dir, Map.of(), 30, List.of("id", "-u")).out().trim());
    List<String> command = new ArrayList<>();
    if (root) {
      Assumptions.assumeTrue(
          Processes.available("setpriv"), "setpriv is needed to drop root's permissions");
      command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
    }
    command.addAll(
        List.of(
            "java",
            "-jar",
            Projects.root().resolve("target/compose-fix.jar").toString(),
            "--check",
            "stack"));
    Processes.Result result = Processes.run(dir, Map.of(), 120, command);
    assertEquals(
        "stack/locked:1:1: cannot read: permission denied; check the file's permissions\n"
            + "No findings in 1 file; 1 file could not be processed\n",
        result.err());
    assertEquals(2, result.exitCode());
  }

  @Test
  void aWritableFileInAFolderThatIsNotBlamesTheFolderAndKeepsItsFindings() throws Exception {
    boolean root = "0".equals(Processes.run(dir, Map.of(), 30, List.of("id", "-u")).out().trim());
    Path folder = Files.createDirectories(dir.resolve("frozen"));
    Path file = folder.resolve("compose.yaml");
    String yaml =
        "services:\n"
            + "  web:\n"
            + "    image: x:1\n"
            + "    healthcheck:\n"
            + "      test: [CMD, curl, -sf, http://x/]\n";
    Files.writeString(file, yaml);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    List<String> command = new ArrayList<>();
    if (root) {
      Assumptions.assumeTrue(
          Processes.available("setpriv"), "setpriv is needed to drop root's permissions");
      command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
    }
    command.addAll(
        List.of(
            "java",
            "-jar",
            Projects.root().resolve("target/compose-fix.jar").toString(),
            "--write",
            "frozen/compose.yaml"));
    Processes.Result result = Processes.run(dir, Map.of(), 120, command);
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertEquals(
        "frozen/compose.yaml:4:5: healthcheck-start-period [*] service 'web': healthcheck has no"
            + " start_period, so probes that fail while it starts count toward retries; add"
            + " start_period: 30s\n"
            + "frozen/compose.yaml:1:1: cannot write: the folder frozen is not writable, and"
            + " compose-fix writes the fixed file beside the original before it renames it; nothing"
            + " written\n"
            + "Fixed 0 findings, 1 remaining; 1 file could not be processed\n",
        result.err());
    assertEquals(2, result.exitCode());
    assertEquals(yaml, Files.readString(file));
  }
}
