package dev.composefix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's files are written all together or not at all. */
class ProjectWritesTest {

  private static final String BASE =
      "services:\n"
          + "  db:\n"
          + "    image: redis:7.2-alpine\n"
          + "    healthcheck:\n"
          + "      test: [CMD, redis-cli, ping]\n";
  private static final String OVERRIDE =
      "services:\n"
          + "  cache:\n"
          + "    image: redis:7.2-alpine\n"
          + "    healthcheck:\n"
          + "      test: [CMD, redis-cli, ping]\n";

  @TempDir Path dir;

  private String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      int code = Main.run(args, dir, Terminal.NONE, Map.of(), o, e);
      e.flush();
      return "exit " + code + "\n" + err;
    }
  }

  @Test
  void whenOneFileCannotBeWrittenNoneIs() throws Exception {
    Files.writeString(dir.resolve("compose.yaml"), BASE);
    Path override = Files.writeString(dir.resolve("compose.override.yaml"), OVERRIDE);
    Files.setPosixFilePermissions(override, PosixFilePermissions.fromString("r--r--r--"));
    assertEquals(
        "exit 2\n"
            + "compose.yaml:4:5: healthcheck-start-period [*] service 'db': healthcheck has no"
            + " start_period, so probes that fail while it starts count toward retries; add"
            + " start_period: 30s\n"
            + "compose.yaml:1:1: not written: compose.override.yaml of the same project cannot be"
            + " written, and a project's files are written all together or not at all\n"
            + "compose.override.yaml:4:5: healthcheck-start-period [*] service 'cache':"
            + " healthcheck has no start_period, so probes that fail while it starts count toward"
            + " retries; add start_period: 30s\n"
            + "compose.override.yaml:1:1: cannot write: the file is read-only; nothing written,"
            + " make it writable to fix it; so none of its project's files is written, since they"
            + " are written all together or not at all\n"
            + "Fixed 0 findings, 2 remaining; 2 files could not be processed\n",
        run("--write"));
    assertEquals(BASE, Files.readString(dir.resolve("compose.yaml")));
    assertEquals(OVERRIDE, Files.readString(override));
  }

  @Test
  void whenEveryFileCanBeWrittenAllAre() throws Exception {
    Files.writeString(dir.resolve("compose.yaml"), BASE);
    Files.writeString(dir.resolve("compose.override.yaml"), OVERRIDE);
    assertEquals("exit 0\nFixed 2 findings, 0 remaining\n", run("--write"));
    assertEquals(BASE + "      start_period: 30s\n", Files.readString(dir.resolve("compose.yaml")));
    assertEquals(
        OVERRIDE + "      start_period: 30s\n",
        Files.readString(dir.resolve("compose.override.yaml")));
  }
}
