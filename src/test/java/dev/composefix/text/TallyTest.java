package dev.composefix.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TallyTest {

  @Test
  void theMostCommonValueWins() {
    Tally<String> tally = Tally.tiesToFirstSeen();
    tally.add("10s");
    tally.add("30s");
    tally.add("30s");
    assertEquals(Optional.of("30s"), tally.mostCommon());
  }

  @Test
  void aTieGoesToTheValueCountedFirst() {
    Tally<String> tally = Tally.tiesToFirstSeen();
    tally.add("30s");
    tally.add("10s");
    tally.add("10s");
    tally.add("30s");
    assertEquals(Optional.of("30s"), tally.mostCommon());
  }

  @Test
  void nothingCountedHasNoMostCommonValue() {
    assertEquals(Optional.empty(), Tally.<String>tiesToFirstSeen().mostCommon());
  }
}
