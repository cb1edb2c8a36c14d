package dev.composefix.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.Yaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A large mapping is looked up through an index; it finds what the entry-by-entry look-up of a
 * small one finds: own keys, never the merge key itself, and nothing for a key that is not there.
 */
class YMappingLookupTest {

  @Test
  void smallAndLargeMappingsFindTheSameEntries() {
    for (int size : new int[] {3, 40}) {
      StringBuilder text = new StringBuilder("base: &b {inherited: 1}\nm:\n  <<: *b\n");
      for (int i = 0; i < size; i++) {
        text.append("  k").append(i).append(": v").append(i).append('\n');
      }
      YMapping mapping = Yaml.mappingAt(Yaml.parse(text.toString()), "m");
      List<String> found = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        found.add(value(mapping.ownEntry("k" + i)));
      }
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        expected.add("v" + i);
      }
      assertEquals(expected, found, size + " keys");
      assertEquals(Optional.empty(), mapping.ownEntry("<<"), size + " keys");
      assertEquals(Optional.empty(), mapping.ownEntry("inherited"), size + " keys");
      assertEquals(Optional.empty(), mapping.ownEntry("k" + size), size + " keys");
      assertEquals("1", ((YScalar) Mappings.get(mapping, "inherited").orElseThrow()).value());
    }
  }

  private static String value(Optional<YEntry> entry) {
    return ((YScalar) entry.orElseThrow().value()).value();
  }
}
