package dev.composefix.images;

/** Whether an image has a program. */
public enum Presence {
  PRESENT,
  ABSENT,
  /**
   * A busybox applet: busybox {@code wget} takes {@code -q -O --spider -T}; {@code nc} takes -z
   * only when busybox was built with it, which {@link ToolFact#options()} shows.
   */
  BUSYBOX;

  public String key() {
    return switch (this) {
      case PRESENT -> "true";
      case ABSENT -> "false";
      case BUSYBOX -> "busybox";
    };
  }
}
