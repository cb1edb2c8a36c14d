package dev.composefix.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compact form of the knowledge base holds exactly what the YAML files say: every family, read
 * by the built-in knowledge base from what the build wrote, equals its YAML file read and validated
 * now; and the build step refuses a file with a mistake.
 */
class CompactFamilyTest {

  private static final Path FOLDER =
      dev.composefix.support.Projects.root().resolve("src/main/resources/dev/composefix/images");
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  @Test
  void everyBuiltFamilyEqualsItsYamlFile() throws Exception {
    List<String> differ = new ArrayList<>();
    int families = 0;
    try (Stream<Path> list = Files.list(FOLDER)) {
      for (Path file : list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        String name = file.getFileName().toString();
        List<ImageFacts> yaml = CompactFamilies.read(name, Files.readAllBytes(file), TODAY);
        String family = name.substring(0, name.length() - ".yaml".length());
        if (!yaml.equals(KnowledgeBase.builtIn().family(family))) {
          differ.add(family);
        }
        families++;
      }
    }
    assertEquals(List.of(), differ);
    assertEquals(KnowledgeBase.builtIn().familyNames().size(), families);
  }

  @Test
  void aRowWithEveryKindOfFactSurvivesTheRoundTrip() throws Exception {
    List<ImageFacts> rows =
        CompactFamilies.read("acme.yaml", Files.readAllBytes(Path.of(fixture("acme.yaml"))), TODAY);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CompactFamily.write(rows, new DataOutputStream(bytes));
    List<ImageFacts> back =
        CompactFamily.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertEquals(rows, back);
    assertEquals(2, back.size());
    // Sources are shared, not copied, as the YAML reader shares them.
    assertEquals(
        System.identityHashCode(back.get(0).shell().get().sources().get(0)),
        System.identityHashCode(back.get(1).shell().get().sources().get(0)));
  }

  @Test
  void aFileOfAnotherLayoutIsRefused() {
    byte[] old = {0x43, 0x46, 0x00, 0x00, 0, 0, 0, 0};
    IOException e =
        assertThrows(
            IOException.class,
            () -> CompactFamily.read(new DataInputStream(new ByteArrayInputStream(old))));
    assertEquals("not a compact knowledge-base family of this build", e.getMessage());
  }

  private static String fixture(String name) {
    return dev.composefix.support.Projects.root()
        .resolve("src/test/resources/compact-family/" + name)
        .toString();
  }
}
