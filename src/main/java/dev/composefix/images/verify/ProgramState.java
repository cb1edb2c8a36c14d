package dev.composefix.images.verify;

import dev.composefix.images.Presence;

/** What an image turned out to have under a program's name. */
public enum ProgramState {
  /** A file of its own on the image's PATH, or at the path given. */
  OWN_FILE,
  /** A busybox applet: the name leads to the busybox binary. */
  BUSYBOX_APPLET,
  /** Built into the shell ({@code exit}, {@code [}, {@code echo}): there in a CMD-SHELL test. */
  SHELL_BUILTIN,
  MISSING;

  /** The knowledge base's word for it. */
  public Presence presence() {
    return switch (this) {
      case OWN_FILE, SHELL_BUILTIN -> Presence.PRESENT;
      case BUSYBOX_APPLET -> Presence.BUSYBOX;
      case MISSING -> Presence.ABSENT;
    };
  }
}
