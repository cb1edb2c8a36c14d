package dev.composefix.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes random, valid Compose documents that vary everything the editor must keep: block and flow
 * style, 2 or 4 spaces, sequences indented or flush, comments in every position, blank lines,
 * anchors, aliases and merge keys, plain, single- and double-quoted scalars, block scalars with
 * every chomping indicator, environment as a list and as a map, CRLF, a BOM, no final newline,
 * non-ASCII and emoji. The content is chosen to trigger every rule: healthchecks with and without
 * start_period, secrets with defaults and literal values, :latest images, GPU services, curl
 * without -f, NATS with JetStream, weak and tool-less checks. The same seed gives the same text.
 */
final class ComposeDocumentGenerator {

  private static final String[] IMAGES = {
    "postgres",
    "postgres:latest",
    "postgres:15-alpine",
    "redis",
    "redis:7-alpine",
    "minio/minio",
    "minio/minio:latest",
    "nats:2.10-alpine",
    "nats",
    "ollama/ollama:latest",
    "docker.io/library/nginx:latest",
    "example/api:1.4.2",
    "ghcr.io/acme/worker@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
    "${APP_IMAGE:-example/app:1.0}",
    "registry:5000/team/app",
    "alpine:3.20",
    "gcr.io/distroless/static"
  };
  private static final String[] SECRET_NAMES = {
    "POSTGRES_PASSWORD",
    "MINIO_ROOT_USER",
    "MINIO_ROOT_PASSWORD",
    "OPENAI_API_KEY",
    "GITHUB_TOKEN",
    "JWT_SECRET",
    "SMTP_PASS",
    "HMAC_KEY"
  };
  private static final String[] PLAIN_NAMES = {
    "LOG_LEVEL", "TZ", "TOKEN_TTL", "PASSWORD_MIN_LENGTH", "PORT", "NODE_ENV"
  };
  private static final String[] TESTS = {
    "[\"CMD\", \"curl\", \"http://localhost:8080/health\"]",
    "[\"CMD\", \"curl\", \"-f\", \"-s\", \"http://localhost/healthz\"]",
    "[\"CMD\", \"curl\", \"-sf\", \"http://localhost:9000/minio/health/live\"]",
    "[\"CMD-SHELL\", \"curl --fail http://localhost:3000/ || exit 1\"]",
    "[\"CMD-SHELL\", \"pg_isready -U postgres\"]",
    "[\"CMD\", \"mc\", \"ready\", \"local\"]",
    "[\"CMD\", \"wget\", \"--spider\", \"-q\", \"http://localhost/\"]",
    "[\"CMD\", \"python3\", \"-c\", \"import sys; sys.exit(0)\"]",
    "[\"CMD\", \"redis-cli\", \"ping\"]",
    "\"curl -s http://localhost:8000/ready\"",
    "exit 0",
    "[\"NONE\"]"
  };
  private static final String[] COMMENTS = {
    "# note", "# TODO(ops): review", "# ünïcödé ✓", "# 🚀 fast path", "#no space"
  };

  private final Random random;
  private final int indent;
  private final boolean indentSequences;
  private final StringBuilder out = new StringBuilder();
  private final Set<String> anchors = new LinkedHashSet<>();

  ComposeDocumentGenerator(long seed) {
    this.random = new Random(seed);
    this.indent = random.nextBoolean() ? 2 : 4;
    this.indentSequences = random.nextBoolean();
  }

  /** A document in LF; {@link #variant} then applies the byte-level choices. */
  String generate() {
    if (chance(30)) {
      comment(0);
    }
    if (chance(20)) {
      line(0, "name: " + pick("stack", "'ai-stack'", "\"data-platform\""));
    }
    if (chance(40)) {
      anchoredHealthcheck();
    }
    if (chance(30)) {
      anchoredEnvironment();
    }
    if (chance(30)) {
      anchoredService();
    }
    if (chance(25)) {
      // Keys written once and used through aliases: *period : 10s, and a service named *name.
      anchors.add("keys");
      line(0, "x-keys: [&period start_period, &name aliased-name]");
    }
    blank();
    line(0, "services:" + trailingComment());
    int services = 1 + random.nextInt(5);
    for (int i = 0; i < services; i++) {
      service(i);
    }
    if (chance(20)) {
      blank();
      line(0, "volumes:");
      line(1, "data: {}");
    }
    if (chance(20)) {
      comment(0);
    }
    return out.toString();
  }

  /** The same document with CRLF, a BOM and no final newline, each chosen at random. */
  String variant(String document) {
    String text = document;
    if (chance(35)) {
      text = text.replace("\n", "\r\n");
    }
    if (chance(25)) {
      text =
          text.endsWith("\r\n")
              ? text.substring(0, text.length() - 2)
              : text.substring(0, text.length() - 1);
    }
    if (chance(25)) {
      text = "\uFEFF" + text;
    }
    return text;
  }

