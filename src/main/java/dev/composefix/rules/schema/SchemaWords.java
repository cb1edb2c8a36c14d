package dev.composefix.rules.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a schema asks for and what a value is, in words: "a string or a list of strings", "got 30".
 */
final class SchemaWords {

  /** Longer strings are described, not quoted: a message should stay one readable line. */
  private static final int LONGEST_QUOTED = 60;

  private final SchemaDocument schemas;

  SchemaWords(SchemaDocument schemas) {
    this.schemas = schemas;
  }

  /**
   * What a schema accepts, e.g. "a duration like 30s", "one of host or private", "a mapping or a
   * list of strings".
   */
  String expected(JsonNode schema) {
    return alternatives(join(forms(schema)));
  }

  private List<String> forms(JsonNode schema) {
    JsonNode resolved = schemas.resolve(schema);
    List<String> forms = new ArrayList<>();
    if (resolved.has("enum")) {
      forms.add(enumeration(resolved.get("enum")));
      return forms;
    }
    if (resolved.has("oneOf")) {
      for (JsonNode branch : resolved.get("oneOf")) {
        forms.addAll(forms(branch));
      }
      return forms;
    }
    JsonNode type = resolved.get("type");
    if (type == null) {
      forms.add("a value");
    } else if (type.isArray()) {
      type.forEach(t -> forms.add(type(t.asText(), resolved)));
    } else {
      forms.add(type(type.asText(), resolved));
    }
    return forms;
  }

  private static List<String> join(List<String> forms) {
    Set<String> unique = new LinkedHashSet<>(forms);
    return new ArrayList<>(unique);
  }

  private String type(String type, JsonNode schema) {
    return switch (type) {
      case "string" -> isDuration(schema) ? "a duration like 30s" : "a string";
      case "number" -> "a number";
      case "integer" -> "an integer";
      case "boolean" -> "a boolean";
      case "null" -> "an empty value";
      case "object" -> "a mapping";
      case "array" -> list(schema);
      default -> type;
    };
  }

  private String list(JsonNode schema) {
    JsonNode items = schema.has("items") ? schemas.resolve(schema.get("items")) : null;
    String itemType = items == null || items.get("type") == null ? "" : items.get("type").asText();
    return switch (itemType) {
      case "string" -> "a list of strings";
      case "object" -> "a list of mappings";
      default -> "a list";
    };
  }

  /**
   * The schema writes durations as strings described "(e.g., '1s', '1m30s')"; it has no format for
   * them, so the description is what tells a duration from any other string.
   */
  private static boolean isDuration(JsonNode schema) {
    return schema.path("description").asText().contains("'1m30s'");
  }

  /** "all", or "one of host or private". */
  static String enumeration(JsonNode values) {
    List<String> texts = new ArrayList<>();
    values.forEach(value -> texts.add(value.isTextual() ? value.asText() : value.toString()));
    return texts.size() == 1 ? texts.get(0) : "one of " + alternatives(texts);
  }

  /** "a", "a or b", "a, b or c". */
  static String alternatives(List<String> texts) {
    if (texts.size() == 1) {
      return texts.get(0);
    }
    return String.join(", ", texts.subList(0, texts.size() - 1))
        + " or "
        + texts.get(texts.size() - 1);
  }

  /**
   * A value as the message shows it after "got": numbers and booleans as written, strings quoted,
   * collections and empty values by their kind.
   */
  static String actual(YNode node, JsonNode json) {
    if (json.isObject() || node instanceof YMapping) {
      return "a mapping";
    }
    if (json.isArray() || node instanceof YSequence) {
      return "a list";
    }
    String written = node instanceof YScalar scalar ? scalar.value() : json.asText();
    if (json.isNull()) {
      return node instanceof YScalar scalar && scalar.isEmptyPlain() ? "an empty value" : "null";
    }
    if (!json.isTextual()) {
      return written;
    }
    return quoted(json.asText());
  }

  /** A string in single quotes, or its length when it is too long for one line. */
  static String quoted(String text) {
    if (text.length() > LONGEST_QUOTED || text.indexOf('\n') >= 0) {
      return "a string of " + text.codePointCount(0, text.length()) + " characters";
    }
    return "'" + text + "'";
  }
}
