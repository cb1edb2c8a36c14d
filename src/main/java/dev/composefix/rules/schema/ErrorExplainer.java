package dev.composefix.rules.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import dev.composefix.compose.Interpolation;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the validator's errors into violations a person can act on, each at its node.
 *
 * <p>The validator reports a failed {@code oneOf} together with every error of every form it tried,
 * which for {@code environment: [A=1, A=1]} reads "must be valid to one and only one schema",
 * "array found, object expected" and "must have only unique items". The errors are grouped under
 * their {@code oneOf} by evaluation path and instance location; when exactly one form accepts the
 * value's kind (a list here), its errors are the explanation, and otherwise the message lists the
 * forms ("expected a string or a list of strings, got 5").
 */
final class ErrorExplainer {

  private static final Set<String> COLLECTION_TYPES = Set.of("object", "array");

  private final SchemaDocument schemas;
  private final SchemaWords words;
  private final YDocument document;
  private final NodeLocator locator;
  private final Variables variables;

  ErrorExplainer(SchemaDocument schemas, YDocument document, YNode root, Variables variables) {
    this.schemas = schemas;
    this.words = new SchemaWords(schemas);
    this.document = document;
    this.locator = new NodeLocator(root);
    this.variables = variables;
  }

  /** One error, with the errors of its forms when it is a {@code oneOf}. */
  private static final class Node {
    final Error error;
    final List<Object> instance;
    final List<Object> evaluation;
    final Map<Integer, List<Node>> forms = new TreeMap<>();

    Node(Error error) {
      this.error = error;
      this.instance = segments(error.getInstanceLocation());
      this.evaluation = segments(error.getEvaluationPath());
    }

    boolean isOneOf() {
      return "oneOf".equals(error.getKeyword());
    }

    /**
     * The path of the schema that holds the keyword, e.g. {@code
     * definitions/healthcheck/properties/interval}.
     */
    List<Object> ownerFragment() {
      List<Object> fragment = segments(error.getSchemaLocation().getFragment());
      return fragment.isEmpty() ? fragment : fragment.subList(0, fragment.size() - 1);
    }
  }

  static List<Object> segments(NodePath path) {
    List<Object> segments = new ArrayList<>(path.getNameCount());
    for (int i = 0; i < path.getNameCount(); i++) {
      segments.add(path.getElement(i));
    }
    return segments;
  }

  List<SchemaViolation> explain(List<Error> errors) {
    List<Node> nodes = errors.stream().map(Node::new).toList();
    Map<String, Node> oneOfs = new HashMap<>();
    for (Node node : nodes) {
      if (node.isOneOf()) {
        oneOfs.put(key(node.evaluation, node.instance), node);
      }
    }
    List<Node> roots = new ArrayList<>();
    for (Node node : nodes) {
      if (!attachToOneOf(node, oneOfs)) {
        roots.add(node);
      }
    }
    return new ArrayList<>(new LinkedHashSet<>(explainAll(roots)));
  }

  /** Files an error under the nearest {@code oneOf} it was found in, if any; false at the top. */
  private static boolean attachToOneOf(Node node, Map<String, Node> oneOfs) {
    for (int length = node.evaluation.size() - 1; length > 0; length--) {
      if (!"oneOf".equals(node.evaluation.get(length - 1))) {
        continue;
      }
      List<Object> oneOfPath = node.evaluation.subList(0, length);
      for (int depth = node.instance.size(); depth >= 0; depth--) {
        Node parent = oneOfs.get(key(oneOfPath, node.instance.subList(0, depth)));
        if (parent != null) {
          int form = Integer.parseInt(node.evaluation.get(length).toString());
          parent.forms.computeIfAbsent(form, f -> new ArrayList<>()).add(node);
          return true;
        }
      }
    }
    return false;
  }

  private static String key(List<Object> evaluation, List<Object> instance) {
    return evaluation + "\u0000" + instance;
  }

  private List<SchemaViolation> explainAll(List<Node> nodes) {
    List<SchemaViolation> violations = new ArrayList<>();
    for (Node node : nodes) {
      violations.addAll(node.isOneOf() ? oneOf(node) : leaf(node));
    }
    return violations;
  }

  private List<SchemaViolation> oneOf(Node node) {
    NodeLocator.Place place = locator.locate(node.instance);
    String path = InstancePath.text(node.instance);
    JsonNode owner = schemas.at(node.ownerFragment());
    if (validForms(node) > 1) {
      return List.of(
          new SchemaViolation(
              place.value(),
              path
                  + ": fits more than one of the forms Compose allows here ("
                  + words.expected(owner)
                  + "), and it must fit exactly one"));
    }
    int formCount = node.error.getSchemaNode().size();
    List<List<SchemaViolation>> explained = new ArrayList<>();
    List<Integer> sameKind = new ArrayList<>();
    for (int form = 0; form < formCount; form++) {
      List<Node> errors = node.forms.getOrDefault(form, List.of());
      List<SchemaViolation> violations = explainAll(errors);
      if (!errors.isEmpty() && violations.isEmpty()) {
        // Every error of this form was about a value that variables decide: it may hold.
        return List.of();
      }
      explained.add(violations);
      if (!rejectsKind(node, errors)) {
        sameKind.add(form);
      }
    }
    if (sameKind.size() == 1 && !explained.get(sameKind.get(0)).isEmpty()) {
      return explained.get(sameKind.get(0));
    }
    return List.of(
        new SchemaViolation(
            place.value(),
            path
                + ": expected "
                + words.expected(owner)
                + ", got "
                + SchemaWords.actual(place.value(), node.error.getInstanceNode())));
  }

