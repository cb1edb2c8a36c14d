package dev.composefix.lint;

/** Whether a rule's findings come with fixes. */
public enum FixAvailability {
  ALWAYS,
  SOMETIMES,
  NONE
}
