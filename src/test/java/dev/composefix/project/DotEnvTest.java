package dev.composefix.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.composefix.text.Position;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DotEnvTest {

  private static final Map<String, String> ENVIRONMENT = Map.of("HOME_DIR", "/home/app");

  private static List<String> read(String text) throws DotEnv.DotEnvException {
    return DotEnv.parse(text, name -> Optional.ofNullable(ENVIRONMENT.get(name))).stream()
        .map(e -> e.name() + "=" + e.value() + "@" + e.at().line() + ":" + e.at().column())
        .toList();
  }

  @Test
  void readsNamesValuesAndWhereEachIs() throws Exception {
    assertEquals(
        List.of("A=1@2:1", "B=two words@3:8", "C=x@4:3"),
        read("# comment\nA=1\nexport B = two words  # note\n  C: x\n\n"));
  }

  @Test
  void quotesKeepWhatTheyHold() throws Exception {
    assertEquals(
        List.of("A=a # b@1:1", "B=line\nnext \"q\"@2:1", "C=$HOME_DIR@3:1", "D=x@4:1"),
        read("A='a # b'\nB=\"line\\nnext \\\"q\\\"\"\nC='$HOME_DIR'\nD=x\n"));
  }

  @Test
  void aQuotedValueMaySpanLines() throws Exception {
    assertEquals(List.of("A=one\ntwo@1:1", "B=2@3:1"), read("A='one\ntwo'\nB=2\n"));
  }

  @Test
  void unquotedAndDoubleQuotedValuesInterpolate() throws Exception {
    assertEquals(
        List.of("A=1@1:1", "B=1-/home/app@2:1", "C=x-1@3:1", "D=@4:1"),
        read("A=1\nB=${A}-$HOME_DIR\nC=\"x-${A}\"\nD=${UNSET}\n"));
  }

  @Test
  void aNameAloneTakesTheEnvironmentsValue() throws Exception {
    assertEquals(List.of("HOME_DIR=/home/app@1:1"), read("HOME_DIR\nNOT_SET\n"));
  }

  @Test
  void crlfAndAByteOrderMarkAreRead() throws Exception {
    assertEquals(List.of("A=1@1:1", "B=2@2:1"), read("\uFEFFA=1\r\nB=2\r\n"));
  }

  @Test
  void aSpaceInANameIsRefusedWithItsPlace() {
    DotEnv.DotEnvException e =
        assertThrows(DotEnv.DotEnvException.class, () -> read("A=1\nBAD NAME=1\n"));
    assertEquals(new Position(2, 5), e.position());
    assertEquals(
        "unexpected character 'N' in a variable name; a line reads NAME=value", e.getMessage());
  }

  @Test
  void anUnclosedQuoteIsRefusedWhereItOpens() {
    DotEnv.DotEnvException e =
        assertThrows(DotEnv.DotEnvException.class, () -> read("A=1\nB=\"open\nC=2\n"));
    assertEquals(new Position(2, 3), e.position());
    assertEquals("a value opened with \" is never closed", e.getMessage());
  }

  @Test
  void aLineWithoutANameIsRefused() {
    DotEnv.DotEnvException e = assertThrows(DotEnv.DotEnvException.class, () -> read("=1\n"));
    assertEquals(new Position(1, 1), e.position());
  }
}
