package dev.composefix.images;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a day by hand gives what {@code LocalDate.parse} gives, and refuses what it refuses. */
class IsoDayTest {

  @Test
  void agreesWithLocalDateParse() {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "2024-03-30",
                "2024-02-29",
                "2023-02-29",
                "2024-04-31",
                "2024-13-01",
                "2024-00-10",
                "2024-01-00",
                "0000-01-01",
                "9999-12-31",
                "2024-3-30",
                "2024/03/30",
                "2024-03-3x",
                "+2024-03-30",
                "20240-03-30",
                "2024-03-301",
                "",
                "２０２４-03-30"));
    List<String> differ = new ArrayList<>();
    for (String text : texts) {
      if (!String.valueOf(IsoDay.parse(text)).equals(String.valueOf(parsed(text)))) {
        differ.add(text);
      }
    }
    assertEquals(List.of(), differ);
    assertEquals(LocalDate.of(2024, 2, 29), IsoDay.parse("2024-02-29"));
    assertEquals(null, IsoDay.parse("2023-02-29"));
  }

  private static LocalDate parsed(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
