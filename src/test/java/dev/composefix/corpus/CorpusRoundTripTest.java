package dev.composefix.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.support.CorpusCopies;
import dev.composefix.support.Projects;
import dev.composefix.text.SourceText;
import dev.composefix.text.TextEdits;
import dev.composefix.yaml.ScalarSource;
import dev.composefix.yaml.ScalarStyle;
import dev.composefix.yaml.YAlias;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YEntry;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import dev.composefix.yaml.YamlParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every corpus file, parsed with no edits, gives back every byte; and every node's span holds
 * exactly that node's text.
 */
class CorpusRoundTripTest {

  private static Path corpus() {
    Optional<Path> corpus = Projects.corpus();
    Assumptions.assumeTrue(corpus.isPresent(), Projects.corpusMissingMessage());
    return corpus.get();
  }

  @Test
  void parsingWithoutEditsReproducesEveryByte() throws Exception {
    List<Path> files = Projects.corpusFiles(corpus());
    List<Path> parsable = CorpusCopies.parsableFiles(corpus());
    List<String> failures = new ArrayList<>();
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      SourceText source = SourceText.decode(bytes);
      if (parsable.contains(file)) {
        new YamlParser().parse(source);
      }
      byte[] again = source.withText(TextEdits.apply(source.text(), List.of())).encode();
      if (!java.util.Arrays.equals(bytes, again)) {
        failures.add(file.toString());
      }
    }
    System.out.printf(
        "round trip: %d of %d corpus files byte-identical (%d parsed, %d refused for duplicate"
            + " keys)%n",
        files.size() - failures.size(),
        files.size(),
        parsable.size(),
        files.size() - parsable.size());
    assertEquals(List.of(), failures);
    assertEquals(178, files.size(), "the corpus README promises 178 files");
  }

  @Test
  void variantsRoundTripToo() throws Exception {
    for (Path file : CorpusCopies.parsableFiles(corpus())) {
      String text = Files.readString(file);
      String variant = "\uFEFF" + text.replace("\n", "\r\n");
      byte[] bytes = variant.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      SourceText source = SourceText.decode(bytes);
      new YamlParser().parse(source);
      assertArrayEquals(bytes, source.encode(), file.toString());
    }
  }

  @Test
  void spansHoldExactlyTheirNodes() throws Exception {
    int scalars = 0;
    for (Path file : CorpusCopies.parsableFiles(corpus())) {
      YDocument document = new YamlParser().parse(SourceText.decode(Files.readAllBytes(file)));
      String text = document.source().text();
      Deque<YNode> pending = new ArrayDeque<>();
      document.root().ifPresent(pending::push);
      while (!pending.isEmpty()) {
        YNode node = pending.pop();
        String where = file + " " + document.source().positionOf(node.span().start());
        String slice = document.source().slice(node.span());
        if (node instanceof YScalar scalar) {
          scalars++;
          boolean mapped = ScalarSource.of(scalar, document.source()).isPresent();
          boolean explicitIndent =
              scalar.style().isBlock() && slice.lines().findFirst().orElse("").matches(".*\\d.*");
          assertTrue(
              mapped || explicitIndent,
              where + ": the span does not decode to the value: " + slice);
          if (scalar.style() == ScalarStyle.SINGLE_QUOTED) {
            assertTrue(slice.startsWith("'") && slice.endsWith("'"), where);
          }
          if (scalar.style() == ScalarStyle.DOUBLE_QUOTED) {
            assertTrue(slice.startsWith("\"") && slice.endsWith("\""), where);
          }
        } else if (node instanceof YAlias alias) {
          assertEquals("*" + alias.name(), slice, where);
        } else if (node instanceof YMapping mapping) {
          if (mapping.isFlow()) {
            assertTrue(
                slice.startsWith("{") && slice.endsWith("}") || !slice.startsWith("{"), where);
          } else if (!mapping.entries().isEmpty()) {
            YEntry last = mapping.entries().get(mapping.entries().size() - 1);
            assertEquals(
                mapping.entries().get(0).key().span().start(), mapping.span().start(), where);
            assertEquals(
                Math.max(last.key().span().end(), last.value().span().end()),
                mapping.span().end(),
                where);
          }
          for (YEntry entry : mapping.entries()) {
            pending.push(entry.key());
            pending.push(entry.value());
          }
        } else if (node instanceof YSequence sequence) {
          if (sequence.isFlow()) {
            assertTrue(slice.startsWith("[") && slice.endsWith("]"), where);
          } else {
            assertEquals('-', text.charAt(sequence.span().start()), where);
          }
          sequence.items().forEach(pending::push);
        }
        assertTrue(
            !slice.startsWith("&") && !slice.startsWith("!"),
            where + ": span includes an anchor or tag");
      }
    }
    assertTrue(scalars > 10_000, "the walk reached the scalars");
  }
}
