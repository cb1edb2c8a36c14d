package dev.composefix.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.text.InvalidEncodingException;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.InvalidYamlException;
import dev.composefix.yaml.YamlParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The corpus as tests that write use it: the files it parses, each copied before anything writes.
 */
public final class CorpusCopies {

  private CorpusCopies() {}

  /**
   * One corpus file, copied.
   *
   * @param where its path inside the corpus
   * @param copy the copy, which a test may write
   * @param source the copy's text
   */
  public record Copy(String where, Path copy, SourceText source) {}

  /**
   * The corpus files the parser accepts, in order; the refused ones are checked to be exactly the
   * known ones.
   */
  public static List<Path> parsableFiles(Path corpus) throws IOException {
    List<Path> parsable = new ArrayList<>();
    Map<String, String> refused = new TreeMap<>();
    for (Path file : Projects.corpusFiles(corpus)) {
      SourceText source = decode(file);
      try {
        new YamlParser().parse(source);
        parsable.add(file);
      } catch (InvalidYamlException e) {
        refused.put(
            corpus.relativize(file).toString(),
            source.positionOf(e.offset()) + ": " + e.getMessage());
      }
    }
    assertEquals(
        new TreeMap<>(CorpusFacts.REFUSED),
        refused,
        "only the known-invalid corpus files are refused");
    return parsable;
  }

  /** Every parsable corpus file, copied into {@code work}. */
  public static List<Copy> copies(Path corpus, Path work) throws IOException {
    List<Copy> copies = new ArrayList<>();
    for (Path original : parsableFiles(corpus)) {
      String where = corpus.relativize(original).toString();
      Path copy = work.resolve(where.replace('/', '_'));
      Files.copy(original, copy, StandardCopyOption.REPLACE_EXISTING);
      copies.add(new Copy(where, copy, decode(copy)));
    }
    return copies;
  }

  private static SourceText decode(Path file) throws IOException {
    try {
      return SourceText.decode(Files.readAllBytes(file));
    } catch (InvalidEncodingException e) {
      throw new AssertionError(file + ": " + e.getMessage(), e);
    }
  }
}
