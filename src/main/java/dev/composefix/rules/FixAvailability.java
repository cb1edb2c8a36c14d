package dev.composefix.rules;

/** Whether a rule's findings come with fixes. */
public enum FixAvailability {
  ALWAYS,
  SOMETIMES,
  NONE
}
