package dev.composefix.rules.healthcheck;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a healthcheck test depends on outside the image: the absolute paths it names (a heartbeat
 * file, a mounted script, a config file), the ports it connects to, whether it talks to the network
 * at all, and the container's variables it reads. Read from the test's text, conservatively: a word
 * that may be a port or a path counts as one.
 *
 * @param paths absolute paths, outside URLs and {@code /dev/tcp/...}
 * @param ports port numbers, as written
 * @param network whether it connects somewhere: a URL, {@code /dev/tcp}, a local host name, or a
 *     program that connects by default (curl, nc, pg_isready, redis-cli, ...)
 * @param variables the container's variables it reads: {@code $$NAME}, {@code os.environ["NAME"]},
 *     {@code os.getenv("NAME")}, {@code process.env.NAME}
 */
record ProbeDependencies(
    Set<String> paths, Set<String> ports, boolean network, Set<String> variables) {

  private static final Pattern URL =
      Pattern.compile(
          "\\b[a-zA-Z][a-zA-Z0-9+.-]*://\\[?[\\w.:-]*?\\]?(?::(\\d{1,5}))?(/[^\\s'\"]*)?");
  private static final Pattern DEV_TCP = Pattern.compile("/dev/(?:tcp|udp)/[^/\\s]+/(\\d{1,5})");
  private static final Pattern LOCAL_HOST =
      Pattern.compile("\\b(?:localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0)\\b|\\[?::1\\]?");
  private static final Pattern HOST_PORT =
      Pattern.compile("\\b(?:localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0):(\\d{1,5})\\b");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.:/-])(\\d{2,5})(?![\\w.:/-])");
  private static final Pattern PATH = Pattern.compile("(?<![\\w.:/$-])/[\\w.@+-]+(?:/[\\w.@+-]+)*");
  private static final Pattern VARIABLE =
      Pattern.compile(
          "\\$\\$\\{?([A-Za-z_]\\w*)"
              + "|os\\.environ(?:\\.get\\(|\\[)\\s*['\"](\\w+)['\"]"
              + "|os\\.getenv\\(\\s*['\"](\\w+)['\"]"
              + "|process\\.env\\.(\\w+)");

  /** What separates a shell command's words well enough to find the program names among them. */
  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s;|&()'\"]+");

  /** Programs that connect to a server when no address is given. */
  private static final Set<String> NETWORK_CLIENTS =
      Set.of(
          "curl",
          "wget",
          "nc",
          "ncat",
          "netcat",
          "telnet",
          "pg_isready",
          "psql",
          "redis-cli",
          "valkey-cli",
          "keydb-cli",
          "mysqladmin",
          "mysql",
          "mariadb-admin",
          "mariadb",
          "mongosh",
          "mongo",
          "cypher-shell",
          "clickhouse-client",
          "grpc_health_probe",
          "rabbitmq-diagnostics",
          "nslookup",
          "dig",
          "healthcheck.sh");

  static ProbeDependencies of(List<String> test) {
    String text = String.join(" ", test.subList(isForm(test.get(0)) ? 1 : 0, test.size()));
    Set<String> ports = new LinkedHashSet<>();
    boolean network = false;
    StringBuilder rest = new StringBuilder(text);
    for (Pattern pattern : List.of(URL, DEV_TCP)) {
      Matcher matcher = pattern.matcher(rest);
      while (matcher.find()) {
        network = true;
        if (matcher.group(1) != null) {
          ports.add(matcher.group(1));
        }
        // A URL's path is not a file of the container.
        for (int i = matcher.start(); i < matcher.end(); i++) {
          rest.setCharAt(i, ' ');
        }
      }
    }
    Matcher hostPort = HOST_PORT.matcher(text);
    while (hostPort.find()) {
      ports.add(hostPort.group(1));
    }
    network |= LOCAL_HOST.matcher(text).find();
    for (String word : WORD_BREAKS.split(text)) {
      network |= NETWORK_CLIENTS.contains(word.substring(word.lastIndexOf('/') + 1));
    }
    if (network) {
      Matcher number = NUMBER.matcher(rest);
      while (number.find()) {
        ports.add(number.group(1));
      }
    }
    Set<String> paths = new LinkedHashSet<>();
    Matcher path = PATH.matcher(rest);
    while (path.find()) {
      paths.add(path.group());
    }
    Set<String> variables = new LinkedHashSet<>();
    Matcher variable = VARIABLE.matcher(text);
    while (variable.find()) {
      for (int group = 1; group <= variable.groupCount(); group++) {
        if (variable.group(group) != null) {
          variables.add(variable.group(group));
        }
      }
    }
    return new ProbeDependencies(paths, ports, network, variables);
  }

  private static boolean isForm(String first) {
    return first.equals("CMD") || first.equals("CMD-SHELL");
  }
}
