package dev.composefix.images;

import dev.composefix.text.InvalidEncodingException;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.InvalidYamlException;
import dev.composefix.yaml.ParserLimits;
import dev.composefix.yaml.YamlParser;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The build step that writes each knowledge-base family's compact form ({@link CompactFamily})
 * beside the classes, from the YAML files, which stay the source of truth. It validates every file
 * as the YAML reader does, so a file with a mistake fails the build with {@code file:line:col:
 * message}. Run by Maven in {@code process-classes}:
 *
 * <pre>CompactFamilies YAML_FOLDER OUTPUT_FOLDER</pre>
 */
public final class CompactFamilies {

  /** The compact form's file name ending; the family's name comes before it. */
  static final String SUFFIX = ".facts";

  private CompactFamilies() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: CompactFamilies YAML_FOLDER OUTPUT_FOLDER");
    }
    List<String> mistakes = write(Path.of(args[0]), Path.of(args[1]));
    if (!mistakes.isEmpty()) {
      throw new IllegalStateException(String.join("\n", mistakes));
    }
  }

  /** Writes every family's compact form; returns the mistakes of the files that have any. */
  static List<String> write(Path yamlFolder, Path outputFolder) throws IOException {
    Files.createDirectories(outputFolder);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<String> mistakes = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(yamlFolder, "*.yaml")) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        String family = name.substring(0, name.length() - ".yaml".length());
        try {
          List<ImageFacts> rows = read(name, Files.readAllBytes(file), today);
          try (OutputStream out = Files.newOutputStream(outputFolder.resolve(family + SUFFIX));
              DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out))) {
            CompactFamily.write(rows, data);
          }
        } catch (InvalidYamlException e) {
          mistakes.add(e.getMessage());
        }
      }
    }
    return mistakes;
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
