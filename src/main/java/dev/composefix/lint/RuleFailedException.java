package dev.composefix.lint;

/** A rule crashed: a bug in compose-fix, reported as an internal error with nothing written. */
public final class RuleFailedException extends Exception {

  private static final long serialVersionUID = 1L;

  public RuleFailedException(Rule rule, RuntimeException cause) {
    super("rule " + rule.metadata().name() + " failed: " + cause, cause);
  }
}
