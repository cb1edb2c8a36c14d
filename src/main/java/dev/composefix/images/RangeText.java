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
 * <p>Two ranges of one kind are equal when written alike: the comparators are read from the text
 * alone.
 *
 * @param <B> the kind of bound: version numbers or a date
 */
abstract class RangeText<B> {

  /** One comparator: {@code >=}, {@code >}, {@code <}, {@code <=} or {@code =}, and its bound. */
  record Comparator<B>(String operator, B bound) {}

  private final String text;
  private final List<List<Comparator<B>>> alternatives;

  /**
   * Reads a range whose comparators match {@code comparator} (group 1 the operator, group 2 the
   * bound).
   *
   * @param bound reads a bound's text; null when it is none
   * @param example what a comparator looks like, for the error
   * @throws IllegalArgumentException naming the comparator that is not one
   */
  RangeText(String text, Pattern comparator, Function<String, B> bound, String example) {
    this.text = text;
    this.alternatives = parse(text, comparator, bound, example);
  }

  private static <B> List<List<Comparator<B>>> parse(
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
    return alternatives;
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
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((RangeText<?>) other).text.equals(text);
  }

  @Override
  public final int hashCode() {
    return text.hashCode();
  }

  @Override
  public final String toString() {
    return text;
  }
}
