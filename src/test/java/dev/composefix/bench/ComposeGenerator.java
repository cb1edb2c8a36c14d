package dev.composefix.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a large, realistic Compose file for the benchmarks: the mix a self-hosted AI stack grows
 * into (databases, caches, APIs, GPU workers, a message bus, object storage, proxies), with the
 * problems compose-fix looks for in some services and not in others: healthchecks with and without
 * start_period, :latest, untagged and pinned images, {@code ${VAR:-default}} secrets, GPU services
 * with and without a device reservation, environment as a list and as a map, comments, anchors,
 * aliases and merge keys. The same service count and seed always give the same bytes; 300 services
 * come to about 4,500 lines.
 *
 * <p>In a 300-service file no anchor is used more than 100 times: dclint's YAML library refuses
 * more as "excessive alias count", and bench/compare.sh times dclint on the same file.
 *
 * <p>Usage: {@code ComposeGenerator SERVICES PATH [SEED]}.
 */
public final class ComposeGenerator {

  /** The seed the benchmarks and bench/compare.sh use. */
  public static final long DEFAULT_SEED = 42;

  private static final List<String> TEAMS =
      List.of("search", "billing", "media", "chat", "ingest", "agents", "vision", "audit");
  private static final List<String> KINDS =
      List.of("db", "api", "cache", "inference", "storage", "worker", "proxy", "bus");

  private final StringBuilder out = new StringBuilder();
  private final int services;
  private final Random random;

