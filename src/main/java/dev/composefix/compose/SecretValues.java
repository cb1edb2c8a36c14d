package dev.composefix.compose;

import dev.composefix.config.Config;
import dev.composefix.text.TextRange;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.ScalarSource;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YEntry;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a file holds secret values, so output can show them as {@code ****}: defaults of secret
 * variables ({@code ${DB_PASSWORD:-hunter2}}), literal values of secret environment variables
 * ({@code MINIO_ROOT_PASSWORD: minioadmin}), and passwords inside URLs
 * ({@code postgres://app:hunter2@db/app}).
 */
public final class SecretValues {

  private static final Pattern URL_PASSWORD = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s:/@]*:([^\\s@/]+)@");

  private SecretValues() {}

  /** The ranges of the text that hold secret values, in file order, possibly overlapping. */
  public static List<TextRange> find(YDocument document, Config config) {
    List<TextRange> ranges = new ArrayList<>();
    if (document.root().isEmpty()) {
      return ranges;
    }
    Deque<YNode> pending = new ArrayDeque<>();
    pending.push(document.root().get());
    while (!pending.isEmpty()) {
      YNode node = pending.pop();
      if (node instanceof YScalar scalar) {
        scanScalar(document, scalar, config, ranges);
      } else if (node instanceof YMapping mapping) {
        for (YEntry entry : mapping.entries()) {
          hardCoded(document, entry, config, ranges);
          pending.push(entry.value());
        }
      } else if (node instanceof YSequence sequence) {
        sequence.items().forEach(pending::push);
      }
    }
    return ranges;
  }

  /** Defaults of secret variables and URL passwords, anywhere in a string. */
  private static void scanScalar(YDocument document, YScalar scalar, Config config, List<TextRange> ranges) {
    String value = scalar.value();
    if (value.indexOf('$') >= 0) {
      secretDefaults(document, scalar, value, 0, config, ranges);
    }
    Matcher url = URL_PASSWORD.matcher(value);
    while (url.find()) {
      if (!url.group(1).startsWith("$")) {
        add(document, scalar, url.start(1), url.end(1), ranges);
      }
    }
    int equals = value.indexOf('=');
    if (equals > 0 && !value.substring(0, equals).contains(" ") && SecretNames.isSecret(value.substring(0, equals), config)
        && equals + 1 < value.length() && !Interpolation.hasReference(value.substring(equals + 1))) {
      // A list-style environment item, NAME=literal.
      add(document, scalar, equals + 1, value.length(), ranges);
    }
  }

  private static void secretDefaults(YDocument document, YScalar scalar, String text, int base, Config config,
      List<TextRange> ranges) {
    for (Interpolation.Reference reference : Interpolation.references(text)) {
      if (reference.argumentEnd() == reference.argumentStart()) {
        continue;
      }
      if (reference.hasDefault() && SecretNames.isSecret(reference.name(), config)) {
        add(document, scalar, base + reference.argumentStart(), base + reference.argumentEnd(), ranges);
      } else {
        secretDefaults(document, scalar, reference.argument(text), base + reference.argumentStart(), config, ranges);
      }
    }
  }

  /** {@code SECRET_NAME: literal} in a mapping. */
  private static void hardCoded(YDocument document, YEntry entry, Config config, List<TextRange> ranges) {
    String key = entry.keyText();
    if (key == null || !SecretNames.isSecret(key, config)) {
      return;
    }
    if (Mappings.resolve(entry.value()) instanceof YScalar scalar && entry.value() instanceof YScalar
        && !scalar.isEmptyPlain() && !Interpolation.hasReference(scalar.value())) {
      add(document, scalar, 0, scalar.value().length(), ranges);
    }
  }

  private static void add(YDocument document, YScalar scalar, int from, int to, List<TextRange> ranges) {
    Optional<TextRange> exact = ScalarSource.of(scalar, document.source()).flatMap(map -> map.sourceRange(from, to));
    ranges.add(exact.orElse(scalar.span()));
  }
}
