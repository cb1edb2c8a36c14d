package dev.composefix.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.compose.ImageReference;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.InvalidYamlException;
import dev.composefix.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The built-in knowledge base: every file validates, every fact has a source (the reader refuses
 * one without), ids are unique, the index lists exactly the files' names, and no two rows claim the
 * same image and tag, at any example or range boundary of either.
 */
class KnowledgeBaseTest {

  private static final Path FOLDER =
      dev.composefix.support.Projects.root().resolve("src/main/resources/dev/composefix/images");

  private static List<Path> files() throws IOException {
    try (Stream<Path> list = Files.list(FOLDER)) {
      return list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  private static List<ImageFacts> read(Path file) throws Exception {
    SourceText source = SourceText.decode(Files.readAllBytes(file));
    String name = file.getFileName().toString();
    try {
      return FamilyFile.read(
          name, source, new YamlParser().parse(source), LocalDate.now(ZoneOffset.UTC));
    } catch (InvalidYamlException e) {
      throw new AssertionError(FamilyFile.message(name, source, e), e);
    }
  }

  @Test
  void looksEachImageUpOnceKeepingTagsAndDigestsApart() {
    KnowledgeBase knowledge = KnowledgeBase.builtIn().withUserRows(List.of());
    Optional<ImageFacts> sixteen = knowledge.find(reference("postgres:16"));
    assertTrue(sixteen.isPresent());
    assertSame(sixteen, knowledge.find(reference("docker.io/library/postgres:16")));
    assertEquals(
        knowledge.find("postgres", Optional.of(ImageTag.of(Optional.of("16")))).map(ImageFacts::id),
        sixteen.map(ImageFacts::id));
    Optional<ImageFacts> old = knowledge.find(reference("postgres:9.6"));
    assertEquals(
        knowledge
            .find("postgres", Optional.of(ImageTag.of(Optional.of("9.6"))))
            .map(ImageFacts::id),
        old.map(ImageFacts::id));
    assertNotEquals(sixteen.map(ImageFacts::id), old.map(ImageFacts::id));
    assertEquals(
        knowledge.find("postgres", Optional.empty()).map(ImageFacts::id),
        knowledge.find(reference("postgres@sha256:" + "a".repeat(64))).map(ImageFacts::id));
  }

  private static ImageReference reference(String text) {
    return ImageReference.parse(text).orElseThrow();
  }

  @Test
  void everyFileValidatesAndIdsAreUnique() throws Exception {
    List<String> duplicates = new ArrayList<>();
    Map<String, String> ids = new HashMap<>();
    for (Path file : files()) {
      for (ImageFacts row : read(file)) {
        String before = ids.put(row.id(), row.origin());
        if (before != null) {
          duplicates.add(row.id() + " in " + before + " and " + row.origin());
        }
      }
    }
    assertEquals(List.of(), duplicates);
  }

  @Test
  void theIndexListsEveryNameOfEveryFile() throws Exception {
    Set<String> lines = new TreeSet<>();
    for (Path file : files()) {
      String family = file.getFileName().toString().replaceFirst("\\.yaml$", "");
      for (ImageFacts row : read(file)) {
        row.names().forEach(name -> lines.add(name + " " + family));
      }
    }
    StringBuilder expected =
        new StringBuilder(
            "# image name, knowledge-base family; kept in step with the files by"
                + " KnowledgeBaseTest\n");
    lines.forEach(line -> expected.append(line).append('\n'));
    assertEquals(
        expected.toString(),
        Files.readString(FOLDER.resolve(KnowledgeBase.INDEX), StandardCharsets.UTF_8));
  }

  @Test
  void theBuiltInKnowledgeBaseReadsEveryFamily() throws Exception {
    assertEquals(
        files().stream()
            .map(f -> f.getFileName().toString().replaceFirst("\\.yaml$", ""))
            .sorted()
            .toList(),
        KnowledgeBase.builtIn().familyNames());
    int rows = 0;
    for (Path file : files()) {
      rows += read(file).size();
    }
    assertEquals(rows, KnowledgeBase.builtIn().rows().size());
  }

  @Test
  void noTwoRowsClaimTheSameImageAndTag() throws Exception {
    List<ImageFacts> rows = new ArrayList<>();
    for (Path file : files()) {
      rows.addAll(read(file));
    }
    assertEquals(List.of(), RowOverlaps.find(rows, LocalDate.now(ZoneOffset.UTC)));
  }
}
