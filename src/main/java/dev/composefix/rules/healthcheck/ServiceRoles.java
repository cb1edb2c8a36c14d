package dev.composefix.rules.healthcheck;

import dev.composefix.compose.ExtendedService;
import dev.composefix.compose.ImageReference;
import dev.composefix.lint.Severity;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a service is, as far as its missing healthcheck matters, in the hardening review's priority
 * order: data services, then API services, then workers, then diagnostic and one-shot services. The
 * first matching signal decides, one-shot signals first.
 */
final class ServiceRoles {

  /**
   * The role of one service.
   *
   * @param severity how much its missing healthcheck matters
   * @param kind what it is, e.g. "data service"
   * @param reason the signal that decided, e.g. "image postgres"; empty for a worker
   */
  record Role(Severity severity, Kind kind, String reason) {

    /** "data service (image postgres)", or "worker". */
    String describe() {
      return reason.isEmpty() ? kind.label : kind.label + " (" + reason + ")";
    }
  }

  enum Kind {
    DATA("data service"),
    API("API service"),
    WORKER("worker"),
    ONE_SHOT("one-shot or diagnostic service");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** Data stores and message brokers, by the last part of the image name (or a longer path). */
  static final List<String> DATA_IMAGES =
      List.of(
          "postgres",
          "postgresql",
          "postgis",
          "timescaledb",
          "timescaledb-ha",
          "pgvector",
          "mysql",
          "mysql-server",
          "mariadb",
          "mongo",
          "mongodb-community-server",
          "mssql/server",
          "redis",
          "redis-stack",
          "redis-stack-server",
          "redismod",
          "valkey",
          "keydb",
          "dragonfly",
          "memcached",
          "minio",
          "qdrant",
          "weaviate",
          "milvus",
          "chroma",
          "elasticsearch",
          "opensearch",
          "clickhouse",
          "clickhouse-server",
          "cassandra",
          "scylla",
          "neo4j",
          "influxdb",
          "couchdb",
          "surrealdb",
          "etcd",
          "zookeeper",
          "cp-zookeeper",
          "kafka",
          "cp-kafka",
          "redpanda",
          "rabbitmq",
          "nats");

  /** Web servers, proxies and well-known APIs, which serve HTTP even when no port is published. */
  static final List<String> HTTP_IMAGES =
      List.of(
          "nginx",
          "nginx-unprivileged",
          "openresty",
          "httpd",
          "caddy",
          "traefik",
          "haproxy",
          "envoy",
          "kong",
          "varnish",
          "postgrest",
          "graphql-engine",
          "tensorzero/gateway",
          "ollama",
          "vllm-openai",
          "text-generation-inference",
          "litellm",
          "open-webui",
          "grafana",
          "prometheus",
          "n8n",
          "keycloak",
          "gitea");

  /** Client and echo images that run a one-off command or only help to debug. */
  static final List<String> ONE_SHOT_IMAGES =
      List.of("mc", "curl", "busybox", "alpine", "whoami", "netshoot", "http-echo", "echo-server");

  /** Profiles that hold tools and jobs rather than the running system. */
  static final List<String> ONE_SHOT_PROFILES =
      List.of(
          "debug",
          "diag",
          "diagnostics",
          "tools",
          "tool",
          "test",
          "tests",
          "setup",
          "init",
          "migrate",
          "migrations",
          "seed",
          "cli");

  /**
   * Words of a service name ({@code nats-echo-req}, {@code db_init}) that mark a job or a
   * diagnostic.
   */
  static final List<String> ONE_SHOT_NAME_WORDS =
      List.of(
          "echo",
          "debug",
          "diag",
          "test",
          "tests",
          "init",
          "setup",
          "migrate",
          "migration",
          "migrations",
          "migrator",
          "seed",
          "seeder",
          "bootstrap",
          "provision",
          "createbuckets",
          "import",
          "pull",
          "tools",
          "tool");

  private ServiceRoles() {}

