package dev.composefix.rules.healthcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.rules.healthcheck.CurlArguments.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CurlArgumentsTest {

  private static CurlArguments read(String... args) {
    return CurlArguments.read(List.of(args));
  }

  private static Status status(String... args) {
    return read(args).status();
  }

  /** The arguments after the fold, joined by spaces. */
  private static String folded(String... args) {
    CurlArguments.Fold fold = read(args).fold();
    List<String> out = new ArrayList<>(Arrays.asList(args));
    for (CurlArguments.ArgEdit edit : fold.edits()) {
      String arg = args[edit.arg()];
      out.set(
          edit.arg(),
          edit.remove()
              ? null
              : arg.substring(0, edit.from()) + edit.replacement() + arg.substring(edit.to()));
    }
    out.removeIf(arg -> arg == null);
    if (fold.insertLeading()) {
      out.add(0, "-sf");
    }
    return String.join(" ", out);
  }

  @Test
  void theStandardLeadingFormsNeedNothing() {
    assertEquals(Status.STANDARD, status("-sf", "http://x"));
    assertEquals(Status.STANDARD, status("-fs", "http://x"));
    assertEquals(Status.STANDARD, status("-fsS", "http://x"));
    assertEquals(Status.STANDARD, status("-sSf", "http://x"));
  }

  @Test
  void flagsWrittenApartAreNotTheStandardSpelling() {
    assertEquals(Status.NOT_STANDARD, status("-f", "-s", "http://x"));
    assertEquals(Status.NOT_STANDARD, status("-f", "-s", "-o", "/dev/null", "http://x"));
    assertEquals(Status.NOT_STANDARD, status("-s", "-f", "-o", "/dev/null", "http://x"));
    assertEquals(Status.NOT_STANDARD, status("-S", "-sf", "http://x"));
  }

  @Test
  void saysWhichFlagIsMissing() {
    assertEquals(Status.MISSING_FAIL, status("http://x"));
    assertEquals(Status.MISSING_FAIL, status("-s", "http://x"));
    assertEquals(Status.MISSING_FAIL, status("--silent", "-S", "http://x"));
    assertEquals(Status.MISSING_SILENT, status("-f", "http://x"));
    assertEquals(Status.MISSING_SILENT, status("http://x", "--fail"));
  }

  @Test
  void bothFlagsElsewhereAreNotTheStandardForm() {
    assertEquals(Status.NOT_STANDARD, status("--silent", "--fail", "http://x"));
    assertEquals(Status.NOT_STANDARD, status("-fsSL", "http://x"));
    assertEquals(Status.NOT_STANDARD, status("-s", "http://x", "-f"));
    assertEquals(Status.NOT_STANDARD, status("-H", "X: y", "-sf", "http://x"));
    assertEquals(Status.NOT_STANDARD, status("-sf", "http://x", "-s"));
  }

  @Test
  void neverReadsAnOptionValueAsFlags() {
    assertEquals(Status.MISSING_FAIL, status("-o", "-fs", "http://x"));
    assertEquals(Status.MISSING_FAIL, status("-H", "-f: 1", "http://x"));
    assertEquals(Status.MISSING_FAIL, status("--header", "-sf", "http://x"));
    assertEquals(Status.MISSING_FAIL, status("-osf", "http://x"));
    assertEquals(Status.MISSING_FAIL, status("-w", "%{http_code}", "-m", "5", "http://x"));
    assertEquals(Status.MISSING_FAIL, status("-s", "--", "-f"));
    assertEquals("-sf -o -fs http://x", folded("-o", "-fs", "http://x"));
  }

  @Test
  void leavesAloneWhatIsNotARequestOrFailsAlready() {
    assertEquals(Status.NO_URL, status("--version"));
    assertEquals(Status.NO_URL, status("-s", "-o", "http://x"));
    assertEquals(Status.MISSING_FAIL, status("--url", "http://x"));
    assertEquals(Status.FAIL_WITH_BODY, status("--fail-with-body", "http://x"));
  }

  @Test
  void foldsEveryFlagIntoOneLeadingSf() {
    assertEquals("-sf http://x", folded("http://x"));
    assertEquals("-sf http://x", folded("-f", "http://x"));
    assertEquals("-sf http://x", folded("--fail", "--silent", "http://x"));
    assertEquals("-sf -m 5 http://x", folded("-m", "5", "http://x", "-f"));
    assertEquals("-sf -SL http://x", folded("-fsSL", "http://x"));
    assertEquals("-sf -S http://x", folded("-sSf", "http://x"));
    assertEquals("-sf -o /dev/null http://x", folded("-so", "/dev/null", "http://x"));
    assertEquals("-sf -o/dev/null http://x", folded("-fo/dev/null", "http://x"));
    assertEquals("-fs http://x", folded("-fs", "http://x", "--silent"));
    assertEquals("-sf -S -L http://x", folded("-S", "-f", "-L", "http://x", "-s"));
  }

  @Test
  void saysWhenItCannotReadTheArgumentsExactly() {
    assertEquals(
        Optional.of("--next starts a second transfer with options of its own"),
        read("http://x", "--next", "http://y").unreadable());
    assertEquals(
        Optional.of("-: starts a second transfer with options of its own"),
        read("http://x", "-:", "http://y").unreadable());
    assertEquals(
        Optional.of(
            "--frobnicate is not an option this rule knows, so what follows it may be its value"),
        read("--frobnicate", "-s", "http://x").unreadable());
    assertEquals(Optional.empty(), read("--frobnicate", "http://x").unreadable());
    assertEquals(
        Optional.of("-h is not an option this rule knows"), read("-h", "http://x").unreadable());
    assertEquals(
        Optional.of("--no-fail undoes a flag"), read("-s", "--no-fail", "http://x").unreadable());
    assertEquals(Optional.of("-m has no value"), read("http://x", "-m").unreadable());
    assertEquals(Optional.empty(), read("--no-progress-meter", "-f", "http://x").unreadable());
  }

  @Test
  void knowsWhenCurlWritesOutTransferDetails() {
    assertTrue(read("-o", "/dev/null", "-w", "%{http_code}", "http://x").writesOut());
    assertTrue(read("-sw%{http_code}", "http://x").writesOut());
    assertTrue(read("--write-out", "%{http_code}", "http://x").writesOut());
    assertFalse(read("-H", "-w", "http://x").writesOut());
  }
}
