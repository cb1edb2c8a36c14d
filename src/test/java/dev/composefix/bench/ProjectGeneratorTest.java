package dev.composefix.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.compose.ComposeFile;
import dev.composefix.support.Cli;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YamlParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated project is one stack of several files that reaches the cross-service paths. */
class ProjectGeneratorTest {

  @TempDir Path dir;

  private static Map<String, String> files(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(path).toString(), Files.readString(path));
      }
    }
    return files;
  }

  @Test
  void theSameSizeGivesTheSameFiles() throws IOException {
    ProjectGenerator.main(new String[] {"40", dir.resolve("a").toString()});
    ProjectGenerator.write(dir.resolve("b"), 40);
    assertEquals(files(dir.resolve("a")), files(dir.resolve("b")));
    assertEquals(
        List.of(
            ".env",
            "b0/Dockerfile",
            "b1/Dockerfile",
            "b2/Dockerfile",
            "b3/Dockerfile",
            "b4/Dockerfile",
            "base/compose.yaml",
            "compose.override.yaml",
            "compose.yaml",
            "included/compose.yaml"),
        List.copyOf(files(dir.resolve("a")).keySet()));
  }

  @Test
  void everySizeTheBenchmarkUsesIsAValidComposeFile() throws Exception {
    // Two extends in one service once made the 1,500-service file a duplicate key.
    for (int services : new int[] {150, 1500}) {
      YDocument document =
          new YamlParser().parse(SourceText.of(ProjectGenerator.compose(services)));
      assertEquals(services, ComposeFile.of(document).orElseThrow().services().size());
    }
  }

  @Test
  void itIsCheckedAsOneProjectWhoseBuildsStartFromEachOther() throws IOException {
    ProjectGenerator.write(dir, 40);
    Cli.Result result = Cli.run(dir, "--check", ".");
    assertEquals(1, result.exitCode());
    Map<String, Integer> byFile = new TreeMap<>();
    Map<String, Integer> byRule = new TreeMap<>();
    String s7 = null;
    for (String line : result.err().lines().toList()) {
      String[] parts = line.split(" ", 3);
      if (parts[0].matches(".+:\\d+:\\d+:")) {
        byFile.merge(parts[0].substring(0, parts[0].indexOf(':')), 1, Integer::sum);
        byRule.merge(parts[1], 1, Integer::sum);
        if (parts[0].equals("compose.yaml:73:3:")) {
          s7 = line;
        }
      }
    }
    assertEquals(Map.of("compose.yaml", 59, "included/compose.yaml", 4), byFile);
    assertEquals(
        Map.of(
            "curl-flags", 6,
            "healthcheck-missing", 25,
            "healthcheck-start-period", 14,
            "healthcheck-tool", 8,
            "secret-default", 10),
        byRule);
    // s7 builds b1, whose Dockerfile starts FROM the image s0 builds from b0.
    assertEquals(
        "compose.yaml:73:3: healthcheck-missing service 's7': API service (the image built from"
            + " ./b1/Dockerfile on acme/b0:1) has no healthcheck, so a hung or still-starting"
            + " container counts as up; add one that speaks tcp to its port, or at least connects"
            + " to it, with a start_period (no automatic fix: for the image built from"
            + " ./b1/Dockerfile on acme/b0:1: to connect to port 8080 it needs bash or nc -z, and"
            + " whether it has bash, nc is not known)",
        s7);
  }
}
