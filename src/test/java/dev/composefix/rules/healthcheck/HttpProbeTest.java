package dev.composefix.rules.healthcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.shell.ProgramCalls;
import dev.composefix.shell.ShellWord;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class HttpProbeTest {

  /** Reads the arguments of a shell call and writes the result as raw words, or "refused: why". */
  private static String translate(
      String command,
      Function<List<ShellWord>, HttpProbe.Reading> reader,
      Function<HttpProbe, List<ShellWord>> writer) {
    ProgramCalls.Call call = ProgramCalls.ofShell(command).get(0);
    HttpProbe.Reading reading = reader.apply(call.arguments());
    return reading
        .probe()
        .map(probe -> String.join(" ", writer.apply(probe).stream().map(ShellWord::raw).toList()))
        .orElse("refused: " + reading.refusal());
  }

  private static String curlToWget(String command, boolean outputUsed) {
    return translate(command, HttpProbe::readCurl, probe -> probe.asWget(outputUsed));
  }

  private static String wgetToCurl(String command) {
    return translate(command, HttpProbe::readWget, HttpProbe::asCurl);
  }

  @Test
  void curlBecomesBusyboxWget() {
    assertEquals("wget -q --spider http://x/", curlToWget("curl -f http://x/", false));
    assertEquals("wget -q --spider http://x/", curlToWget("curl -fsSL http://x/", false));
    assertEquals(
        "wget -q --spider http://x/",
        curlToWget("curl --silent --show-error --fail --location http://x/", false));
    assertEquals("wget -qO- http://x/", curlToWget("curl -s http://x/", true));
    assertEquals("wget -qO- 'http://x/'", curlToWget("curl -sf 'http://x/'", true));
  }

  @Test
  void aDiscardedBodyIsASpiderEvenWhenPiped() {
    assertEquals("wget -q --spider http://x/", curlToWget("curl -sfo /dev/null http://x/", true));
    assertEquals("wget -q --spider http://x/", curlToWget("curl -o/dev/null http://x/", false));
    assertEquals(
        "wget -q --spider http://x/", curlToWget("curl --output /dev/null http://x/", false));
  }

  @Test
  void uncheckedCertificatesStayUnchecked() {
    assertEquals(
        "wget -q --spider --no-check-certificate https://x/",
        curlToWget("curl -sfk https://x/", false));
    assertEquals(
        "wget -q --spider --no-check-certificate https://x/",
        curlToWget("curl --insecure -f https://x/", false));
    assertEquals("curl -sf -k https://x/", wgetToCurl("wget --no-check-certificate -q https://x/"));
  }

  @Test
  void curlOptionsWithoutAnExactCounterpartAreRefused() {
    assertEquals(
        "refused: the curl option --max-time has no exact wget counterpart",
        curlToWget("curl --max-time 5 http://x", false));
    assertEquals(
        "refused: the curl option -m has no exact wget counterpart",
        curlToWget("curl -fm 5 http://x", false));
    assertEquals(
        "refused: the curl option --user has no exact wget counterpart",
        curlToWget("curl --user=a:secret http://x", false));
    assertEquals(
        "refused: the call writes the body to /tmp/h",
        curlToWget("curl -o /tmp/h http://x", false));
    assertEquals("refused: the call's -o has no file", curlToWget("curl -f -o", false));
    assertEquals(
        "refused: the call names more than one URL", curlToWget("curl http://a http://b", false));
    assertEquals("refused: the call names no URL", curlToWget("curl -f", false));
    assertEquals(
        "refused: the curl option - has no exact wget counterpart",
        curlToWget("curl - http://x", false));
  }

  @Test
  void wgetBecomesCurlSf() {
    assertEquals("curl -sf http://x/", wgetToCurl("wget --spider http://x/"));
    assertEquals(
        "curl -sf http://x/", wgetToCurl("wget --no-verbose --tries=1 --spider http://x/"));
    assertEquals("curl -sf http://x/", wgetToCurl("wget -nv -t1 --spider http://x/"));
    assertEquals("curl -sf http://x/", wgetToCurl("wget -q -t 1 --quiet http://x/"));
    assertEquals("curl -sf http://x/", wgetToCurl("wget -qO- http://x/"));
    assertEquals("curl -sf http://x/", wgetToCurl("wget -q -O - http://x/"));
    assertEquals("curl -sf http://x/", wgetToCurl("wget --output-document=- --tries 1 http://x/"));
    assertEquals("curl -sf -o /dev/null http://x/", wgetToCurl("wget -q -O /dev/null http://x/"));
    assertEquals(
        "curl -sf -o /dev/null \"http://x/\"",
        wgetToCurl("wget --output-document /dev/null \"http://x/\""));
  }

  @Test
  void wgetOptionsWithoutAnExactCounterpartAreRefused() {
    assertEquals(
        "refused: the wget option -T has no exact curl counterpart",
        wgetToCurl("wget -q -T 5 http://x"));
    assertEquals(
        "refused: the wget option --header has no exact curl counterpart",
        wgetToCurl("wget --header='X: y' http://x"));
    assertEquals(
        "refused: the call retries (--tries=3), which curl -sf does not",
        wgetToCurl("wget --tries=3 http://x"));
    assertEquals(
        "refused: the call retries (--tries=2), which curl -sf does not",
        wgetToCurl("wget -t2 http://x"));
    assertEquals(
        "refused: the call writes the body to index.html",
        wgetToCurl("wget -O index.html http://x"));
    assertEquals("refused: the call's -O has no value", wgetToCurl("wget -q -O"));
    assertEquals("refused: the call's --tries has no value", wgetToCurl("wget --tries"));
    assertEquals(
        "refused: the call names more than one URL", wgetToCurl("wget -q -O- http://a http://b"));
    assertEquals("refused: the call names no URL", wgetToCurl("wget --spider"));
  }
}
