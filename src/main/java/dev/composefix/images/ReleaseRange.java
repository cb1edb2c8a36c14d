package dev.composefix.images;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A range over the release date of a date-stamped tag ({@code RELEASE.2024-03-30T09-41-56Z}), such
 * as {@code ">=2024-03-30 <2024-09-13"}. {@code latest} counts as the day of the run.
 */
public final class ReleaseRange extends RangeText<LocalDate, LocalDate> {

  private static final Pattern COMPARATOR = Pattern.compile("(>=|<=|>|<)(\\d{4}-\\d{2}-\\d{2})");

  private ReleaseRange(String text) {
    super(text, COMPARATOR, "date comparator such as >=2024-03-30");
  }

  /**
   * Reads a range.
   *
   * @throws IllegalArgumentException naming the comparator that is not one
   */
  public static ReleaseRange parse(String text) {
    return new ReleaseRange(text);
  }

  @Override
  LocalDate bound(String text) {
    return IsoDay.parse(text);
  }

  /**
   * @param today the day {@code latest} stands for
   */
  public boolean satisfiedBy(ImageTag tag, LocalDate today) {
    LocalDate date;
    if (tag.text().equals("latest")) {
      date = today;
    } else if (tag.released().isPresent()) {
      date = tag.released().get();
    } else {
      return false;
    }
    return holds(date);
  }

  @Override
  boolean holds(RangeText.Comparator<LocalDate> comparator, LocalDate date) {
    int order = date.compareTo(comparator.bound());
    return switch (comparator.operator()) {
      case ">=" -> order >= 0;
      case ">" -> order > 0;
      case "<" -> order < 0;
      default -> order <= 0;
    };
  }
}
