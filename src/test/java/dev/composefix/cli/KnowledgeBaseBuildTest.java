package dev.composefix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.images.CompactFamilies;
import dev.composefix.images.FamilyBundle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build step writes every family's compact form into one bundle, or refuses a file with a
 * mistake.
 */
class KnowledgeBaseBuildTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  @Test
  void theBuildStepRefusesAFileWithAMistakeAtItsLine(@TempDir Path temp) throws Exception {
    Path yaml = Files.createDirectories(temp.resolve("yaml"));
    Files.writeString(
        yaml.resolve("broken.yaml"),
        "family: broken\nsources: {}\nimages:\n  - id: x\n    colour: red\n",
        StandardCharsets.UTF_8);
    Files.copy(
        dev.composefix.support.Projects.root()
            .resolve("src/test/resources/compact-family/acme.yaml"),
        yaml.resolve("acme.yaml"));
    Path out = temp.resolve("out");
    List<String> mistakes = KnowledgeBaseBuild.write(yaml, out);
    assertEquals(
        List.of(
            "broken.yaml:5:5: row x: unknown key 'colour'; allowed keys: credentials, endpoints,"
                + " examples, health, healthcheck, id, names, notes, ports, role, shell, tags,"
                + " tools, user, workers"),
        mistakes);
    // The build fails, so it writes no bundle that would lack the broken family.
    try (Stream<Path> written = Files.list(out)) {
      assertEquals(List.of(), written.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void theBuildStepWritesEveryFamilyIntoOneBundle(@TempDir Path temp) throws Exception {
    Path yaml = Files.createDirectories(temp.resolve("yaml"));
    Path acme =
        dev.composefix.support.Projects.root()
            .resolve("src/test/resources/compact-family/acme.yaml");
    Files.copy(acme, yaml.resolve("acme.yaml"));
    // A second family: the same rows under another family name.
    Files.writeString(
        yaml.resolve("acme2.yaml"),
        Files.readString(acme, StandardCharsets.UTF_8).replace("family: acme\n", "family: acme2\n"),
        StandardCharsets.UTF_8);
    Path out = temp.resolve("out");
    assertEquals(List.of(), KnowledgeBaseBuild.write(yaml, out));
    try (Stream<Path> written = Files.list(out)) {
      assertEquals(
          List.of("families.facts"),
          written.map(p -> p.getFileName().toString()).sorted().toList());
    }
    byte[] one = CompactFamilies.compact("acme.yaml", Files.readAllBytes(acme), TODAY);
    byte[] two =
        CompactFamilies.compact(
            "acme2.yaml", Files.readAllBytes(yaml.resolve("acme2.yaml")), TODAY);
    Map<String, byte[]> families = new LinkedHashMap<>();
    families.put("acme", one);
    families.put("acme2", two);
    assertArrayEquals(
        FamilyBundle.write(families), Files.readAllBytes(out.resolve("families.facts")));
  }
}
