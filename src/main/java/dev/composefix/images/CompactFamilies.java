package dev.composefix.images;

import dev.composefix.text.InvalidEncodingException;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.InvalidYamlException;
import dev.composefix.yaml.ParserLimits;
import dev.composefix.yaml.YamlParser;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Each knowledge-base family's compact form ({@link CompactFamily}), made from its YAML file, which
 * stays the source of truth. The file is validated as the YAML reader does, so a file with a
 * mistake fails the build ({@code cli.KnowledgeBaseBuild} writes the forms, in one {@link
 * FamilyBundle}) with {@code file:line:col: message}.
 */
public final class CompactFamilies {

  private CompactFamilies() {}

  /**
   * A family's compact form from the bytes of its YAML file {@code name}.
   *
   * @throws InvalidYamlException when the file does not validate, with the message {@code
   *     file:line:col: ...}
   */
  public static byte[] compact(String name, byte[] yaml, LocalDate today)
      throws InvalidYamlException {
    List<ImageFacts> rows = read(name, yaml, today);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(bytes)) {
      CompactFamily.write(rows, data);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return bytes.toByteArray();
  }

  /** A family's rows from its YAML text, validated; a mistake reads {@code file:line:col: ...}. */
  static List<ImageFacts> read(String name, byte[] bytes, LocalDate today)
      throws InvalidYamlException {
    SourceText source;
    try {
      source = SourceText.decode(bytes);
    } catch (InvalidEncodingException e) {
      throw new InvalidYamlException(0, name + ": " + e.getMessage());
    }
    try {
      return FamilyFile.read(
          name, source, new YamlParser(ParserLimits.DEFAULTS).parse(source), today);
    } catch (InvalidYamlException e) {
      throw new InvalidYamlException(e.offset(), FamilyFile.message(name, source, e));
    }
  }
}
