package dev.composefix.rules.schema;

import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YSequence;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds where a value of the JSON tree is written in the YAML tree: walks a path of keys and item
 * indexes through the nodes by the rules {@link ComposeJson} built the tree with, merge keys and
 * aliases included, so a value merged in from an anchor is found in the anchor.
 */
public final class NodeLocator {

  private final YNode root;

  /**
   * Each mapping's keys, indexed on first use: a file with thousands of services has thousands of
   * paths through one mapping.
   */
  private final Map<YMapping, Map<String, Mappings.Found>> keys = new IdentityHashMap<>();

  /**
   * Where a value is written.
   *
   * @param key the key naming it in the mapping that holds it; null for a sequence item and the
   *     root
   * @param value the value's node, aliases resolved
   */
  public record Place(YNode key, YNode value) {

    /**
     * The key when the value has one, which names the value better than a block that starts lines
     * below.
     */
    public YNode keyOrValue() {
      return key != null ? key : value;
    }
  }

  public NodeLocator(YNode root) {
    this.root = root;
  }

  /**
   * The place at a path of keys ({@link String}) and item indexes ({@link Integer}); a path that
   * leaves the tree ends at the last node it reached.
   */
  public Place locate(List<Object> path) {
    YNode key = null;
    YNode value = Mappings.resolve(root);
    for (Object segment : path) {
      Optional<Place> next = step(value, segment);
      if (next.isEmpty()) {
        break;
      }
      key = next.get().key();
      value = next.get().value();
    }
    return new Place(key, value);
  }

  private Optional<Place> step(YNode node, Object segment) {
    if (node instanceof YMapping mapping && segment instanceof String name) {
      return Optional.ofNullable(keysOf(mapping).get(name))
          .filter(found -> !ComposeJson.isReset(found.entry().value()))
          .map(found -> new Place(found.entry().key(), found.value()));
    }
    if (node instanceof YSequence sequence
        && segment instanceof Integer index
        && index >= 0
        && index < sequence.items().size()) {
      return Optional.of(new Place(null, Mappings.resolve(sequence.items().get(index))));
    }
    return Optional.empty();
  }

  /** The keys as {@link Mappings#find} sees them: the mapping's own first, then those merged in. */
  private Map<String, Mappings.Found> keysOf(YMapping mapping) {
    return keys.computeIfAbsent(
        mapping,
        m -> {
          Map<String, Mappings.Found> index = new HashMap<>();
          Mappings.effectiveEntries(m)
              .forEach(found -> index.putIfAbsent(found.entry().keyText(), found));
          return index;
        });
  }
}
