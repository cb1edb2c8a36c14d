package dev.composefix.lint;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.Service;
import dev.composefix.yaml.NodeStarts;
import dev.composefix.yaml.YAlias;
import dev.composefix.yaml.YEntry;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Names the place a node belongs to, for the start of a message: the first service that reaches it,
 * through aliases and merge keys too ({@code service 'db'}), or else the top-level section that
 * holds it ({@code section 'x-env'}).
 */
public final class Places {

  private final Set<YNode> wanted;
  private final NodeStarts wantedStarts;
  private final NodeStarts aliasStarts;
  private final Map<YNode, String> labels;
  private final Set<YNode> walked = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<YNode> serviceMappings = Collections.newSetFromMap(new IdentityHashMap<>());

  private Places(Collection<? extends YNode> wanted, Collection<YAlias> aliases) {
    this.wanted = Collections.newSetFromMap(new IdentityHashMap<>(wanted.size()));
    this.wanted.addAll(wanted);
    this.wantedStarts = NodeStarts.of(wanted);
    this.aliasStarts = NodeStarts.of(aliases);
    this.labels = new IdentityHashMap<>(wanted.size());
  }

  /**
   * The places of the given nodes. Every service and section is walked, but only these nodes are
   * labelled: a table of every node of a large file cost more than the rule that asked.
   */
  public static Places of(ComposeFile compose, Collection<? extends YNode> wanted) {
    Places places = new Places(wanted, compose.document().aliases());
    if (wanted.isEmpty()) {
      return places;
    }
    for (Service service : compose.services()) {
      places.serviceMappings.add(service.mapping());
    }
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

  /**
   * Labels the wanted nodes under {@code top} that no earlier walk reached. A node is reached a
   * second time only through a node that can be reached from two places: an anchored node (through
   * its aliases) or a service's mapping (from the service and from the {@code services} section).
   * The walk stops at those when they were walked before, as a walk that labelled every node
   * stopped at any node labelled before.
   */
  private void mark(YNode top, String label, boolean followAliases) {
    Deque<YNode> pending = new ArrayDeque<>();
    pending.push(top);
    while (!pending.isEmpty()) {
      YNode node = pending.pop();
      if (reachableTwice(node) && !walked.add(node)) {
        continue;
      }
      if (node instanceof YScalar && wanted.contains(node)) {
        labels.putIfAbsent(node, label);
      }
      if (node instanceof YAlias alias && followAliases) {
        pending.push(alias.target());
      } else if (node instanceof YMapping mapping && mayLead(mapping, followAliases)) {
        for (YEntry entry : mapping.entries()) {
          pending.push(entry.value());
        }
      } else if (node instanceof YSequence sequence && mayLead(sequence, followAliases)) {
        for (YNode item : sequence.items()) {
          pending.push(item);
        }
      }
    }
  }

  /**
   * Whether a wanted node, or an alias the walk follows, is written inside the collection. One that
   * holds neither labels nothing however it is walked, so its nodes are not visited; its anchored
   * nodes are walked when an alias reaches them, as before.
   */
  private boolean mayLead(YNode collection, boolean followAliases) {
    return wantedStarts.anyWithin(collection) || followAliases && aliasStarts.anyWithin(collection);
  }

  private boolean reachableTwice(YNode node) {
    return node.anchor().isPresent() || node instanceof YMapping && serviceMappings.contains(node);
  }
}