  /**
   * @param known the role the image knowledge base gives its image, which decides after the
   *     service's own one-shot signals
   * @param builtOn for a service that builds its image, that image ("the image built from
   *     mongo/Dockerfile on mongo:5"), which names the reason for the role its build gives
   */
  static Role of(
      ExtendedService service,
      Optional<dev.composefix.images.Role> known,
      Optional<String> builtOn) {
    Optional<ImageReference> image = service.image();
    Optional<String> oneShot = oneShotSignal(service, image);
    if (oneShot.isPresent()) {
      return new Role(Severity.LOW, Kind.ONE_SHOT, oneShot.get());
    }
    if (known.isPresent() && (image.isPresent() || !service.has("build") || builtOn.isPresent())) {
      // An image whose tag is a variable without a default has no reference, but its rows may
      // still agree on its role.
      String reason =
          builtOn.isPresent()
              ? builtOn.get()
              : image.isPresent() ? "image " + image.get().normalizedName() : "its image";
      return switch (known.get()) {
        case DATA -> new Role(Severity.CRITICAL, Kind.DATA, reason);
        case API -> new Role(Severity.HIGH, Kind.API, reason);
        case WORKER -> new Role(Severity.MEDIUM, Kind.WORKER, reason);
        case ONE_SHOT, DIAGNOSTIC -> new Role(Severity.LOW, Kind.ONE_SHOT, reason);
      };
    }
    Optional<String> data = matching(image, DATA_IMAGES);
    if (data.isPresent()) {
      return new Role(Severity.CRITICAL, Kind.DATA, "image " + data.get());
    }
    Optional<String> http = matching(image, HTTP_IMAGES);
    if (http.isPresent()) {
      return new Role(Severity.HIGH, Kind.API, "image " + http.get());
    }
    if (nonEmpty(service.get("ports"))) {
      return new Role(Severity.HIGH, Kind.API, "publishes ports");
    }
    if (nonEmpty(service.get("expose"))) {
      return new Role(Severity.HIGH, Kind.API, "exposes ports");
    }
    return new Role(Severity.MEDIUM, Kind.WORKER, "");
  }

  private static Optional<String> oneShotSignal(
      ExtendedService service, Optional<ImageReference> image) {
    Optional<String> restart = service.text("restart");
    if (restart.isPresent() && restart.get().equals("no")) {
      return Optional.of("restart: \"no\"");
    }
    if (restartPolicyCondition(service).equals("none")) {
      return Optional.of("restart_policy condition: none");
    }
    for (String profile : service.list("profiles")) {
      if (ONE_SHOT_PROFILES.contains(profile.toLowerCase(Locale.ROOT))) {
        return Optional.of("profile " + profile);
      }
    }
    for (String word : NAME_WORD_BREAKS.split(service.service().name().toLowerCase(Locale.ROOT))) {
      if (ONE_SHOT_NAME_WORDS.contains(word)) {
        return Optional.of("'" + word + "' in its name");
      }
    }
    Optional<String> oneShotImage = matching(image, ONE_SHOT_IMAGES);
    return oneShotImage.isPresent() ? Optional.of("image " + oneShotImage.get()) : Optional.empty();
  }

  /** {@code deploy.restart_policy.condition}; "" when it is not set. */
  private static String restartPolicyCondition(ExtendedService service) {
    Optional<YNode> deploy = service.get("deploy");
    YNode node = deploy.isPresent() ? Mappings.resolve(deploy.get()) : null;
    for (String key : RESTART_CONDITION_PATH) {
      if (!(node instanceof YMapping mapping)) {
        return "";
      }
      Optional<YNode> value = Mappings.get(mapping, key);
      node = value.isPresent() ? Mappings.resolve(value.get()) : null;
    }
    return node instanceof YScalar scalar ? scalar.value() : "";
  }

  private static final List<String> RESTART_CONDITION_PATH = List.of("restart_policy", "condition");

  /** Between the words of a service's name ({@code db-migrate}, {@code init_schema}). */
  private static final Pattern NAME_WORD_BREAKS = Pattern.compile("[-_.]");

  /** The first of the names that the image's name is, or ends with after a slash. */
  static Optional<String> matching(Optional<ImageReference> image, List<String> names) {
    if (image.isEmpty()) {
      return Optional.empty();
    }
    String name = image.get().normalizedName();
    for (String entry : names) {
      if (name.equals(entry) || name.endsWith("/" + entry)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  private static boolean nonEmpty(Optional<YNode> value) {
    if (value.isEmpty()) {
      return false;
    }
    YNode node = value.get();
    return node instanceof YSequence sequence
        ? !sequence.items().isEmpty()
        : node instanceof YMapping mapping
            ? !mapping.entries().isEmpty()
            : !(node instanceof YScalar scalar && scalar.isEmptyPlain());
  }
}