  private static int validForms(Node node) {
    Object[] arguments = node.error.getArguments();
    try {
      return arguments == null || arguments.length == 0
          ? 0
          : Integer.parseInt(String.valueOf(arguments[0]));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * Whether a form's errors say the value is of the wrong kind altogether: a string where it wants
   * a list.
   */
  private static boolean rejectsKind(Node oneOf, List<Node> errors) {
    for (Node error : errors) {
      if (!error.instance.equals(oneOf.instance)) {
        continue;
      }
      if ("type".equals(error.error.getKeyword())) {
        return true;
      }
      if (error.isOneOf() && everyFormRejectsKind(error)) {
        return true;
      }
    }
    return false;
  }

  private static boolean everyFormRejectsKind(Node oneOf) {
    for (int form = 0; form < oneOf.error.getSchemaNode().size(); form++) {
      List<Node> errors = oneOf.forms.get(form);
      if (errors == null || !rejectsKind(oneOf, errors)) {
        return false;
      }
    }
    return true;
  }

  private List<SchemaViolation> leaf(Node node) {
    Error error = node.error;
    JsonNode instance = error.getInstanceNode();
    String keyword = error.getKeyword();
    if (variables == Variables.UNKNOWN
        && holdsVariables(instance)
        && !("type".equals(keyword) && wantsCollection(error))) {
      return List.of();
    }
    NodeLocator.Place place = locator.locate(node.instance);
    String path = InstancePath.text(node.instance);
    String actual = SchemaWords.actual(place.value(), instance);
    JsonNode schema = error.getSchemaNode();
    return switch (keyword) {
      case "type" ->
          one(
              place.value(),
              path
                  + ": expected "
                  + words.expected(schemas.at(node.ownerFragment()))
                  + ", got "
                  + actual);
      case "enum" ->
          one(
              place.value(),
              path + ": expected " + SchemaWords.enumeration(schema) + ", got " + actual);
      case "pattern" ->
          one(
              place.value(),
              path + ": expected a value matching " + schema.asText() + ", got " + actual);
      case "minimum" ->
          one(place.value(), path + ": expected at least " + schema.asText() + ", got " + actual);
      case "maximum" ->
          one(place.value(), path + ": expected at most " + schema.asText() + ", got " + actual);
      case "required" ->
          one(place.keyOrValue(), path + ": missing required key '" + error.getProperty() + "'");
      case "additionalProperties" -> unknownKey(node, path);
      case "uniqueItems" -> duplicates(node, place, path);
      default -> one(place.value(), path + ": " + error.getMessage());
    };
  }

  private static List<SchemaViolation> one(YNode at, String message) {
    return List.of(new SchemaViolation(at, message));
  }

  /**
   * A string with a variable in it is only text until Compose interpolates it and converts it to
   * the scalar the field needs, so only "this wants a mapping or a list" can be decided now.
   */
  private static boolean holdsVariables(JsonNode instance) {
    return instance != null
        && instance.isTextual()
        && Interpolation.hasReference(instance.asText());
  }

  private static boolean wantsCollection(Error error) {
    JsonNode types = error.getSchemaNode();
    if (types.isTextual()) {
      return COLLECTION_TYPES.contains(types.asText());
    }
    for (JsonNode type : types) {
      if (!COLLECTION_TYPES.contains(type.asText())) {
        return false;
      }
    }
    return types.size() > 0;
  }

  private List<SchemaViolation> unknownKey(Node node, String path) {
    String key = node.error.getProperty();
    List<Object> keyPath = new ArrayList<>(node.instance);
    keyPath.add(key);
    YNode at = locator.locate(keyPath).keyOrValue();
    return one(at, path + ": " + UnknownKeys.describe(key, schemas.at(node.ownerFragment())));
  }

  /** Each later copy of an item, at that copy, with the line of the first. */
  private List<SchemaViolation> duplicates(Node node, NodeLocator.Place place, String path) {
    JsonNode items = node.error.getInstanceNode();
    Map<JsonNode, Integer> first = new HashMap<>();
    List<SchemaViolation> violations = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Integer earlier = first.putIfAbsent(items.get(i), i);
      if (earlier != null) {
        YNode copy = item(node, i);
        violations.add(
            new SchemaViolation(
                copy,
                path
                    + ": "
                    + SchemaWords.actual(copy, items.get(i))
                    + " is listed twice (first on line "
                    + document.source().positionOf(item(node, earlier).span().start()).line()
                    + ")"));
      }
    }
    return violations.isEmpty()
        ? one(place.value(), path + ": " + node.error.getMessage())
        : violations;
  }

  private YNode item(Node node, int index) {
    List<Object> itemPath = new ArrayList<>(node.instance);
    itemPath.add(index);
    return locator.locate(itemPath).value();
  }
}
