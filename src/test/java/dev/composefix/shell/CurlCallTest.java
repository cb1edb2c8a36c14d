package dev.composefix.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CurlCallTest {

  /** Options as name=value (or name), operands in brackets, in reading order. */
  private static String read(String... args) {
    CurlCall call = CurlCall.read(List.of(args));
    StringBuilder out = new StringBuilder();
    call.options()
        .forEach(
            option ->
                out.append(option.name())
                    .append(option.value().map(v -> "=" + v).orElse(""))
                    .append(' '));
    call.operands().forEach(operand -> out.append('[').append(operand.text()).append("] "));
    return out.toString().trim();
  }

  @Test
  void splitsClustersAndFindsValuesByCurlsTable() {
    assertEquals("-f -s -S -L [http://x]", read("-fsSL", "http://x"));
    assertEquals("-s -o=/dev/null [http://x]", read("-so", "/dev/null", "http://x"));
    assertEquals("-o=-fs [http://x]", read("-o", "-fs", "http://x"));
    assertEquals("-f -w=%{http_code} [u]", read("-fw%{http_code}", "u"));
    assertEquals("--max-time=5 --fail [u]", read("--max-time", "5", "--fail", "u"));
  }

  @Test
  void knowsUrlsAndTheEndOfOptions() {
    assertTrue(CurlCall.read(List.of("--url", "http://x")).hasUrl());
    assertFalse(CurlCall.read(List.of("--version")).hasUrl());
    CurlCall ended = CurlCall.read(List.of("--", "-f"));
    assertTrue(ended.endsOptions());
    assertEquals(List.of("-f"), ended.operands().stream().map(CurlCall.Operand::text).toList());
  }

  @Test
  void saysWhatItCannotReadExactly() {
    assertEquals(
        Optional.of("--next starts a second transfer with options of its own"),
        CurlCall.read(List.of("a", "--next", "b")).unreadable());
    assertEquals(Optional.of("-o has no value"), CurlCall.read(List.of("-o")).unreadable());
    assertEquals(
        Optional.of("-é is not an option this rule knows"),
        CurlCall.read(List.of("-é", "u")).unreadable());
    assertEquals(
        Optional.of("--frob is not an option this rule knows, so what follows it may be its value"),
        CurlCall.read(List.of("--frob", "-s", "u")).unreadable());
    assertEquals(Optional.empty(), CurlCall.read(List.of("--frob", "u")).unreadable());
  }
}
