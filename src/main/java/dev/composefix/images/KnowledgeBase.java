package dev.composefix.images;

import dev.composefix.compose.ImageReference;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The image knowledge base: what compose-fix knows of images, one YAML file per image family in
 * this package's resource folder, with the user's own rows from {@code .compose-fix.yaml} in front.
 * A family's file is read the first time a service's image may be in it, through {@code index.txt}
 * (image name, family); a test keeps the index and the files in step and validates every row.
 */
public final class KnowledgeBase {

  static final String FOLDER = "/dev/composefix/images/";
  static final String INDEX = "index.txt";

  private static final class BuiltIn {
    static final KnowledgeBase INSTANCE = new KnowledgeBase(readIndex(), List.of());
  }

  private final Map<String, List<String>> familiesByName;
  private final Map<String, List<ImageFacts>> families;
  private final List<ImageFacts> userRows;

  /** Rows already found, by normalized name and ":tag", or "@" for a digest alone. */
  private final Map<String, Optional<ImageFacts>> found = new ConcurrentHashMap<>();

  private KnowledgeBase(Map<String, List<String>> familiesByName, List<ImageFacts> userRows) {
    this(familiesByName, new ConcurrentHashMap<>(), userRows);
  }

  private KnowledgeBase(
      Map<String, List<String>> familiesByName,
      Map<String, List<ImageFacts>> families,
      List<ImageFacts> userRows) {
    this.familiesByName = familiesByName;
    this.families = families;
    this.userRows = List.copyOf(userRows);
  }

  /** The rows that ship with compose-fix. */
  public static KnowledgeBase builtIn() {
    return BuiltIn.INSTANCE;
  }

  /** This knowledge base with the user's rows in front of the built-in ones. */
  public KnowledgeBase withUserRows(List<ImageFacts> rows) {
    if (rows.isEmpty() && userRows.isEmpty()) {
      return this;
    }
    return new KnowledgeBase(familiesByName, families, rows);
  }

  /**
   * The row for an image reference: the user's first, then the built-in one. Each image is looked
   * up once per knowledge base: a file names the same few images in many services, and every rule
   * that knows images asks for each service, in every pass of the fix loop.
   */
  public Optional<ImageFacts> find(ImageReference image) {
    boolean digestOnly = image.tag().isEmpty() && image.digest().isPresent();
    String key = image.normalizedName() + (digestOnly ? "@" : ":" + image.tag());
    Optional<ImageFacts> known = found.get(key);
    if (known == null) {
      Optional<ImageTag> tag =
          digestOnly ? Optional.empty() : Optional.of(ImageTag.of(image.tag()));
      known = find(image.normalizedName(), tag);
      found.put(key, known);
    }
    return known;
  }

  /**
   * The row for an image name and tag.
   *
   * @param name a normalized image name
   * @param tag the tag; empty for an image pinned by digest alone
   */
  public Optional<ImageFacts> find(String name, Optional<ImageTag> tag) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    for (ImageFacts row : userRows) {
      if (row.names().contains(name) && row.tags().matches(tag, today)) {
        return Optional.of(row);
      }
    }
    for (String family : familiesByName.getOrDefault(name, List.of())) {
      for (ImageFacts row : family(family)) {
        if (row.names().contains(name) && row.tags().matches(tag, today)) {
          return Optional.of(row);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The facts every row of an image agrees on, for a service whose tag is not known; empty when no
   * row names the image. The user's rows for the name, when there are any, are the only ones read.
   */
  public Optional<ImageFacts> findAnyTag(String name) {
    List<ImageFacts> user = new ArrayList<>();
    for (ImageFacts row : userRows) {
      if (row.names().contains(name)) {
        user.add(row);
      }
    }
    if (!user.isEmpty()) {
      return Consensus.of(name, user);
    }
    List<ImageFacts> rows = new ArrayList<>();
    for (String family : familiesByName.getOrDefault(name, List.of())) {
      for (ImageFacts row : family(family)) {
        if (row.names().contains(name)) {
          rows.add(row);
        }
      }
    }
    return Consensus.of(name, rows);
  }

  /** True when some row names the image, whatever its tag. */
  public boolean knowsName(String name) {
    if (familiesByName.containsKey(name)) {
      return true;
    }
    for (ImageFacts row : userRows) {
      if (row.names().contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** Every row: the user's, then the built-in ones by family. */
  public List<ImageFacts> rows() {
    List<ImageFacts> all = new ArrayList<>(userRows);
    for (String family : familyNames()) {
      all.addAll(family(family));
    }
    return all;
  }

  /** The built-in families, in the index's order. */
  public List<String> familyNames() {
    Set<String> names = new java.util.LinkedHashSet<>();
    familiesByName.values().forEach(names::addAll);
    return names.stream().sorted().toList();
  }

  /** A built-in family's rows, read once. */
  List<ImageFacts> family(String family) {
    List<ImageFacts> rows = families.get(family);
    if (rows == null) {
      rows = readFamily(family);
      List<ImageFacts> earlier = families.putIfAbsent(family, rows);
      if (earlier != null) {
        rows = earlier;
      }
    }
    return rows;
  }

  private static List<ImageFacts> readFamily(String family) {
    try (DataInputStream in = Bundle.INSTANCE.family(family)) {
      return CompactFamily.read(in);
    } catch (IOException e) {
      throw new IllegalStateException(
          "knowledge base file " + FamilyBundle.FILE + ", family " + family + ": " + e.getMessage(),
          e);
    }
  }

  /** The families' compact forms, found in the jar once, the first time a family is read. */
  private static final class Bundle {
    static final FamilyBundle INSTANCE = read();

    private static FamilyBundle read() {
      try (InputStream in = KnowledgeBase.class.getResourceAsStream(FOLDER + FamilyBundle.FILE)) {
        if (in == null) {
          throw new IllegalStateException(
              "knowledge base file " + FamilyBundle.FILE + " is missing");
        }
        return FamilyBundle.read(in);
      } catch (IOException e) {
        throw new IllegalStateException(
            "knowledge base file " + FamilyBundle.FILE + ": " + e.getMessage(), e);
      }
    }
  }

  private static Map<String, List<String>> readIndex() {
    String text = new String(resource(INDEX), StandardCharsets.UTF_8);
    Map<String, List<String>> index = new LinkedHashMap<>();
    // Lines of "name family", as the test that keeps the index writes them.
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      int space = text.indexOf(' ', start);
      if (text.charAt(start) != '#' && space > start && space < end) {
        String name = text.substring(start, space);
        List<String> families = index.get(name);
        if (families == null) {
          families = new ArrayList<>(1);
          index.put(name, families);
        }
        families.add(text.substring(space + 1, end));
      }
      start = end + 1;
    }
    return index;
  }

  static byte[] resource(String file) {
    try (InputStream in = KnowledgeBase.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("knowledge base file " + file + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the root mapping of a YAML document, for readers of whole files. */
  static Optional<YMapping> root(YDocument document) {
    Optional<YNode> root = document.root();
    return root.isPresent() && Mappings.resolve(root.get()) instanceof YMapping mapping
        ? Optional.of(mapping)
        : Optional.empty();
  }
}
