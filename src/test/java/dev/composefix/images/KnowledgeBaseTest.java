package dev.composefix.images;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.text.SourceText;
import dev.composefix.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    } catch (FactsException e) {
      throw new AssertionError(FamilyFile.message(name, source, e), e);
    }
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
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<String> overlaps = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      for (int j = i + 1; j < rows.size(); j++) {
        ImageFacts a = rows.get(i);
        ImageFacts b = rows.get(j);
        if (a.names().stream().noneMatch(b.names()::contains)) {
          continue;
        }
        if (a.tags().coversEveryTag() && b.tags().coversEveryTag()) {
          overlaps.add(a.id() + " and " + b.id() + " both cover every tag");
          continue;
        }
        for (String tag : probeTags(a, b)) {
          Optional<ImageTag> parsed = Optional.of(ImageTag.of(Optional.of(tag)));
          if (a.tags().matches(parsed, today) && b.tags().matches(parsed, today)) {
            overlaps.add(a.id() + " and " + b.id() + " both match tag " + tag);
          }
        }
      }
    }
    assertEquals(List.of(), overlaps);
  }

  private static final Pattern BOUND = Pattern.compile("[<>=]+v?([\\d.]+|\\d{4}-\\d{2}-\\d{2})");

  /**
   * The tags two rows are tried on: their examples, {@code latest}, and each range bound of either,
   * bare and with each variant word of either.
   */
  private static Set<String> probeTags(ImageFacts a, ImageFacts b) {
    Set<String> tags = new LinkedHashSet<>(a.examples());
    tags.addAll(b.examples());
    tags.add("latest");
    Set<String> bounds = new LinkedHashSet<>();
    Set<String> variants = new LinkedHashSet<>();
    for (ImageFacts row : List.of(a, b)) {
      String ranges =
          row.tags().version().map(Object::toString).orElse("")
              + " "
              + row.tags().released().map(Object::toString).orElse("");
      Matcher bound = BOUND.matcher(ranges);
      while (bound.find()) {
        String value = bound.group(1);
        bounds.add(value.contains("-") ? "RELEASE." + value + "T00-00-00Z" : value);
      }
      variants.addAll(row.tags().anyVariant());
      variants.addAll(row.tags().noVariant());
    }
    for (String bound : bounds) {
      tags.add(bound);
      variants.forEach(variant -> tags.add(bound + "-" + variant));
    }
    return tags;
  }
}
