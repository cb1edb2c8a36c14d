package dev.composefix.images;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range over the release date of a date-stamped tag ({@code RELEASE.2024-03-30T09-41-56Z}), such
 * as {@code ">=2024-03-30 <2024-09-13"}. {@code latest} counts as the day of the run.
 */
public final class ReleaseRange {

  private static final Pattern COMPARATOR = Pattern.compile("(>=|<=|>|<)(\\d{4}-\\d{2}-\\d{2})");

  private record Comparator(String operator, LocalDate bound) {}

  private final String text;
  private final List<List<Comparator>> alternatives;

  private ReleaseRange(String text, List<List<Comparator>> alternatives) {
    this.text = text;
    this.alternatives = alternatives;
  }

  /**
   * Reads a range.
   *
   * @throws IllegalArgumentException naming the comparator that is not one
   */
  public static ReleaseRange parse(String text) {
    List<List<Comparator>> alternatives = new ArrayList<>();
    for (String alternative : text.split("\\|\\|", -1)) {
      List<Comparator> all = new ArrayList<>();
      for (String word : alternative.trim().split("\\s+")) {
        Matcher matcher = COMPARATOR.matcher(word);
        LocalDate bound = null;
        if (matcher.matches()) {
          try {
            bound = LocalDate.parse(matcher.group(2));
          } catch (DateTimeParseException e) {
            bound = null;
          }
        }
        if (bound == null) {
          throw new IllegalArgumentException(
              "'" + word + "' is no date comparator such as >=2024-03-30");
        }
        all.add(new Comparator(matcher.group(1), bound));
      }
      alternatives.add(all);
    }
    return new ReleaseRange(text, alternatives);
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
    for (List<Comparator> alternative : alternatives) {
      if (alternative.stream().allMatch(c -> holds(c, date))) {
        return true;
      }
    }
    return false;
  }

  private static boolean holds(Comparator comparator, LocalDate date) {
    int order = date.compareTo(comparator.bound());
    return switch (comparator.operator()) {
      case ">=" -> order >= 0;
      case ">" -> order > 0;
      case "<" -> order < 0;
      default -> order <= 0;
    };
  }

  /** Equal when written alike: the comparators are read from the text alone. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ReleaseRange range && range.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
