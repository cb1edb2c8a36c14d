package dev.composefix.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.lint.Rule;
import dev.composefix.rules.BuiltInRules;
import dev.composefix.support.TempFolders;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.YamlParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Property tests over generated Compose documents, with every rule alone and all rules together,
 * safe fixes only and unsafe ones too. The number of tries is {@code jqwik.tries.default} ({@code
 * -Dfuzz.tries=N}, or {@code -Pfuzz} for the long run).
 */
class GeneratedDocumentsTest {

  private Path dir;

  @BeforeTry
  void makeFolder() throws Exception {
    dir = Files.createTempDirectory("compose-fix-fuzz");
  }

  @AfterTry
  void removeFolder() throws Exception {
    TempFolders.delete(dir);
  }

  @Provide
  Arbitrary<byte[]> documents() {
    return Arbitraries.longs()
        .map(
            seed -> {
              ComposeDocumentGenerator generator = new ComposeDocumentGenerator(seed);
              return generator.variant(generator.generate()).getBytes(StandardCharsets.UTF_8);
            });
  }

  @Provide
  Arbitrary<List<String>> selections() {
    List<List<String>> choices = new ArrayList<>();
    choices.add(List.of());
    choices.add(List.of("--unsafe-fixes"));
    for (Rule rule : BuiltInRules.ruleSet().all()) {
      choices.add(List.of("--select", rule.metadata().name()));
      choices.add(List.of("--select", rule.metadata().name(), "--unsafe-fixes"));
    }
    return Arbitraries.of(choices);
  }

  @Property
  void generatedDocumentsAreValidYaml(@ForAll("documents") byte[] document) throws Exception {
    new YamlParser().parse(SourceText.decode(document));
  }

  @Property
  void everyRunKeepsItsPromises(
      @ForAll("documents") byte[] document, @ForAll("selections") List<String> options)
      throws Exception {
    Invariants.check(dir, document, options);
  }

  @Property(tries = 20)
  void theSameSeedGivesTheSameDocument(@ForAll long seed) {
    assertEquals(
        new ComposeDocumentGenerator(seed).generate(),
        new ComposeDocumentGenerator(seed).generate());
  }
}
