package dev.composefix.images;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text form shared by version and release-date ranges: comparators such as {@code >=10.4}
 * joined by spaces (all must hold) and by {@code ||} (one side must hold).
 *
 * <p>Two ranges of one kind are equal when written alike: the comparators are read from the text
 * alone.
 *
 * <p>A subclass reads a bound and judges a comparator by overriding methods rather than passing
 * functions, as the ranges are read on every cold run, where each lambda costs a linkage.
 *
 * @param <B> the kind of bound: version numbers or a date
 * @param <V> what a range is judged against: an image tag or a day
 */
abstract class RangeText<B, V> {

  /** One comparator: {@code >=}, {@code >}, {@code <}, {@code <=} or {@code =}, and its bound. */
  record Comparator<B>(String operator, B bound) {}

  private final String text;
  private final List<List<Comparator<B>>> alternatives;

  /**
   * Reads a range whose comparators match {@code comparator} (group 1 the operator, group 2 the
   * bound).
   *
   * @param example what a comparator looks like, for the error
   * @throws IllegalArgumentException naming the comparator that is not one
   */
  RangeText(String text, Pattern comparator, String example) {
    this.text = text;
    this.alternatives = parse(text, comparator, example);
  }

  /**
   * Reads a bound's text; null when it is none. Called while the range is constructed, so it reads
   * nothing but its argument.
   */
  abstract B bound(String text);

  /** Whether one comparator holds for the value. */
  abstract boolean holds(Comparator<B> comparator, V value);

  private List<List<Comparator<B>>> parse(String text, Pattern comparator, String example) {
    List<List<Comparator<B>>> alternatives = new ArrayList<>();
    for (String alternative : text.split("\\|\\|", -1)) {
      List<Comparator<B>> all = new ArrayList<>();
      for (String word : alternative.trim().split("\\s+")) {
        Matcher matcher = comparator.matcher(word);
        B value = matcher.matches() ? bound(matcher.group(2)) : null;
        if (value == null) {
          throw new IllegalArgumentException("'" + word + "' is no " + example);
        }
        all.add(new Comparator<>(matcher.group(1), value));
      }
      alternatives.add(all);
    }
    return alternatives;
  }

  /** True when every comparator of one alternative holds for the value. */
  boolean holds(V value) {
    for (List<Comparator<B>> alternative : alternatives) {
      if (allHold(alternative, value)) {
        return true;
      }
    }
    return false;
  }

  private boolean allHold(List<Comparator<B>> alternative, V value) {
    for (Comparator<B> comparator : alternative) {
      if (!holds(comparator, value)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((RangeText<?, ?>) other).text.equals(text);
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
