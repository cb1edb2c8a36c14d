package dev.composefix.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads mappings the way Compose does: aliases stand for their anchors, and keys merged in with
 * {@code <<: *x} count as present unless the mapping writes them itself.
 */
public final class Mappings {

  private Mappings() {}

  /**
   * A key found in a mapping: the entry as written, the mapping that holds it, and whether it was
   * merged in.
   */
  public record Found(YEntry entry, YMapping owner, boolean inherited) {

    /** The value with aliases resolved. */
    public YNode value() {
      return resolve(entry.value());
    }
  }

  public static YNode resolve(YNode node) {
    return node instanceof YAlias alias ? alias.target() : node;
  }

  public static Optional<YMapping> asMapping(YNode node) {
    return resolve(node) instanceof YMapping mapping ? Optional.of(mapping) : Optional.empty();
  }

  public static Optional<YSequence> asSequence(YNode node) {
    return resolve(node) instanceof YSequence sequence ? Optional.of(sequence) : Optional.empty();
  }

  public static Optional<YScalar> asScalar(YNode node) {
    return resolve(node) instanceof YScalar scalar ? Optional.of(scalar) : Optional.empty();
  }

  /**
   * Whether a value is tagged {@code !reset}: Compose removes it, so the key counts as absent and
   * nothing merged in brings it back.
   */
  public static boolean isReset(YNode value) {
    Optional<String> tag = value.explicitTag();
    return tag.isPresent() && tag.get().equals(YamlTags.RESET);
  }

  /**
   * Looks a key up: the mapping's own entry first, then the mappings merged into it, in order. A
   * key whose own value is reset is absent.
   */
  public static Optional<Found> find(YMapping mapping, String key) {
    Optional<YEntry> own = mapping.ownEntry(key);
    if (own.isPresent()) {
      return isReset(own.get().value())
          ? Optional.empty()
          : Optional.of(new Found(own.get(), mapping, false));
    }
    for (YMapping source : mergeSources(mapping)) {
      Optional<Found> inherited = find(source, key);
      if (inherited.isPresent()) {
        Found found = inherited.get();
        return Optional.of(new Found(found.entry(), found.owner(), true));
      }
    }
    return Optional.empty();
  }

  /** The value of a key, resolved, when it is present. */
  public static Optional<YNode> get(YMapping mapping, String key) {
    Optional<Found> found = find(mapping, key);
    return found.isPresent() ? Optional.of(found.get().value()) : Optional.empty();
  }

  /** Every key the mapping has in Compose's eyes, own keys first, each once. */
  public static List<Found> effectiveEntries(YMapping mapping) {
    Map<String, Found> byKey = new LinkedHashMap<>();
    for (YEntry entry : mapping.entries()) {
      if (!entry.isMergeKey() && entry.keyText() != null) {
        byKey.putIfAbsent(entry.keyText(), new Found(entry, mapping, false));
      }
    }
    for (YMapping source : mergeSources(mapping)) {
      for (Found found : effectiveEntries(source)) {
        byKey.putIfAbsent(found.entry().keyText(), new Found(found.entry(), found.owner(), true));
      }
    }
    List<Found> effective = new ArrayList<>(byKey.size());
    for (Found found : byKey.values()) {
      if (found.inherited() || !isReset(found.entry().value())) {
        effective.add(found);
      }
    }
    return effective;
  }

  /** The mappings merged into this one with {@code <<}, in precedence order. */
  public static List<YMapping> mergeSources(YMapping mapping) {
    if (!mapping.mergesKeys()) {
      return List.of();
    }
    List<YMapping> sources = new ArrayList<>();
    for (YEntry entry : mapping.entries()) {
      if (!entry.isMergeKey()) {
        continue;
      }
      YNode value = resolve(entry.value());
      if (value instanceof YMapping source) {
        sources.add(source);
      } else if (value instanceof YSequence sequence) {
        for (YNode item : sequence.items()) {
          if (resolve(item) instanceof YMapping source) {
            sources.add(source);
          }
        }
      }
    }
    return sources;
  }
}
