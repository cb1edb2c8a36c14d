package dev.composefix.images;

import dev.composefix.compose.ImageReference;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Known-good healthchecks for images whose probe is certain, taken from each image's own
 * documentation and Dockerfile: {@code pg_isready} (postgres), {@code redis-cli} and {@code
 * valkey-cli ping}, {@code mysqladmin ping} (exit 0 whenever the server answers, even "access
 * denied"), MariaDB's {@code healthcheck.sh --connect} (authentication not tested), {@code mongosh}
 * (mongo 5.0+), {@code rabbitmq-diagnostics ping}, MinIO's {@code /minio/health/live} with the curl
 * the image ships, ClickHouse's {@code /ping} with the wget its images ship, and NATS's {@code
 * /healthz} on the monitoring port with whatever tool {@link ImageTools} says the image has. Qdrant
 * and Elasticsearch are listed with no check, to say why: qdrant's image ships no curl or wget, and
 * Elasticsearch's check depends on its security settings.
 */
public final class HealthcheckTemplates {

  /** What the table says for one service. */
  public sealed interface Suggestion permits Check, NoCheck {
    String family();
  }

  /**
   * A check to add.
   *
   * @param test the test in Compose's list form, such as {@code ["CMD", "redis-cli", "ping"]}
   * @param summary what the check runs, for messages
   */
  public record Check(String family, List<String> test, String summary) implements Suggestion {}

  /** The table knows the image, but no check fits this service, for the reason given. */
  public record NoCheck(String family, String reason) implements Suggestion {}

  /** A word of the service's command that the check could not see through, and why. */
  private record Conflict(Predicate<String> word, String reason) {}

  /** How the check probes the server. */
  private sealed interface Probe permits Command, Http, NoProbe {}

  /** A program of the image itself. */
  private record Command(String summary, List<String> test) implements Probe {}

  /** No check is known to work for every use of the image, for the reason given. */
  private record NoProbe(String reason) implements Probe {}

  /**
   * An HTTP endpoint, fetched with curl or wget, whichever the image has.
   *
   * @param port the port the server listens on by default
   * @param portFlags the command's flags that set another port ({@code --address ":9002"}, {@code
   *     -m 8223})
   * @param unservedWithoutPortFlag why there is no check when the service has a command without a
   *     port flag, for a server that serves the endpoint only when told to, as NATS does
   * @param ships the tools the image has when {@link ImageTools} does not know it
   * @param noTool why there is no check when the image has neither tool
   */
  private record Http(
      int port,
      String path,
      List<String> portFlags,
      Optional<String> unservedWithoutPortFlag,
      Set<ImageTools.Tool> ships,
      String noTool)
      implements Probe {}

  /**
   * The oldest version whose image has the check's program.
   *
   * @param program the program and the version it came with, e.g. "mongosh, which came with mongo
   *     5.0"
   */
  private record Minimum(int major, int minor, String program) {}

  private record Row(
      String family,
      List<String> images,
      Optional<Minimum> minimum,
      List<Conflict> conflicts,
      Probe probe) {}

  private static final Pattern VERSION = Pattern.compile("(\\d+)(?:\\.(\\d+))?.*");

  private static final List<Row> ROWS =
      List.of(
          new Row(
              "postgres",
              List.of(
                  "postgres",
                  "postgis/postgis",
                  "timescale/timescaledb",
                  "pgvector/pgvector",
                  "ankane/pgvector"),
              Optional.empty(),
              List.of(flags("its command moves the server off port 5432", "-p", "port")),
              // TCP, not the socket: the entrypoint's temporary init server listens on the socket
              // only.
              new Command(
                  "pg_isready",
                  List.of(
                      "CMD-SHELL",
                      "pg_isready -h localhost -U $${POSTGRES_USER:-postgres} -d"
                          + " $${POSTGRES_DB:-$${POSTGRES_USER:-postgres}}"))),
          new Row(
              "redis",
              List.of("redis", "redis/redis-stack", "redis/redis-stack-server"),
              Optional.empty(),
              List.of(
                  flags("its command moves the server off port 6379", "--port", "--tls-port"),
                  passwordOrConfig("redis-cli ping")),
              new Command("redis-cli ping", List.of("CMD", "redis-cli", "ping"))),
          new Row(
              "valkey",
              List.of("valkey/valkey"),
              Optional.empty(),
              List.of(
                  flags("its command moves the server off port 6379", "--port", "--tls-port"),
                  passwordOrConfig("valkey-cli ping")),
              new Command("valkey-cli ping", List.of("CMD", "valkey-cli", "ping"))),
          new Row(
              "mysql",
              List.of("mysql"),
              Optional.empty(),
              List.of(
                  flags("its command moves the server off port 3306", "--port", "-P"),
                  flags(
                      "its command turns TCP off, which mysqladmin ping -h 127.0.0.1 uses",
                      "--skip-networking")),
              new Command(
                  "mysqladmin ping", List.of("CMD", "mysqladmin", "ping", "-h", "127.0.0.1"))),
          new Row(
              "mariadb",
              List.of("mariadb"),
              Optional.of(new Minimum(10, 4, "healthcheck.sh, which came with mariadb 10.4")),
              List.of(
                  flags("its command moves the server off port 3306", "--port", "-P"),
                  flags(
                      "its command turns TCP off, which healthcheck.sh --connect uses",
                      "--skip-networking")),
              new Command(
                  "healthcheck.sh --connect", List.of("CMD", "healthcheck.sh", "--connect"))),
          new Row(
              "mongo",
              List.of("mongo"),
              Optional.of(new Minimum(5, 0, "mongosh, which came with mongo 5.0")),
              List.of(
                  flags("its command moves the server off port 27017", "--port"),
                  flags(
                      "its command sets up TLS, which the check does not use",
                      "--tlsMode",
                      "--sslMode")),
              new Command(
                  "mongosh ping",
                  List.of("CMD", "mongosh", "--quiet", "--eval", "db.adminCommand('ping')"))),
          new Row(
              "rabbitmq",
              List.of("rabbitmq"),
              Optional.of(new Minimum(3, 7, "rabbitmq-diagnostics, which came with rabbitmq 3.7")),
              List.of(),
              new Command(
                  "rabbitmq-diagnostics ping",
                  List.of("CMD", "rabbitmq-diagnostics", "-q", "ping"))),
          new Row(
              "minio",
              List.of("minio/minio", "quay.io/minio/minio"),
              Optional.empty(),
              List.of(),
              new Http(
                  9000,
                  "/minio/health/live",
                  List.of("address"),
                  Optional.empty(),
                  EnumSet.of(ImageTools.Tool.CURL),
                  "the image has no curl or wget")),
          new Row(
              "clickhouse",
              List.of("clickhouse/clickhouse-server", "clickhouse"),
              Optional.empty(),
              List.of(),
              new Http(
                  8123,
                  "/ping",
                  List.of("http_port"),
                  Optional.empty(),
                  EnumSet.of(ImageTools.Tool.WGET),
                  "the image has no curl or wget")),
          // The official image's own configuration serves monitoring on 8222; a command replaces
          // it.
          new Row(
              "nats",
              List.of("nats"),
              Optional.empty(),
              List.of(
                  flags(
                      "its command turns on monitoring over HTTPS, which the check does not use",
                      "-ms",
                      "--ms",
                      "-https_port",
                      "--https_port")),
              new Http(
                  8222,
                  "/healthz",
                  List.of("m", "http_port"),
                  Optional.of("its command has no -m 8222, so nothing serves /healthz"),
                  EnumSet.noneOf(ImageTools.Tool.class),
                  "the official nats image is built from scratch and has no curl or wget; an"
                      + " -alpine tag has wget")),
          new Row(
              "qdrant",
              List.of("qdrant/qdrant"),
              Optional.empty(),
              List.of(),
              new NoProbe("the qdrant image has no curl or wget to request /readyz with")),
          new Row(
              "elasticsearch",
              List.of("elasticsearch", "docker.elastic.co/elasticsearch/elasticsearch"),
              Optional.empty(),
              List.of(),
              new NoProbe(
                  "whether its API needs HTTPS and a password depends on its security settings")));

  private HealthcheckTemplates() {}

  /**
   * The table's suggestion for a service running this image with these command words; empty for an
   * image it does not know.
   */
  public static Optional<Suggestion> suggest(ImageReference image, List<String> commandWords) {
    Optional<Row> row =
        ROWS.stream().filter(r -> r.images().contains(image.normalizedName())).findFirst();
    return row.map(r -> suggest(r, image, commandWords));
  }

  /** Every family and the image names it covers, in table order. */
  public static Map<String, List<String>> imagesByFamily() {
    Map<String, List<String>> families = new LinkedHashMap<>();
    ROWS.forEach(row -> families.put(row.family(), row.images()));
    return families;
  }

  private static Suggestion suggest(Row row, ImageReference image, List<String> words) {
    if (image
        .tag()
        .filter(tag -> tag.contains("nanoserver") || tag.contains("windowsservercore"))
        .isPresent()) {
      return new NoCheck(
          row.family(), "it is a Windows image, which the table's checks are not written for");
    }
    if (row.minimum().isPresent()) {
      Optional<String> tooOld = versionProblem(row.minimum().get(), image);
      if (tooOld.isPresent()) {
        return new NoCheck(row.family(), tooOld.get());
      }
    }
    for (Conflict conflict : row.conflicts()) {
      if (words.stream().anyMatch(conflict.word())) {
        return new NoCheck(row.family(), conflict.reason());
      }
    }
    if (row.probe() instanceof Command command) {
      return new Check(row.family(), command.test(), command.summary());
    }
    if (row.probe() instanceof NoProbe none) {
      return new NoCheck(row.family(), none.reason());
    }
    Http http = (Http) row.probe();
    Optional<String> address = flagValue(words, http.portFlags());
    if (address.isEmpty() && !words.isEmpty() && http.unservedWithoutPortFlag().isPresent()) {
      return new NoCheck(row.family(), http.unservedWithoutPortFlag().get());
    }
    if (address.isEmpty()) {
      return http(row.family(), image, http, http.port());
    }
    Optional<Integer> port = port(address.get());
    return port.isPresent()
        ? http(row.family(), image, http, port.get())
        : new NoCheck(
            row.family(),
            "its command sets the address " + address.get() + ", whose port is unclear");
  }

  /** The port of a flag's value such as {@code 8223}, {@code ":9002"} or {@code 0.0.0.0:9000}. */
  private static Optional<Integer> port(String value) {
    String address = value.replaceAll("^[\"']|[\"']$", "");
    String port = address.substring(address.lastIndexOf(':') + 1);
    return port.matches("\\d{1,5}") ? Optional.of(Integer.parseInt(port)) : Optional.empty();
  }

  private static Suggestion http(String family, ImageReference image, Http http, int port) {
    String url = "http://localhost:" + port + http.path();
    for (ImageTools.Tool tool : List.of(ImageTools.Tool.CURL, ImageTools.Tool.WGET)) {
      if (ImageTools.has(image, tool).orElse(http.ships().contains(tool))) {
        List<String> argv =
            tool == ImageTools.Tool.CURL
                ? List.of("curl", "-sf", url)
                : List.of("wget", "-q", "-O", "/dev/null", url);
        List<String> test = new ArrayList<>(List.of("CMD"));
        test.addAll(argv);
        return new Check(family, List.copyOf(test), String.join(" ", argv));
      }
    }
    return new NoCheck(family, http.noTool());
  }

  /** Why the image may lack the check's program, or empty when its tag says it has it. */
  private static Optional<String> versionProblem(Minimum minimum, ImageReference image) {
    if (image.tag().isEmpty()) {
      return image.isPinnedByDigest()
          ? Optional.of(
              "an image pinned by digest alone does not say whether it has " + minimum.program())
          : Optional.empty();
    }
    String tag = image.tag().get();
    if (tag.equals("latest") || tag.equals("lts")) {
      return Optional.empty();
    }
    Matcher version = VERSION.matcher(tag);
    if (!version.matches()) {
      return Optional.of("its tag '" + tag + "' does not say whether it has " + minimum.program());
    }
    int major = Integer.parseInt(version.group(1));
    // A tag without a minor version, such as "3", follows the newest release of that major version.
    boolean recentEnough =
        version.group(2) == null
            ? major >= minimum.major()
            : major > minimum.major()
                || major == minimum.major()
                    && Integer.parseInt(version.group(2)) >= minimum.minor();
    return recentEnough
        ? Optional.empty()
        : Optional.of("its tag " + tag + " predates " + minimum.program());
  }

  /** The value of a Go-style flag ({@code -m 8222}, {@code --m=8222}), by any of its names. */
  private static Optional<String> flagValue(List<String> words, List<String> names) {
    for (int i = 0; i < words.size(); i++) {
      for (String name : names) {
        for (String dashes : List.of("-", "--")) {
          String flag = dashes + name;
          if (words.get(i).equals(flag) && i + 1 < words.size()) {
            return Optional.of(words.get(i + 1));
          }
          if (words.get(i).startsWith(flag + "=")) {
            return Optional.of(words.get(i).substring(flag.length() + 1));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A Redis-style server told a password, or reading a config file that may set one or move the
   * port.
   */
  private static Conflict passwordOrConfig(String check) {
    Conflict password = flags("", "--requirepass");
    return new Conflict(
        word -> password.word().test(word) || word.endsWith(".conf"),
        "its command sets a password or loads a config file, which " + check + " would not know");
  }

  /** A conflict with any of these flags, written alone or as {@code flag=value}. */
  private static Conflict flags(String reason, String... names) {
    List<String> flags = List.of(names);
    return new Conflict(
        word -> flags.stream().anyMatch(flag -> word.equals(flag) || word.startsWith(flag + "=")),
        reason);
  }
}
