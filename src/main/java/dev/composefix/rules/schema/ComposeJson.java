package dev.composefix.rules.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.ScalarStyle;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import dev.composefix.yaml.YamlParser;
import dev.composefix.yaml.YamlTags;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;

/**
 * The data of a YAML tree as JSON, the way Compose's loader hands it to the schema: aliases
 * expanded, merge keys applied (a mapping's own keys win), no interpolation, and scalars typed by
 * the YAML 1.2 core schema. {@link NodeLocator} walks the same rules back to the nodes.
 */
final class ComposeJson {

  /**
   * Compose's tag for "drop what the files merged so far set here"; it removes the key before
   * validation.
   */
  static final String RESET_TAG = "!reset";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ComposeJson() {}

  static JsonNode of(YNode node) {
    YNode target = Mappings.resolve(node);
    if (target instanceof YScalar scalar) {
      return scalar(scalar);
    }
    if (target instanceof YSequence sequence) {
      ArrayNode array = JSON.arrayNode(sequence.items().size());
      for (YNode item : sequence.items()) {
        array.add(of(item));
      }
      return array;
    }
    ObjectNode object = JSON.objectNode();
    for (Mappings.Found found : Mappings.effectiveEntries((YMapping) target)) {
      if (!isReset(found.entry().value())) {
        object.set(found.entry().keyText(), of(found.entry().value()));
      }
    }
    return object;
  }

  static boolean isReset(YNode value) {
    return value.explicitTag().filter(RESET_TAG::equals).isPresent();
  }

  static JsonNode scalar(YScalar scalar) {
    String value = scalar.value();
    String tag = typeTag(scalar);
    if (YamlTags.NULL.equals(tag)) {
      return JSON.nullNode();
    }
    if (YamlTags.BOOL.equals(tag)) {
      return JSON.booleanNode(value.toLowerCase(Locale.ROOT).equals("true"));
    }
    if (YamlTags.INT.equals(tag)) {
      return integer(value).map(ComposeJson::integerNode).orElseGet(() -> JSON.textNode(value));
    }
    if (YamlTags.FLOAT.equals(tag)) {
      return decimal(value).<JsonNode>map(JSON::numberNode).orElseGet(() -> JSON.textNode(value));
    }
    return JSON.textNode(value);
  }

  /**
   * The core-schema tag that decides the scalar's JSON type. A tag of Compose's own, such as {@code
   * !override}, says how to merge files, not what the value is, so the value is read as if it had
   * none.
   */
  private static String typeTag(YScalar scalar) {
    Optional<String> explicit = scalar.explicitTag();
    if (explicit.isEmpty() || explicit.get().startsWith("tag:yaml.org,2002:")) {
      return scalar.resolvedTag();
    }
    return scalar.style() == ScalarStyle.PLAIN
        ? YamlParser.resolvePlain(scalar.value())
        : YamlTags.STR;
  }

  private static JsonNode integerNode(BigInteger value) {
    return value.bitLength() < Long.SIZE
        ? JSON.numberNode(value.longValue())
        : JSON.numberNode(value);
  }

  /**
   * A core-schema integer: decimal with an optional sign, {@code 0o} octal or {@code 0x}
   * hexadecimal.
   */
  static Optional<BigInteger> integer(String text) {
    try {
      if (text.startsWith("0o")) {
        return Optional.of(new BigInteger(text.substring(2), 8));
      }
      if (text.startsWith("0x")) {
        return Optional.of(new BigInteger(text.substring(2), 16));
      }
      return Optional.of(new BigInteger(text.startsWith("+") ? text.substring(1) : text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A core-schema float, {@code .inf} and {@code .nan} included. */
  static Optional<Double> decimal(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    switch (lower) {
      case ".inf", "+.inf" -> {
        return Optional.of(Double.POSITIVE_INFINITY);
      }
      case "-.inf" -> {
        return Optional.of(Double.NEGATIVE_INFINITY);
      }
      case ".nan" -> {
        return Optional.of(Double.NaN);
      }
      default -> {
        try {
          return Optional.of(Double.parseDouble(text));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      }
    }
  }
}
