package dev.composefix.fix;

import dev.composefix.lint.Finding;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.YDocument;
import java.util.List;

/**
 * The result of fixing one file.
 *
 * @param original the file as read
 * @param fixed the file with every applicable fix made; equal to {@code original} when none applied
 * @param findings what the rules found in the original, positions in {@code original}
 * @param remaining what they still find in the fixed text, positions in {@code fixed}
 * @param fixedCount how many findings the applied fixes resolved, over all passes
 * @param originalDocument the parsed original
 * @param fixedDocument the parsed fixed text
 */
public record FixOutcome(
    SourceText original,
    SourceText fixed,
    List<Finding> findings,
    List<Finding> remaining,
    int fixedCount,
    YDocument originalDocument,
    YDocument fixedDocument) {

  public boolean changed() {
    return !original.text().equals(fixed.text());
  }
}
