package dev.composefix.images;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A day written {@code yyyy-mm-dd}, read without {@code LocalDate.parse}, whose formatter loads and
 * builds some thirty classes: a cold run that reads a release range or a dated tag paid for them
 * and used them for nothing else.
 */
final class IsoDay {

  private IsoDay() {}

  /**
   * The day, or null unless the text is four digits, two and two, naming a real day: as strict as
   * {@code LocalDate.parse}.
   */
  static LocalDate parse(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The number the ASCII digits from {@code start} to {@code end} write, or -1. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
