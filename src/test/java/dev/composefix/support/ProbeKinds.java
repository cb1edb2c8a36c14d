package dev.composefix.support;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of probe a healthcheck test is, for comparing a hand-written check with one compose-fix
 * writes: {@code http:PORT/PATH} for a request to a URL (with any client, a raw request through
 * {@code /dev/tcp} included), {@code tcp:PORT} for a bare connection, {@code command:PROGRAM} for a
 * program of the image.
 */
public final class ProbeKinds {

  private static final Pattern DEFAULTED =
      Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)\\}");
  private static final Pattern URL =
      Pattern.compile(
          "(?:(https?)://)?(?:[^\\s'\"/@]+@)?(localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0|\\[::1\\]|[A-Za-z0-9_.-]+)(?::(\\d+))?(/[^\\s'\"?#)]*)?");
  private static final Pattern SCHEME_URL =
      Pattern.compile("(https?)://(?:[^\\s'\"/@]+@)?([^\\s'\"/:]+)(?::(\\d+))?(/[^\\s'\"?#)]*)?");
  private static final Pattern DEV_TCP = Pattern.compile("/dev/tcp/[^/\\s]+/(\\d+)");
  private static final Pattern RAW_GET = Pattern.compile("GET (/\\S*) HTTP");
  private static final Pattern NC =
      Pattern.compile("\\bnc\\s+(?:-[a-zA-Z]+\\s+)*([A-Za-z0-9_.-]+)\\s+(\\d+)");
  private static final Pattern HTTP_CLIENT =
      Pattern.compile("\\b(curl|wget|urlopen|fetch|http\\.get|httpx|requests\\.get)\\b");

  private ProbeKinds() {}

  /** The kind of a test written as a Compose test list or string. */
  public static String of(List<String> test) {
    String text;
    if (test.isEmpty()) {
      return "none";
    }
    if (test.get(0).equals("CMD")) {
      text = String.join(" ", test.subList(1, test.size()));
    } else if (test.get(0).equals("CMD-SHELL")) {
      text = String.join(" ", test.subList(1, test.size()));
    } else {
      text = String.join(" ", test);
    }
    return ofText(text);
  }

  static String ofText(String raw) {
    String text = DEFAULTED.matcher(raw).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    text = text.replace("$$", "$");
    Matcher tcp = DEV_TCP.matcher(text);
    if (tcp.find()) {
      Matcher get = RAW_GET.matcher(text);
      return get.find() ? "http:" + tcp.group(1) + path(get.group(1)) : "tcp:" + tcp.group(1);
    }
    if (HTTP_CLIENT.matcher(text).find()) {
      Matcher url = SCHEME_URL.matcher(text);
      if (url.find()) {
        return http(url.group(1), url.group(3), url.group(4));
      }
      Matcher bare = URL.matcher(text.substring(clientEnd(text)));
      String hostOnly = null;
      while (bare.find()) {
        if (bare.group(3) != null || bare.group(4) != null && bare.group(2).contains("localhost")) {
          return http(bare.group(1), bare.group(3), bare.group(4));
        }
        if (hostOnly == null && "localhost".equals(bare.group(2))) {
          hostOnly = http(null, null, null);
        }
      }
      if (hostOnly != null) {
        return hostOnly;
      }
    }
    Matcher nc = NC.matcher(text);
    if (nc.find()) {
      return "tcp:" + nc.group(2);
    }
    return "command:" + program(text);
  }

  private static int clientEnd(String text) {
    Matcher client = HTTP_CLIENT.matcher(text);
    return client.find() ? client.end() : 0;
  }

  private static String http(String scheme, String port, String path) {
    String number = port != null ? port : "https".equals(scheme) ? "443" : "80";
    return "http:" + number + path(path);
  }

  private static String path(String path) {
    if (path == null || path.isEmpty()) {
      return "/";
    }
    return path;
  }

  /** The first program the text runs: its base name, after variable assignments. */
  private static String program(String text) {
    for (String word : text.trim().split("\\s+")) {
      String clean = word.replaceAll("^[\"'(\\[]+", "");
      if (clean.isEmpty() || clean.matches("[A-Za-z_][A-Za-z0-9_]*=.*") || clean.equals("exec")) {
        continue;
      }
      String base = clean.substring(clean.lastIndexOf('/') + 1);
      return base.toLowerCase(Locale.ROOT);
    }
    return "";
  }
}