  private ComposeGenerator(int services, long seed) {
    this.services = services;
    this.random = new Random(seed);
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      throw new IllegalArgumentException("usage: ComposeGenerator SERVICES PATH [SEED]");
    }
    int services = Integer.parseInt(args[0]);
    long seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
    write(Path.of(args[1]), services, seed);
  }

  /** Writes the file, creating its folder when needed. */
  public static void write(Path path, int services, long seed) throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(path, generate(services, seed), StandardCharsets.UTF_8);
  }

  /** The text of a Compose file with this many services. */
  public static String generate(int services, long seed) {
    if (services < 1) {
      throw new IllegalArgumentException("at least one service, not " + services);
    }
    return new ComposeGenerator(services, seed).file();
  }

  private String file() {
    line("# A generated stack of " + services + " services for compose-fix's benchmarks.");
    line("# Regenerate it with: ComposeGenerator " + services + " PATH");
    line("name: bench-" + services);
    line("");
    line("x-logging: &logging");
    line("  driver: json-file");
    line("  options:");
    line("    max-size: \"10m\"");
    line("    max-file: \"3\"");
    line("");
    line("x-healthcheck: &healthcheck-defaults");
    line("  interval: 30s");
    line("  timeout: 5s");
    line("  retries: 3");
    line("");
    line("x-common-env: &common-env");
    line("  TZ: UTC");
    line("  LOG_FORMAT: json");
    line("");
    line("services:");
    for (int i = 0; i < services; i++) {
      service(i);
    }
    line("");
    line("volumes:");
    line("  models: {}");
    for (int i = 0; i < services; i += 7) {
      line("  data-" + i + ": {}");
    }
    return out.toString();
  }

  /** The name of service {@code i}: its team, its kind and its number. */
  private static String name(int i) {
    return team(i) + "-" + KINDS.get(i % KINDS.size()) + "-" + i;
  }

  /** Services come in groups of eight, one of each kind, in the order of KINDS. */
  private static int group(int i) {
    return i / KINDS.size();
  }

  private static String team(int i) {
    return TEAMS.get(group(i) % TEAMS.size());
  }

  private void service(int i) {
    String team = team(i);
    if (i > 0) {
      line("");
    }
    if (i % KINDS.size() == 0) {
      line("  # The " + team + " team's services, from " + i + ".");
    }
    switch (i % KINDS.size()) {
      case 0 -> postgres(i, team);
      case 1 -> api(i, team);
      case 2 -> redis(i, team);
      case 3 -> gpuWorker(i, team);
      case 4 -> objectStore(i, team);
      case 5 -> worker(i, team);
      case 6 -> proxy(i, team);
      default -> bus(i, team);
    }
  }

  private void postgres(int i, String team) {
    line("  " + name(i) + ":");
    line("    image: " + pick("postgres:latest", "postgres:16.4-alpine", "postgres"));
    line("    restart: unless-stopped");
    line("    command: [\"postgres\", \"-c\", \"max_connections=" + (100 + i % 5 * 50) + "\"]");
    line("    environment:");
    line("      - POSTGRES_USER=" + team);
    line("      - POSTGRES_DB=" + team + "_" + i);
    line(
        "      - POSTGRES_PASSWORD=${"
            + upper(team)
            + "_DB_PASSWORD_"
            + i
            + ":-"
            + pick("changeme", "postgres", "secret")
            + "}");
    line("    volumes:");
    line("      - data-" + (i / 7 * 7) + ":/var/lib/postgresql/data");
    line("    healthcheck:");
    line("      test: [\"CMD-SHELL\", \"pg_isready -U " + team + "\"]");
    line("      interval: 10s");
    line("      retries: 5");
    if (random.nextBoolean()) {
      line("      start_period: 30s");
    }
    line("    logging: *logging");
  }

  private void api(int i, String team) {
    line("  " + name(i) + ":");
    line(
        "    image: example/"
            + team
            + "-api:"
            + pick("latest", "1.4." + (i % 10), "2.0.0-rc" + (i % 3)));
    line("    ports:");
    line("      - \"" + (8000 + i) + ":8080\"");
    line("    environment:");
    line("      <<: *common-env");
    line(
        "      DATABASE_URL: postgres://"
            + team
            + "@"
            + name(i - 1)
            + ":5432/"
            + team
            + "_"
            + (i - 1));
    line("      API_TOKEN: ${" + upper(team) + "_API_TOKEN:-dev-token-" + i + "}");
    line("      WORKERS: \"" + (2 + i % 4) + "\"");
    line("    depends_on:");
    line("      " + name(i - 1) + ":");
    line("        condition: service_healthy");
    line("    deploy:");
    line("      resources:");
    line("        limits:");
    line("          cpus: \"1.0\"");
    line("          memory: 1g");
    line("    healthcheck:");
    line(
        "      test: [\"CMD\", \"curl\", \""
            + pick("-f", "-sf", "--fail")
            + "\", \"http://localhost:8080/health\"]");
    line("      <<: *healthcheck-defaults");
    line("    logging: &logs-" + group(i));
    line("      driver: json-file");
    line("      options: {max-size: \"20m\", max-file: \"5\"}");
  }

  private void redis(int i, String team) {
    line("  " + name(i) + ":");
    line("    image: " + pick("redis:7.4-alpine", "redis", "redis:latest"));
    line("    command: [\"redis-server\", \"--appendonly\", \"yes\"]");
    line("    healthcheck:");
    line("      test: [\"CMD\", \"redis-cli\", \"ping\"]");
    line("      interval: 10s");
    if (random.nextBoolean()) {
      line("      start_period: 10s");
    }
    line("    deploy:");
    line("      resources:");
    line("        limits: {memory: 512m}");
  }

  private void gpuWorker(int i, String team) {
    line("  " + name(i) + ":  # GPU");
    line("    image: " + pick("ollama/ollama:latest", "vllm/vllm-openai:v0.6.3", "ollama/ollama"));
    line("    environment:");
    line("      - OLLAMA_KEEP_ALIVE=24h");
    line("      - NVIDIA_VISIBLE_DEVICES=all");
    line("      - HF_TOKEN=${HF_TOKEN:-hf_placeholder}");
    if (random.nextBoolean()) {
      line("    runtime: nvidia");
    } else {
      line("    deploy:");
      line("      resources:");
      line("        reservations:");
      line("          devices:");
      line("            - driver: nvidia");
      line("              count: all");
      line("              capabilities: [gpu]");
    }
    line("    volumes:");
    line("      - models:/root/.ollama  # shared model cache");
    line("    healthcheck:");
    line("      test: [\"CMD\", \"curl\", \"http://localhost:11434/api/tags\"]");
    line("      interval: 30s");
  }

  private void objectStore(int i, String team) {
    line("  " + name(i) + ":");
    line("    image: minio/minio" + pick("", ":RELEASE.2024-12-18T13-15-44Z", ":latest"));
    line("    command: server /data --console-address \":9001\"");
    line("    environment:");
    line("      MINIO_ROOT_USER: ${MINIO_ROOT_USER:-admin}");
    line("      MINIO_ROOT_PASSWORD: ${MINIO_ROOT_PASSWORD:-minioadmin}");
    line("    ports:");
    line("      - \"" + (10000 + i) + ":9000\"");
    line("    volumes:");
    line("      - data-" + (i / 7 * 7) + ":/data");
    line("    healthcheck:");
    line("      test: [\"CMD\", \"mc\", \"ready\", \"local\"]");
    line("      interval: 30s");
    line("    logging: *logs-" + group(i));
  }

  private void worker(int i, String team) {
    line("  " + name(i) + ":");
    line("    image: example/" + team + "-worker:" + pick("3.2.1", "latest", "3.2"));
    line("    command:");
    line("      - python");
    line("      - -m");
    line("      - worker");
    line("      - --queue=" + team);
    line("    environment:");
    line("      <<: *common-env");
    line("      QUEUE_URL: nats://" + name(i + 2) + ":4222");
    if (i + 2 < services) {
      line("    depends_on:");
      line("      - " + name(i + 2));
    }
    line("    restart: on-failure");
  }

  private void proxy(int i, String team) {
    line("  " + name(i) + ":");
    line("    image: " + pick("nginx:1.27-alpine", "nginx", "traefik:v3.2"));
    line("    ports: [\"" + (9000 + i) + ":80\"]");
    line(
        "    healthcheck: {test: [\"CMD\", \"wget\", \"-qO-\", \"http://localhost/\"], interval:"
            + " 15s}");
    line("    labels:");
    line("      com.example.team: " + team);
    line("      com.example.tier: edge  # routed by the front proxy");
    line("    logging: *logs-" + group(i));
  }

  private void bus(int i, String team) {
    line("  " + name(i) + ":");
    line("    image: nats:" + pick("2.10-alpine", "latest", "2.10"));
    line("    command: [\"-js\"" + (random.nextBoolean() ? ", \"-m\", \"8222\"" : "") + "]");
    line("    expose:");
    line("      - \"4222\"");
    line("    volumes:");
    line("      - data-" + (i / 7 * 7) + ":/data/jetstream");
    line("    healthcheck:");
    line("      test: [\"CMD\", \"wget\", \"--spider\", \"http://localhost:8222/healthz\"]");
    line("      interval: 10s");
    line("      start_period: 5s");
  }

  private String pick(String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static String upper(String team) {
    return team.toUpperCase(java.util.Locale.ROOT);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
