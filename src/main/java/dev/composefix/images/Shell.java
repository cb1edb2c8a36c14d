package dev.composefix.images;

import java.util.Locale;

/** The shell an image has, which decides whether {@code CMD-SHELL} works at all. */
public enum Shell {
  /** No shell: only {@code CMD} with a program of the image works. */
  NONE,
  /** A POSIX shell at {@code /bin/sh}: dash, ash or busybox. */
  SH,
  /** bash at {@code /bin/bash}, and {@code /bin/sh} too. */
  BASH;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
