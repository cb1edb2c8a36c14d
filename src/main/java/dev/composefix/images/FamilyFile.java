package dev.composefix.images;

import dev.composefix.text.SourceText;
import dev.composefix.yaml.InvalidYamlException;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YScalar;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One built-in knowledge-base file: {@code family}, {@code sources} and {@code images}. */
final class FamilyFile {

  private FamilyFile() {}

  static List<ImageFacts> read(String file, SourceText source, YDocument document, LocalDate today)
      throws InvalidYamlException {
    Optional<YMapping> root = KnowledgeBase.root(document);
    if (root.isEmpty()) {
      throw new InvalidYamlException(0, "a knowledge-base file must be a mapping");
    }
    FactsReader reader = new FactsReader(file, today);
    reader.knownKeys(root.get(), Set.of("family", "sources", "images"), file);
    String family = file.substring(0, file.length() - ".yaml".length());
    Optional<YScalar> familyNode = Mappings.get(root.get(), "family").flatMap(Mappings::asScalar);
    if (familyNode.isEmpty() || !familyNode.get().value().equals(family)) {
      throw new InvalidYamlException(0, "'family' must be '" + family + "', the file's name");
    }
    reader.sources(
        Mappings.get(root.get(), "sources")
            .orElseThrow(() -> new InvalidYamlException(0, "no 'sources'")));
    List<ImageFacts> rows =
        reader.rows(
            Mappings.get(root.get(), "images")
                .orElseThrow(() -> new InvalidYamlException(0, "no 'images'")));
    reader.checkEverySourceCited();
    return rows;
  }

  /** A mistake as {@code file:line:col: message}. */
  static String message(String file, SourceText source, InvalidYamlException e) {
    return file + ":" + source.positionOf(e.offset()) + ": " + e.getMessage();
  }
}
