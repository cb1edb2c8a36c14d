package dev.composefix.lint;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.Service;
import dev.composefix.yaml.YAlias;
import dev.composefix.yaml.YEntry;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YSequence;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Names the place a node belongs to, for the start of a message: the first service that reaches it,
 * through aliases and merge keys too ({@code service 'db'}), or else the top-level section that
 * holds it ({@code section 'x-env'}).
 */
public final class Places {

  private final Map<YNode, String> labels;

  private Places(int nodes) {
    labels = new IdentityHashMap<>(nodes);
  }

  public static Places of(ComposeFile compose) {
    Places places = new Places(compose.document().nodeCount());
    for (Service service : compose.services()) {
      places.mark(service.mapping(), "service '" + service.name() + "'", true);
    }
    for (YEntry entry : compose.root().entries()) {
      if (entry.keyText() != null && !entry.isMergeKey()) {
        places.mark(entry.value(), "section '" + entry.keyText() + "'", false);
      }
    }
    return places;
  }

  /** The place of a node, such as {@code service 'db'}. */
  public String of(YNode node) {
    return labels.getOrDefault(node, "the file");
  }

  private void mark(YNode top, String label, boolean followAliases) {
    Deque<YNode> pending = new ArrayDeque<>();
    pending.push(top);
    while (!pending.isEmpty()) {
      YNode node = pending.pop();
      if (labels.putIfAbsent(node, label) != null) {
        continue;
      }
      if (node instanceof YAlias alias && followAliases) {
        pending.push(alias.target());
      } else if (node instanceof YMapping mapping) {
        for (YEntry entry : mapping.entries()) {
          pending.push(entry.value());
        }
      } else if (node instanceof YSequence sequence) {
        for (YNode item : sequence.items()) {
          pending.push(item);
        }
      }
    }
  }
}
