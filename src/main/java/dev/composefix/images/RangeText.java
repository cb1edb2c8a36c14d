package dev.composefix.images;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text form shared by version and release-date ranges: comparators such as {@code >=10.4}
 * joined by spaces (all must hold) and by {@code ||} (one side must hold).
 *
 * @param <B> the kind of bound: version numbers or a date
 */
final class RangeText<B> {

  /** One comparator: {@code >=}, {@code >}, {@code <}, {@code <=} or {@code =}, and its bound. */
  record Comparator<B>(String operator, B bound) {}

  private final String text;
  private final List<List<Comparator<B>>> alternatives;

  private RangeText(String text, List<List<Comparator<B>>> alternatives) {
    this.text = text;
    this.alternatives = alternatives;
  }

  /**
   * Reads a range whose comparators match {@code comparator} (group 1 the operator, group 2 the
   * bound).
   *
   * @param bound reads a bound's text; null when it is none
   * @param example what a comparator looks like, for the error
   * @throws IllegalArgumentException naming the comparator that is not one
   */
  static <B> RangeText<B> parse(
      String text, Pattern comparator, Function<String, B> bound, String example) {
    List<List<Comparator<B>>> alternatives = new ArrayList<>();
    for (String alternative : text.split("\\|\\|", -1)) {
      List<Comparator<B>> all = new ArrayList<>();
      for (String word : alternative.trim().split("\\s+")) {
        Matcher matcher = comparator.matcher(word);
        B value = matcher.matches() ? bound.apply(matcher.group(2)) : null;
        if (value == null) {
          throw new IllegalArgumentException("'" + word + "' is no " + example);
        }
        all.add(new Comparator<>(matcher.group(1), value));
      }
      alternatives.add(all);
    }
    return new RangeText<>(text, alternatives);
  }

  /** True when every comparator of one alternative holds. */
  boolean holds(Predicate<Comparator<B>> holds) {
    for (List<Comparator<B>> alternative : alternatives) {
      if (alternative.stream().allMatch(holds)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return text;
  }
}
