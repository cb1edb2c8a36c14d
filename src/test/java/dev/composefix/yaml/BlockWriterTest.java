package dev.composefix.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.Yaml;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockWriterTest {

  /** The lines of a {@code key} entry, checked to read back as the value. */
  private static List<String> entry(NewValue value) throws CannotEditException {
    List<String> lines = new BlockWriter(IndentStyle.DEFAULT).entryLines("key", value, 0);
    Object data = YamlData.of(Yaml.parse(String.join("\n", lines) + "\n"));
    assertEquals(
        Map.of(YamlData.Scalar.string("key"), value.data()),
        data,
        "the lines read back as the value");
    return lines;
  }

  @Test
  void aBlockSequenceAsAnItemStartsOnItsParentsDashLine() throws CannotEditException {
    NewValue pairs =
        NewValue.seq(
            false,
            NewValue.seq(false, NewValue.string("a"), NewValue.string("b")),
            NewValue.seq(false, NewValue.string("c")));
    assertEquals(List.of("key:", "  - - a", "    - b", "  - - c"), entry(pairs));
  }

  @Test
  void flowAndEmptySequencesAsItemsStayOnTheDashLine() throws CannotEditException {
    NewValue items =
        NewValue.seq(
            false,
            NewValue.seq(true, NewValue.string("a"), NewValue.string("b")),
            NewValue.seq(false));
    assertEquals(List.of("key:", "  - [a, b]", "  - []"), entry(items));
  }
}