  private void anchoredHealthcheck() {
    anchors.add("hc");
    if (chance(40)) {
      line(
          0,
          "x-healthcheck: &hc {test: "
              + pick(TESTS)
              + ", interval: 30s"
              + (chance(30) ? ", start_period: 20s" : "")
              + "}");
    } else {
      line(0, "x-healthcheck: &hc" + trailingComment());
      line(1, "test: " + pick(TESTS));
      line(1, "interval: " + pick("30s", "10s", "'1m'"));
      if (chance(30)) {
        line(1, "start_period: 20s");
      }
    }
  }

  private void anchoredEnvironment() {
    anchors.add("env");
    line(0, "x-env: &env");
    line(1, "LOG_LEVEL: info");
    line(1, pick(SECRET_NAMES) + ": " + secretValue("DEFAULT_SECRET"));
  }

  private void anchoredService() {
    anchors.add("base");
    line(0, "x-base: &base");
    line(1, "restart: unless-stopped");
    if (anchors.contains("hc") && chance(50)) {
      line(1, "healthcheck: *hc");
    }
    if (chance(40)) {
      line(1, "image: " + pick(IMAGES));
    }
  }

  private void service(int index) {
    if (chance(40)) {
      blank();
    }
    if (chance(25)) {
      comment(1);
    }
    String name =
        pick("db", "cache", "api", "worker", "minio", "nats", "ollama", "web", "café", "gpu")
            + "-"
            + index;
    if (anchors.remove("keys")) {
      anchors.add("period");
      name = "*name ";
    }
    if (chance(15)) {
      line(1, quoteKey(name) + ": {image: " + plainImage() + ", ports: [\"8080:80\"]}");
      return;
    }
    line(1, (name.startsWith("*") ? name : quoteKey(name)) + ":" + trailingComment());
    if (anchors.contains("base") && chance(35)) {
      line(2, "<<: *base");
    }
    boolean nats = false;
    if (chance(90)) {
      String image = pick(IMAGES);
      nats = image.startsWith("nats");
      String tag = chance(15) ? pick("!override ", "!<tag:yaml.org,2002:str> ") : "";
      line(2, "image: " + tag + quote(image));
    }
    if (nats || chance(25)) {
      command(nats);
    }
    if (chance(20)) {
      line(2, "runtime: nvidia");
    }
    if (chance(70)) {
      environment();
    }
    if (chance(70)) {
      healthcheck();
    }
    if (chance(30)) {
      line(2, "ports:");
      sequenceItem(3, quote("8080:8080"));
    }
    if (chance(20)) {
      line(2, "deploy:");
      line(3, "resources:");
      line(4, "limits: {memory: 2G}");
    }
    if (chance(20)) {
      line(2, "labels:");
      line(3, "description: " + pick("\"Ünïcode ✓ label\"", "'emoji 🐳 here'", "plain-label"));
      if (chance(30)) {
        // A long value that looks like a URL, as compact JSON configs hold.
        line(3, "url: http://" + "a".repeat(500 + random.nextInt(3_000)) + "/x");
      }
    }
    if (chance(20)) {
      // A list whose last item is commented out: a key added after it must go below the comment.
      line(2, "volumes:");
      sequenceItem(3, "data:/data");
      line(3, "# - ./extra:/extra");
    }
  }

  private void command(boolean nats) {
    String[] words =
        nats
            ? new String[] {"-js", pick("-sd", "--store_dir"), "/data"}
            : new String[] {"serve", "--port", "8080"};
    switch (random.nextInt(4)) {
      case 0 -> line(2, "command: " + quote(String.join(" ", words)));
      case 1 -> line(2, "command: [" + String.join(", ", quoteAll(words)) + "]");
      case 2 -> {
        line(2, "command:");
        for (String word : words) {
          sequenceItem(3, quote(word));
        }
      }
      default -> {
        line(2, "command: " + pick(">", ">-", ">+", "|", "|-", "|+"));
        line(3, String.join(" ", words));
        if (chance(30)) {
          out.append('\n');
        }
      }
    }
  }

