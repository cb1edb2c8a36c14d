package dev.composefix.support;

import dev.composefix.text.SourceText;
import dev.composefix.yaml.InvalidYamlException;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YamlParser;

/** Parsing shortcuts for tests. */
public final class Yaml {

  private Yaml() {}

  public static YDocument parse(String text) {
    try {
      return new YamlParser().parse(SourceText.of(text));
    } catch (InvalidYamlException e) {
      throw new AssertionError("test YAML does not parse: " + e.getMessage(), e);
    }
  }

  /** The node at a dotted path of mapping keys, aliases resolved. */
  public static YNode at(YDocument document, String path) {
    YNode node = document.root().orElseThrow();
    if (path.isEmpty()) {
      return node;
    }
    for (String key : path.split("\\.")) {
      YMapping mapping =
          Mappings.asMapping(node)
              .orElseThrow(() -> new AssertionError("not a mapping before " + key));
      node = Mappings.get(mapping, key).orElseThrow(() -> new AssertionError("no key " + key));
    }
    return node;
  }

  public static YMapping mappingAt(YDocument document, String path) {
    return Mappings.asMapping(at(document, path)).orElseThrow();
  }
}
