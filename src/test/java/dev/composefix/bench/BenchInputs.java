package dev.composefix.bench;

import dev.composefix.fix.FixFailedException;
import dev.composefix.fix.FixLoop;
import dev.composefix.support.Projects;
import dev.composefix.text.InvalidEncodingException;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.InvalidYamlException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The texts a benchmark works on, read before it starts timing. */
final class BenchInputs {

  private static final String GENERATED = "generated-";

  private BenchInputs() {}

  /**
   * {@code corpus}: every corpus file that the tool fixes (the two with duplicate keys, which it
   * refuses, are left out, so that every operation does the whole job); {@code generated-N}: the
   * generator's file of N services with its default seed.
   */
  static List<SourceText> load(String input, FixLoop fixer) throws IOException {
    if (input.startsWith(GENERATED)) {
      int services = Integer.parseInt(input.substring(GENERATED.length()));
      return List.of(
          SourceText.of(ComposeGenerator.generate(services, ComposeGenerator.DEFAULT_SEED)));
    }
    if (!input.equals("corpus")) {
      throw new IllegalArgumentException(
          "unknown input '" + input + "'; use corpus or generated-N");
    }
    Path corpus =
        Projects.corpus()
            .orElseThrow(() -> new IllegalStateException(Projects.corpusMissingMessage()));
    List<SourceText> sources = new ArrayList<>();
    for (Path file : Projects.corpusFiles(corpus)) {
      SourceText source = fixable(Files.readAllBytes(file), fixer);
      if (source != null) {
        sources.add(source);
      }
    }
    return List.copyOf(sources);
  }

  /** The decoded text, or null for a file the tool refuses. */
  private static SourceText fixable(byte[] bytes, FixLoop fixer) {
    try {
      SourceText source = SourceText.decode(bytes);
      fixer.fix(source);
      return source;
    } catch (InvalidEncodingException | InvalidYamlException | FixFailedException e) {
      return null;
    }
  }
}
