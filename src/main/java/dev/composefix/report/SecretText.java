package dev.composefix.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Secret values as text, for masking output that is not a slice of the file, such as the new
 * text of an edit. Values shorter than three characters are not masked: they would garble every
 * string they occur in, and hide nothing worth hiding.
 */
public final class SecretText {

  public static final SecretText NONE = new SecretText(List.of());
  private static final int SHORTEST = 3;

  private final List<String> values;

  private SecretText(List<String> values) {
    this.values = values;
  }

  public static SecretText of(Set<String> secrets) {
    Set<String> kept = new LinkedHashSet<>();
    for (String secret : secrets) {
      if (secret.length() >= SHORTEST) {
        kept.add(secret);
      }
    }
    List<String> longestFirst = new ArrayList<>(kept);
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    return new SecretText(longestFirst);
  }

  public String mask(String text) {
    String masked = text;
    for (String value : values) {
      masked = masked.replace(value, "****");
    }
    return masked;
  }
}
