package dev.composefix.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.support.Cli;
import dev.composefix.support.TempFolders;
import dev.composefix.support.UnifiedPatch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Property tests over generated projects: a base and an override that share service names, a file
 * that includes another, a service that extends one of another file, and a {@code .env}. Over every
 * file: each still parses, keeps its comments in order, the dry-run diff gives what {@code --write}
 * writes, and a second run changes nothing.
 */
class GeneratedProjectsTest {

  private static final String[] ENV_LINES = {
    "PG_TAG=latest",
    "PG_TAG=16.4-alpine",
    "POSTGRES_PASSWORD=from-env",
    "APP_IMAGE=redis:latest",
    "# a comment",
    "export TZ=UTC",
    "COMPOSE_PROJECT_NAME=generated"
  };

  private Path dir;

  @BeforeTry
  void makeFolder() throws IOException {
    dir = Files.createTempDirectory("compose-fix-projects");
  }

  @AfterTry
  void removeFolder() throws IOException {
    TempFolders.delete(dir);
  }

  /**
   * A project where an override's curl healthcheck runs on a base image that lacks curl: the first
   * run rewrote it to wget, and a second run rewrote the wget again.
   */
  @Example
  void aRewrittenProbeIsNotRewrittenAgain() throws IOException {
    everyFileOfAProjectKeepsItsPromises(712010L, true);
  }

  @Property
  void everyFileOfAProjectKeepsItsPromises(@ForAll long seed, @ForAll boolean unsafe)
      throws IOException {
    Random random = new Random(seed);
    write("compose.yaml", document(random.nextLong()));
    write("compose.override.yaml", document(random.nextLong()));
    write("inc/compose.yaml", document(random.nextLong()));
    write(
        "extra.compose.yaml",
        "include:\n  - inc/compose.yaml\nservices:\n  child:\n    extends:\n      file:"
            + " compose.yaml\n      service: "
            + (random.nextBoolean() ? "db" : "api")
            + "\n    image: postgres:latest\n");
    StringBuilder env = new StringBuilder();
    for (int i = random.nextInt(4); i > 0; i--) {
      env.append(ENV_LINES[random.nextInt(ENV_LINES.length)]).append('\n');
    }
    write(".env", env.toString());

    List<String> options = unsafe ? List.of("--unsafe-fixes") : List.of();
    Map<String, String> before = TempFolders.contents(dir);
    Cli.Result dryRun = Cli.run(dir, with(options, "--dry-run", "--show-secrets"));
    assertTrue(dryRun.exitCode() <= 1, "dry run works:\n" + dryRun.err());
    assertEquals(List.of(), Invariants.internalErrors(dryRun), "no internal error");
    Cli.Result write = Cli.run(dir, with(options, "--write"));
    assertTrue(write.exitCode() <= 1, "write works:\n" + write.err());
    Map<String, String> after = TempFolders.contents(dir);
    for (Map.Entry<String, String> file : after.entrySet()) {
      String name = file.getKey();
      byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
      if (name.endsWith(".yaml")) {
        assertEquals(
            Invariants.comments(before.get(name).getBytes(StandardCharsets.UTF_8)),
            Invariants.comments(bytes),
            name + ": every comment survives, in order");
      }
      assertEquals(
          file.getValue(),
          UnifiedPatch.apply(before.get(name), UnifiedPatch.partFor(dryRun.out(), name)),
          name + ": the dry-run diff gives the written file");
    }
    Cli.Result again = Cli.run(dir, with(options, "--write"));
    assertTrue(again.exitCode() <= 1, "second run works:\n" + again.err());
    assertEquals(after, TempFolders.contents(dir), "a second run changes nothing");
  }

  private static String document(long seed) {
    ComposeDocumentGenerator generator = new ComposeDocumentGenerator(seed);
    return generator.variant(generator.generate());
  }

  private void write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static List<String> with(List<String> options, String... more) {
    List<String> args = new ArrayList<>(List.of(more));
    args.addAll(options);
    return args;
  }
}
