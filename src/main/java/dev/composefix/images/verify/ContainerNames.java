package dev.composefix.images.verify;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names for the probe containers, {@code PREFIX-1}, {@code PREFIX-2}, ..., so that one stopped at
 * the timeout can be removed by name.
 */
public final class ContainerNames {

  private final String prefix;
  private final AtomicInteger count = new AtomicInteger();

  /**
   * @param prefix unique to this run, such as {@code compose-fix-} and the process id
   */
  public ContainerNames(String prefix) {
    this.prefix = prefix;
  }

  String next() {
    return prefix + "-" + count.incrementAndGet();
  }
}
