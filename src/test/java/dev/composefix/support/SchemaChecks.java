package dev.composefix.support;

import dev.composefix.rules.schema.ComposeSchema;
import dev.composefix.rules.schema.SchemaViolation;
import dev.composefix.rules.schema.Variables;
import dev.composefix.text.InvalidEncodingException;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.InvalidYamlException;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YamlParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * The schema guarantee's yardstick: the file's violations, checked the way the corpus manifest was.
 */
public final class SchemaChecks {

  private SchemaChecks() {}

  /**
   * The violation messages of a file read literally (merge keys resolved, no interpolation), in
   * order, with line numbers inside messages made {@code line N}: fixes add lines above a
   * duplicate's first copy, which moves the number but not the problem.
   */
  public static List<String> literalViolations(Path file) throws IOException {
    try {
      YDocument document = new YamlParser().parse(SourceText.decode(Files.readAllBytes(file)));
      return literalViolations(document);
    } catch (InvalidEncodingException | InvalidYamlException e) {
      throw new AssertionError(file + " does not parse: " + e.getMessage(), e);
    }
  }

  public static List<String> literalViolations(YDocument document) {
    TreeSet<String> messages = new TreeSet<>();
    for (SchemaViolation violation : ComposeSchema.check(document, Variables.LITERAL)) {
      messages.add(violation.message().replaceAll("line \\d+", "line N"));
    }
    return List.copyOf(messages);
  }
}
