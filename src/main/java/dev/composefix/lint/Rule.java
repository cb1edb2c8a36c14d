package dev.composefix.lint;

/**
 * One check. A rule holds its metadata (id, code, message, fix, documentation) as one value and
 * reports findings through its context; it never edits or writes anything itself.
 */
public interface Rule {

  RuleMetadata metadata();

  void check(RuleContext context);
}
