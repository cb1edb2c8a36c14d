package dev.composefix.secrets;

import dev.composefix.compose.EnvironmentEntry;
import dev.composefix.compose.Interpolation;
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
import dev.composefix.yaml.YamlTags;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a file holds secret values, so output can show them as {@code ****}: defaults of secret
 * variables ({@code ${DB_PASSWORD:-hunter2}}), literal values of secret environment variables
 * ({@code MINIO_ROOT_PASSWORD: minioadmin}), and passwords inside URLs ({@code
 * postgres://app:hunter2@db/app}). The secret rules use the same tests, so whatever they report is
 * masked.
 */
public final class SecretValues {

  private static final Set<String> SWITCHES =
      Set.of("true", "false", "yes", "no", "on", "off", "0", "1");

  /** Where Docker mounts secrets; a variable holding such a path names a secret file. */
  private static final String DOCKER_SECRETS = "/run/secrets/";

  private SecretValues() {}

  /**
   * The references in a string that give a secret variable a fallback default, such as {@code
   * ${DB_PASSWORD:-x}}, {@code ${DB_PASSWORD-x}} or {@code ${DB_PASSWORD:-}}, with offsets into the
   * string, in order. Left out: a default that is itself a required reference ({@code
   * ${A_PASSWORD:-${B_PASSWORD:?B is required}}}), which never supplies a value, and a default that
   * is a switch or a path ({@link #isSwitchOrPath}). References nested in the arguments of other
   * references are included.
   */
  public static List<Interpolation.Reference> secretDefaults(String text, Config.Secrets secrets) {
    List<Interpolation.Reference> found = new ArrayList<>();
    if (text.indexOf('$') >= 0) {
      collectSecretDefaults(text, Interpolation.references(text), secrets, found);
    }
    return found;
  }

  private static void collectSecretDefaults(
      String text,
      List<Interpolation.Reference> references,
      Config.Secrets secrets,
      List<Interpolation.Reference> found) {
    for (Interpolation.Reference reference : references) {
      if (reference.hasDefault()
          && SecretNames.isSecret(reference.name(), secrets)
          && !defaultIsRequired(text, reference)
          && !isSwitchOrPath(reference.argument(text))) {
        found.add(reference);
      } else if (!reference.hasEmptyArgument()) {
        collectSecretDefaults(text, Interpolation.nested(text, reference), secrets, found);
      }
    }
  }

  /**
   * {@code ${K_PASSWORD:+literal}}: the literal is what Compose writes when the secret is set,
   * often the secret itself or an option carrying it, so it is masked like a secret.
   */
  private static List<Interpolation.Reference> alternates(String text, Config.Secrets secrets) {
    List<Interpolation.Reference> found = new ArrayList<>();
    Deque<Interpolation.Reference> pending = new ArrayDeque<>();
    addAll(pending, Interpolation.references(text));
    while (!pending.isEmpty()) {
      Interpolation.Reference reference = pending.pop();
      String argument = reference.argument(text);
      if (reference.operator().endsWith("+")
          && SecretNames.isSecret(reference.name(), secrets)
          && !argument.isEmpty()
          && SecretsInText.isLiteral(argument)
          && !isSwitchOrPath(argument)) {
        found.add(reference);
      } else if (!reference.hasEmptyArgument()) {
        addAll(pending, Interpolation.nested(text, reference));
      }
    }
    return found;
  }

  /** Adds one by one: {@code ArrayDeque.addAll} links a method reference on every cold run. */
  private static void addAll(
      Deque<Interpolation.Reference> pending, List<Interpolation.Reference> references) {
    for (Interpolation.Reference reference : references) {
      pending.addLast(reference);
    }
  }

  /**
   * {@code ${A:-${B:?message}}}: the default stops Compose itself, so it never supplies a value.
   */
  private static boolean defaultIsRequired(String text, Interpolation.Reference reference) {
    List<Interpolation.Reference> nested = Interpolation.nested(text, reference);
    return nested.size() == 1
        && nested.get(0).start() == reference.argumentStart()
        && nested.get(0).end() == reference.argumentEnd()
        && nested.get(0).operator().equals(":?");
  }

  /**
   * Whether the value of a secret variable is a literal written into the file. Not hard-coded: an
   * empty value, a value with a variable reference anywhere ({@code $PW}, {@code ${PW}}, {@code
   * x-${PW}}), a switch and a path to a file (see {@link #isSwitchOrPath}).
   */
  public static boolean isHardCoded(String value) {
    return !value.isEmpty() && !Interpolation.hasReference(value) && !isSwitchOrPath(value);
  }

  /**
   * Values that a variable named like a secret holds without being one: switches such as {@code
   * MYSQL_RANDOM_ROOT_PASSWORD=yes}, and paths to the file that holds the secret ({@code
   * /run/secrets/db}, {@code /certs/tls.key}).
   */
  public static boolean isSwitchOrPath(String value) {
    return SWITCHES.contains(value.toLowerCase(Locale.ROOT))
        || value.startsWith(DOCKER_SECRETS)
        || isFilePath(value);
  }

  /**
   * Whether an environment entry holds a hard-coded value; a map value of YAML null passes the
   * variable through.
   */
  public static boolean isHardCoded(EnvironmentEntry entry) {
    if (entry.value().isEmpty() || entry.scalar().isEmpty()) {
      return false;
    }
    return (entry.listStyle() || !isNull(entry.scalar().get())) && isHardCoded(entry.value().get());
  }

  /** The ranges of the text that hold secret values, in file order, possibly overlapping. */
  public static List<TextRange> find(YDocument document, Config.Secrets secrets) {
    List<TextRange> ranges = new ArrayList<>();
    if (document.root().isEmpty()) {
      return ranges;
    }
    Deque<YNode> pending = new ArrayDeque<>();
    pending.push(document.root().get());
    while (!pending.isEmpty()) {
      YNode node = pending.pop();
      if (node instanceof YScalar scalar) {
        scanScalar(document, scalar, secrets, ranges);
      } else if (node instanceof YMapping mapping) {
        for (YEntry entry : mapping.entries()) {
          hardCoded(document, entry, secrets, ranges);
          // Keys are text too: "postgres://app:hunter2@db/app": primary.
          if (entry.key() instanceof YScalar key) {
            scanScalar(document, key, secrets, ranges);
          }
          pending.push(entry.value());
        }
      } else if (node instanceof YSequence sequence) {
        sequence.items().forEach(pending::push);
      }
    }
    return ranges;
  }

  /**
   * Defaults of secret variables, literals given when one is set ({@code ${K_PASSWORD:+literal}}),
   * URL passwords, assignments to secret names and password options, anywhere in a string; and
   * {@code SECRET=literal} items, whose value runs to the end.
   */
  private static void scanScalar(
      YDocument document, YScalar scalar, Config.Secrets secrets, List<TextRange> ranges) {
    String value = scalar.value();
    if (value.indexOf('$') >= 0) {
      for (Interpolation.Reference reference : secretDefaults(value, secrets)) {
        add(document, scalar, reference.argumentStart(), reference.argumentEnd(), ranges);
      }
      for (Interpolation.Reference reference : alternates(value, secrets)) {
        add(document, scalar, reference.argumentStart(), reference.argumentEnd(), ranges);
      }
    }
    for (int[] found : SecretsInText.find(value, secrets)) {
      add(document, scalar, found[0], found[1], ranges);
    }
    int equals = value.indexOf('=');
    if (equals > 0
        && !value.substring(0, equals).contains(" ")
        && SecretNames.isSecret(value.substring(0, equals), secrets)
        && isHardCoded(value.substring(equals + 1))) {
      // A list-style environment item, NAME=literal.
      add(document, scalar, equals + 1, value.length(), ranges);
    }
  }

  /**
   * {@code SECRET_NAME: literal} in a mapping, also when the value is an alias of an anchored
   * literal.
   */
  private static void hardCoded(
      YDocument document, YEntry entry, Config.Secrets secrets, List<TextRange> ranges) {
    String key = entry.keyText();
    if (key == null || Mappings.isReset(entry.value()) || !SecretNames.isSecret(key, secrets)) {
      return;
    }
    if (Mappings.resolve(entry.value()) instanceof YScalar scalar
        && !isNull(scalar)
        && isHardCoded(scalar.value())) {
      add(document, scalar, 0, scalar.value().length(), ranges);
    }
  }

  private static boolean isNull(YScalar scalar) {
    return YamlTags.NULL.equals(scalar.resolvedTag());
  }

  /**
   * Masks the value's characters {@code [from, to)}: from the source of the first to the source of
   * the last, so escapes in between are covered too; the whole scalar when they cannot be placed.
   */
  private static void add(
      YDocument document, YScalar scalar, int from, int to, List<TextRange> ranges) {
    if (from == to) {
      return;
    }
    Optional<ScalarSource> map = ScalarSource.of(scalar, document.source());
    Optional<Integer> start =
        map.flatMap(
            m ->
                m.sourceRange(from, from + 1)
                    .map(TextRange::start)
                    .or(
                        () ->
                            from > 0
                                ? m.sourceRange(from - 1, from).map(TextRange::end)
                                : Optional.empty()));
    Optional<Integer> end =
        map.flatMap(
            m ->
                m.sourceRange(to - 1, to)
                    .map(TextRange::end)
                    .or(
                        () ->
                            to < scalar.value().length()
                                ? m.sourceRange(to, to + 1).map(TextRange::start)
                                : Optional.empty()));
    if (start.isPresent() && end.isPresent() && start.get() < end.get()) {
      ranges.add(new TextRange(start.get(), end.get()));
    } else {
      ranges.add(scalar.span());
    }
  }

  /**
   * A reference to the file that holds a secret: {@code ./x} or {@code ../x}, an absolute path with
   * an extension ({@code /certs/tls.key}), or a relative one ({@code certs/tls.key}). Base64 and
   * hex secrets have no dot, and a secret with {@code +} or a space is no path.
   */
  static boolean isFilePath(String value) {
    if (value.startsWith("./") || value.startsWith("../")) {
      return value.chars().noneMatch(Character::isWhitespace);
    }
    int slash = value.indexOf('/');
    int dot = value.lastIndexOf('.');
    if (slash < 0 || dot < slash || dot == value.length() - 1 || value.length() - dot > 9) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean pathChar =
          Character.isLetterOrDigit(c) || c == '/' || c == '.' || c == '-' || c == '_';
      if (!pathChar || c == '/' && i + 1 < value.length() && value.charAt(i + 1) == '/') {
        return false;
      }
    }
    for (int i = dot + 1; i < value.length(); i++) {
      if (!Character.isLetterOrDigit(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