  private void environment() {
    List<String[]> variables = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      String name = chance(50) ? pick(SECRET_NAMES) : pick(PLAIN_NAMES);
      if (names.add(name)) {
        boolean secret = List.of(SECRET_NAMES).contains(name);
        variables.add(
            new String[] {
              name, secret ? secretValue(name) : pick("info", "UTC", "3600", "8", "production")
            });
      }
    }
    if (chance(15)) {
      names.add("NVIDIA_VISIBLE_DEVICES");
      variables.add(new String[] {"NVIDIA_VISIBLE_DEVICES", "all"});
    }
    if (chance(15)) {
      // Elasticsearch-style settings: dotted keys, a file path and a literal secret.
      variables.add(new String[] {"xpack.security.http.ssl.key", "certs/key.pem"});
      variables.add(
          new String[] {"xpack.security.authc.token.secret", "s3cr3t-" + random.nextInt(99)});
    }
    if (chance(50)) {
      if (chance(20)) {
        List<String> items = new ArrayList<>();
        variables.forEach(v -> items.add(quoteFlow(v[0] + "=" + v[1])));
        line(2, "environment: [" + String.join(", ", items) + "]");
        return;
      }
      line(2, "environment:" + trailingComment());
      for (String[] variable : variables) {
        sequenceItem(3, quote(variable[0] + "=" + variable[1]));
      }
    } else {
      line(2, "environment:");
      if (anchors.contains("env") && chance(40)) {
        line(3, "<<: *env");
      }
      for (String[] variable : variables) {
        if (anchors.contains("env") && variable[0].equals("LOG_LEVEL")) {
          continue;
        }
        String value = quote(variable[1]);
        if (List.of(SECRET_NAMES).contains(variable[0]) && chance(15)) {
          value = pick("!reset null", "!override " + value);
        }
        line(3, variable[0] + ": " + value + trailingComment());
      }
    }
  }

  private String secretValue(String name) {
    return switch (random.nextInt(7)) {
      case 0 -> "${" + name + ":-changeme}";
      case 1 -> "${" + name + "-s3cr3t}";
      case 2 -> "${" + name + ":-}";
      case 3 -> "${" + name + ":?" + name + " is required}";
      case 4 -> "hunter2-" + random.nextInt(1000);
      case 5 -> "postgres://app:${" + name + ":-pw}@db:5432/app";
      default -> "$${NOT_INTERPOLATED}";
    };
  }

  private void healthcheck() {
    if (anchors.contains("hc") && chance(30)) {
      line(2, "healthcheck: *hc");
      return;
    }
    if (chance(5)) {
      line(2, "healthcheck: !reset {}");
      return;
    }
    if (chance(20)) {
      line(
          2,
          "healthcheck: {test: "
              + pick(TESTS)
              + ", interval: 10s"
              + (chance(30) ? ", start_period: 5s" : "")
              + "}");
      return;
    }
    line(2, "healthcheck:" + trailingComment());
    if (anchors.contains("hc") && chance(30)) {
      line(3, pick("<<: *hc", "!!merge <<: *hc"));
    }
    if (chance(10)) {
      line(3, "disable: true");
      return;
    }
    boolean testLast = chance(20);
    if (!testLast) {
      test();
    }
    if (chance(60)) {
      line(3, "interval: " + pick("30s", "10s", "\"15s\""));
    }
    if (anchors.remove("period") && chance(70)) {
      line(3, "*period : " + pick("30s", "1m"));
    } else if (chance(30)) {
      line(3, "start_period: " + pick("30s", "1m"));
    }
    if (chance(30)) {
      line(3, "retries: " + (1 + random.nextInt(5)));
    }
    if (testLast) {
      test();
    }
  }

  /** The test, sometimes as a block list whose last item is commented out. */
  private void test() {
    if (chance(20)) {
      line(3, "test:");
      sequenceItem(4, "CMD-SHELL");
      sequenceItem(4, quote("curl -f http://localhost:8080/ || exit 1"));
      if (chance(50)) {
        line(4, "# - --quiet");
      }
    } else {
      line(3, "test: " + pick(TESTS));
    }
  }

  private void sequenceItem(int level, String value) {
    int column = indentSequences ? level * indent : (level - 1) * indent;
    out.append(" ".repeat(column))
        .append("- ")
        .append(value)
        .append(trailingComment())
        .append('\n');
  }

  private void line(int level, String text) {
    out.append(" ".repeat(level * indent)).append(text).append('\n');
  }

  private void comment(int level) {
    line(level, pick(COMMENTS));
  }

  private void blank() {
    out.append(chance(20) ? "   \n" : "\n");
  }

  private String trailingComment() {
    return chance(15) ? "  " + pick(COMMENTS) : "";
  }

  private String plainImage() {
    String image = pick(IMAGES);
    return image.contains("$") || image.contains("@") ? "redis" : image;
  }

  private String quote(String value) {
    boolean plainSafe =
        value.matches("[A-Za-z0-9_./@:${}=+-][A-Za-z0-9_./@:${}= ?+-]*")
            && !value.contains(": ")
            && !value.endsWith(":")
            && !value.matches("[0-9]+")
            && !value.equals("true")
            && !value.startsWith("-")
            && !value.startsWith("{")
            && !value.startsWith("$$");
    int style = random.nextInt(3);
    if (style == 0 && plainSafe) {
      return value;
    }
    if (style == 1 || style == 0) {
      return "'" + value.replace("'", "''") + "'";
    }
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private String quoteFlow(String value) {
    return random.nextBoolean()
        ? "'" + value.replace("'", "''") + "'"
        : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private String[] quoteAll(String[] words) {
    String[] quoted = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      quoted[i] = quoteFlow(words[i]);
    }
    return quoted;
  }

  private String quoteKey(String key) {
    return key.matches("[a-z0-9-]+") && random.nextInt(4) > 0 ? key : "\"" + key + "\"";
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  @SafeVarargs
  private <T> T pick(T... options) {
    return options[random.nextInt(options.length)];
  }
}
