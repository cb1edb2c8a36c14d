package dev.composefix.lint;

import dev.composefix.yaml.YamlChange;
import java.util.Objects;

/**
 * A fix is data: the edits with their meaning, and how far they can be trusted. Rules never touch
 * files.
 */
public record Fix(String title, Applicability applicability, YamlChange change) {

  public Fix {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(applicability, "applicability");
    if (change.edits().isEmpty()) {
      throw new IllegalArgumentException("a fix needs at least one edit");
    }
  }

  public static Fix safe(String title, YamlChange change) {
    return new Fix(title, Applicability.SAFE, change);
  }

  public static Fix unsafe(String title, YamlChange change) {
    return new Fix(title, Applicability.UNSAFE, change);
  }
}
