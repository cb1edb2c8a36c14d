package dev.composefix.images.verify;

import java.util.ArrayList;
import java.util.List;

/** The count of outcomes that ends a check: {@code 3 images: 1 held, 1 with 2 mismatches, ...}. */
public final class Summary {

  private final String noun;
  private final List<Outcome> outcomes = new ArrayList<>();

  /**
   * @param noun what each outcome is of, in the singular: {@code image}, {@code healthcheck}
   */
  public Summary(String noun) {
    this.noun = noun;
  }

  public void add(Outcome outcome) {
    outcomes.add(outcome);
  }

  public boolean anyFailed() {
    return count(Outcome.Kind.FAILED) > 0;
  }

  public boolean anyMismatched() {
    return count(Outcome.Kind.MISMATCHED) > 0;
  }

  /** The counts that are not zero; {@code 0 images} when there was nothing to check. */
  public String line() {
    List<String> parts = new ArrayList<>();
    long held = count(Outcome.Kind.HELD);
    if (held > 0) {
      parts.add(held + " held");
    }
    long mismatched = count(Outcome.Kind.MISMATCHED);
    if (mismatched > 0) {
      int mismatches =
          outcomes.stream()
              .filter(outcome -> outcome.kind() == Outcome.Kind.MISMATCHED)
              .mapToInt(outcome -> outcome.lines().size())
              .sum();
      parts.add(mismatched + " with " + plural(mismatches, "mismatch"));
    }
    long skipped = count(Outcome.Kind.SKIPPED);
    if (skipped > 0) {
      parts.add(skipped + " skipped");
    }
    long failed = count(Outcome.Kind.FAILED);
    if (failed > 0) {
      parts.add(failed + " failed");
    }
    return plural(outcomes.size(), noun) + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
  }

  private long count(Outcome.Kind kind) {
    return outcomes.stream().filter(outcome -> outcome.kind() == kind).count();
  }

  private static String plural(int count, String word) {
    return count + " " + word + (count == 1 ? "" : word.endsWith("h") ? "es" : "s");
  }
}
