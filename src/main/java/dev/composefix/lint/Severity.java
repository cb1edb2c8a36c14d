package dev.composefix.lint;

import java.util.Locale;

/** How much a finding matters, in the order of the hardening review's priorities. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
