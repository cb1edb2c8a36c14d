package dev.composefix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build step writes each valid family's compact form and refuses a file with a mistake. */
class KnowledgeBaseBuildTest {

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
    try (Stream<Path> written = Files.list(out)) {
      assertEquals(
          List.of("acme.facts"), written.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}
