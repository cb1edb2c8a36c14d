package dev.composefix.hygiene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.composefix.support.Projects;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The npm package's manifest agrees with the pom and with its own launcher: pre-commit's node hooks
 * pack package.json as it is committed, and a platform package of another version is refused at run
 * time, so a release whose versions differ would install and then not run.
 */
class ReleaseFilesTest {

  private static final String VERSION = System.getProperty("project.version", "0.1.0-SNAPSHOT");

  @Test
  void packageJsonHasThePomsVersionAndAPlatformPackageForEachBuild() throws IOException {
    JsonNode manifest =
        new ObjectMapper().readTree(Files.readString(Projects.root().resolve("package.json")));
    assertEquals(VERSION, manifest.get("version").asText());
    Map<String, String> optional = new TreeMap<>();
    manifest
        .get("optionalDependencies")
        .fields()
        .forEachRemaining(entry -> optional.put(entry.getKey(), entry.getValue().asText()));
    Map<String, String> expected = new TreeMap<>();
    for (String platform : launcherPlatforms()) {
      expected.put("compose-fix-" + platform, VERSION);
    }
    assertEquals(expected, optional);
    assertEquals("bin/compose-fix.js", manifest.get("bin").get("compose-fix").asText());
  }

  /** The platforms bin/compose-fix.js knows, which the release workflow builds. */
  private static List<String> launcherPlatforms() throws IOException {
    String launcher = Files.readString(Projects.root().resolve("bin/compose-fix.js"));
    Matcher list = Pattern.compile("const PLATFORMS = \\[([^\\]]*)\\];").matcher(launcher);
    assertEquals(true, list.find(), "bin/compose-fix.js lists its platforms");
    List<String> platforms = new ArrayList<>();
    Matcher name = Pattern.compile("'([a-z0-9-]+)'").matcher(list.group(1));
    while (name.find()) {
      platforms.add(name.group(1));
    }
    String workflow = Files.readString(Projects.root().resolve(".github/workflows/release.yml"));
    for (String platform : platforms) {
      assertEquals(
          true,
          workflow.contains("{platform: " + platform + ", runner: "),
          "the release workflow builds " + platform);
    }
    assertEquals(5, platforms.size(), platforms.toString());
    return platforms;
  }
}
