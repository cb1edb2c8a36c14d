package dev.composefix.images;

import dev.composefix.config.Config;
import dev.composefix.yaml.InvalidYamlException;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The user's own knowledge-base rows, from the {@code images:} section of {@code
 * .compose-fix.yaml}: {@code sources} and {@code rows}, validated as the built-in files are, with
 * ids unique and no two rows claiming the same image and tag.
 */
public final class UserImages {

  private UserImages() {}

  /**
   * Reads the section.
   *
   * @throws InvalidYamlException at the node that does not validate
   */
  public static List<ImageFacts> read(Config.Images images, String origin)
      throws InvalidYamlException {
    if (images.section().isEmpty()) {
      return List.of();
    }
    YNode node = images.section().get();
    if (!(Mappings.resolve(node) instanceof YMapping section)) {
      throw new InvalidYamlException(node.span().start(), "'images' must be a mapping");
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    FactsReader reader = new FactsReader(origin, today);
    reader.knownKeys(section, Set.of("sources", "rows"), "images");
    Optional<YNode> sources = Mappings.get(section, "sources");
    if (sources.isEmpty()) {
      throw new InvalidYamlException(
          node.span().start(), "images: no 'sources'; every fact names its source");
    }
    reader.sources(sources.get());
    Optional<YNode> rowsNode = Mappings.get(section, "rows");
    if (rowsNode.isEmpty()) {
      throw new InvalidYamlException(node.span().start(), "images: no 'rows'");
    }
    List<ImageFacts> rows = reader.rows(rowsNode.get());
    reader.checkEverySourceCited();
    Set<String> ids = new HashSet<>();
    for (ImageFacts row : rows) {
      if (!ids.add(row.id())) {
        throw new InvalidYamlException(
            rowsNode.get().span().start(), "images: two rows have id " + row.id());
      }
    }
    List<String> overlaps = RowOverlaps.find(rows, today);
    if (!overlaps.isEmpty()) {
      throw new InvalidYamlException(rowsNode.get().span().start(), "images: " + overlaps.get(0));
    }
    return rows;
  }
}
