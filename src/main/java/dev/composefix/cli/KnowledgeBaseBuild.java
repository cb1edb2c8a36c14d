package dev.composefix.cli;

import dev.composefix.images.CompactFamilies;
import dev.composefix.images.FamilyBundle;
import dev.composefix.yaml.InvalidYamlException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The build step that writes every knowledge-base family's compact form beside the classes, in one
 * bundle, so that a run reads a family without the YAML parser. Run by Maven in {@code
 * process-classes}; a file with a mistake fails the build with {@code file:line:col: message}. Here
 * because only the command line writes files.
 *
 * <pre>KnowledgeBaseBuild YAML_FOLDER OUTPUT_FOLDER</pre>
 */
public final class KnowledgeBaseBuild {

  private KnowledgeBaseBuild() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: KnowledgeBaseBuild YAML_FOLDER OUTPUT_FOLDER");
    }
    List<String> mistakes = write(Path.of(args[0]), Path.of(args[1]));
    if (!mistakes.isEmpty()) {
      throw new IllegalStateException(String.join("\n", mistakes));
    }
  }

  /**
   * Writes every family's compact form into one bundle ({@link FamilyBundle}), unless a file has a
   * mistake; returns the mistakes of the files that have any.
   */
  static List<String> write(Path yamlFolder, Path outputFolder) throws IOException {
    Files.createDirectories(outputFolder);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<String> mistakes = new ArrayList<>();
    // Sorted, so that the bundle's bytes do not depend on the order the folder lists its files.
    Map<String, byte[]> families = new TreeMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(yamlFolder, "*.yaml")) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        String family = name.substring(0, name.length() - ".yaml".length());
        try {
          families.put(family, CompactFamilies.compact(name, Files.readAllBytes(file), today));
        } catch (InvalidYamlException e) {
          mistakes.add(e.getMessage());
        }
      }
    }
    if (mistakes.isEmpty()) {
      Files.write(outputFolder.resolve(FamilyBundle.FILE), FamilyBundle.write(families));
    }
    mistakes.sort(null);
    return mistakes;
  }
}
