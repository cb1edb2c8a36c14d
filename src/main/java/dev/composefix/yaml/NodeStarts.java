package dev.composefix.yaml;

import dev.composefix.text.TextRange;
import java.util.Arrays;
import java.util.Collection;

/**
 * Where some nodes are written, sorted, to ask whether any of them stands inside a collection: a
 * walk that looks for those nodes can pass over a collection that holds none of them, since what a
 * collection holds as written lies between its start and its end.
 */
public final class NodeStarts {

  private final int[] starts;

  private NodeStarts(int[] starts) {
    this.starts = starts;
  }

  public static NodeStarts of(Collection<? extends YNode> nodes) {
    int[] starts = new int[nodes.size()];
    int i = 0;
    for (YNode node : nodes) {
      starts[i++] = node.span().start();
    }
    Arrays.sort(starts);
    return new NodeStarts(starts);
  }

  /** Whether one of the nodes starts within the node's text, from its start to its end. */
  public boolean anyWithin(YNode node) {
    TextRange span = node.span();
    int low = 0;
    int high = starts.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (starts[middle] < span.start()) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low < starts.length && starts[low] < span.end();
  }
}
