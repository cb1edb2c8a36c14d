package dev.composefix.project;

import dev.composefix.text.SourceText;
import dev.composefix.yaml.YNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A value of the merged project, remembering where it is written: the file and the node. A
 * mapping's origin is the last file that wrote the mapping; each entry has its own.
 */
public sealed interface Merged {

  /**
   * Where a value is written.
   *
   * @param file the file's display name
   * @param layer the place in the project's merge order of the file that defines the service (for a
   *     service another file's service extends, the extending file's)
   * @param node the node in that file
   * @param source that file's text
   */
  record Origin(String file, int layer, YNode node, SourceText source) {

    /** The line the value is written on. */
    public int line() {
      return source.positionOf(node.span().start()).line();
    }
  }

  Origin origin();

  /** A mapping: keys in the order they were first written. */
  record Mapping(Map<String, Merged> entries, Origin origin) implements Merged {
    public Mapping {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public Optional<Merged> get(String key) {
      return Optional.ofNullable(entries.get(key));
    }
  }

  /** A sequence, merged item by item. */
  record Sequence(List<Merged> items, Origin origin) implements Merged {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /** A scalar, with its text as written (before interpolation). */
  record Scalar(String value, Origin origin) implements Merged {}

  /** The value at a path of mapping keys, such as {@code healthcheck, start_period}. */
  default Optional<Merged> at(String... path) {
    Merged current = this;
    for (String key : path) {
      if (!(current instanceof Mapping mapping)) {
        return Optional.empty();
      }
      Optional<Merged> next = mapping.get(key);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      current = next.get();
    }
    return Optional.of(current);
  }
}
