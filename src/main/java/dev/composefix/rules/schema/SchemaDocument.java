package dev.composefix.rules.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;

/**
 * The schema as JSON, to read what a keyword's surroundings say: its properties, items and
 * descriptions.
 */
final class SchemaDocument {

  /** How deep {@code $ref}s to {@code $ref}s are followed; the Compose schema needs one. */
  private static final int MAX_REFERENCES = 8;

  private final JsonNode root;

  SchemaDocument(JsonNode root) {
    this.root = root;
  }

  /**
   * The schema at a fragment path such as {@code definitions/healthcheck/properties/interval};
   * missing when absent.
   */
  JsonNode at(List<Object> fragment) {
    JsonNode node = root;
    for (Object segment : fragment) {
      String name = segment.toString();
      node =
          node.isArray() && name.chars().allMatch(Character::isDigit)
              ? node.path(Integer.parseInt(name))
              : node.path(name);
    }
    return node;
  }

  /** The schema a {@code $ref} within this document points to, or the schema itself. */
  JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    for (int i = 0; i < MAX_REFERENCES && current.has("$ref"); i++) {
      String reference = current.get("$ref").asText();
      if (!reference.startsWith("#/")) {
        return MissingNode.getInstance();
      }
      current = at(List.of((Object[]) reference.substring(2).split("/")));
    }
    return current;
  }
}
