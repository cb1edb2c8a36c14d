package dev.composefix.rules.healthcheck;

import static dev.composefix.lint.Applicability.UNSAFE;
import static dev.composefix.lint.FixAvailability.SOMETIMES;
import static dev.composefix.lint.Severity.HIGH;

import dev.composefix.compose.ExtendedService;
import dev.composefix.compose.Service;
import dev.composefix.images.HealthcheckTemplates;
import dev.composefix.lint.Fix;
import dev.composefix.lint.Rule;
import dev.composefix.lint.RuleContext;
import dev.composefix.lint.RuleMetadata;
import dev.composefix.yaml.CannotEditException;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.NewValue;
import dev.composefix.yaml.ScalarStyle;
import dev.composefix.yaml.YMapping;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A service without a healthcheck counts as up while it hangs or is still starting. */
public final class HealthcheckMissingRule implements Rule {

  private static final String SUMMARY = "Service without a healthcheck";

  static final String DOC =
      """
      # healthcheck-missing (CF008)

      ## What it does
      Finds services that have no `healthcheck`. A healthcheck merged in from an anchor
      (`<<: *defaults`), reached through an alias or inherited with `extends` from a service of
      the same file counts as present, and so does one turned off with `disable: true` or
      `test: ["NONE"]`: that is a deliberate choice. Services that cannot be judged from this file
      are skipped: one that `extends` a service of another file, and one with neither `image` nor
      `build`, which is a fragment completed by another Compose file.

      The severity follows the hardening review's priority order. The first of these that
      matches decides:

      1. **low**, a one-shot or diagnostic service, when any of these holds (profiles and names
         are compared in lower case):
         - `restart: "no"`, or `deploy.restart_policy.condition: none`;
         - one of its `profiles` is `debug`, `diag`, `diagnostics`, `tools`, `tool`, `test`,
           `tests`, `setup`, `init`, `migrate`, `migrations`, `seed` or `cli`;
         - its name, split at `-`, `_` and `.`, has one of the words `echo`, `debug`, `diag`,
           `test`, `tests`, `init`, `setup`, `migrate`, `migration`, `migrations`, `migrator`,
           `seed`, `seeder`, `bootstrap`, `provision`, `createbuckets`, `import`, `pull`, `tools`
           or `tool` (`nats-echo-req`, `db-init`, `ollama-pull-model`);
         - its image is `mc`, `curl`, `busybox`, `alpine`, `whoami`, `netshoot`, `http-echo` or
           `echo-server`.
      2. **critical**, a data service: a data store or message broker, by image: `postgres`,
         `postgresql`, `postgis`, `timescaledb`, `timescaledb-ha`, `pgvector`, `mysql`,
         `mysql-server`, `mariadb`, `mongo`, `mongodb-community-server`, `mssql/server`, `redis`,
         `redis-stack`, `redis-stack-server`, `redismod`, `valkey`, `keydb`, `dragonfly`,
         `memcached`, `minio`, `qdrant`, `weaviate`, `milvus`, `chroma`, `elasticsearch`,
         `opensearch`, `clickhouse`, `clickhouse-server`, `cassandra`, `scylla`, `neo4j`,
         `influxdb`, `couchdb`, `surrealdb`, `etcd`, `zookeeper`, `cp-zookeeper`, `kafka`,
         `cp-kafka`, `redpanda`, `rabbitmq` or `nats`.
      3. **high**, an API service: its image is a web server, proxy or well-known API (`nginx`,
         `nginx-unprivileged`, `openresty`, `httpd`, `caddy`, `traefik`, `haproxy`, `envoy`,
         `kong`, `varnish`, `postgrest`, `graphql-engine`, `tensorzero/gateway`, `ollama`,
         `vllm-openai`, `text-generation-inference`, `litellm`, `open-webui`, `grafana`,
         `prometheus`, `n8n`, `keycloak` or `gitea`), or it has `ports` or `expose`.
      4. **medium**, a worker: every other service.

      An image matches a name when its name is that name or ends with `/` and that name, after
      Docker Hub's `docker.io/` and `library/` are dropped: `postgres`, `docker.io/library/postgres`
      and `supabase/postgres` match `postgres`; `prometheuscommunity/postgres-exporter` does not.
      Variables in `image` are read with their defaults (`${PG_IMAGE:-postgres:16}`); an image
      with a variable that has no default is not classified by name.

      ## Why
      Without a healthcheck, Docker reports a container as running for as long as its process
      exists: a database still replaying its log, a deadlocked API or a worker stuck on a lost
      connection all look fine. `depends_on: {condition: service_healthy}` cannot be used, so
      dependants start against a server that is not ready, and nothing restarts or alerts on a
      hung service. The hardening review that this rule comes from added 52 healthchecks and
      ranked the missing ones: data services first (postgres, minio, qdrant), then API services,
      then workers and agents, then diagnostic services such as `nats-echo-*`.

      ## Example
      ```yaml
      services:
        db:
          image: postgres:16-alpine
          environment:
            POSTGRES_USER: app
      ```

      ## Use instead
      ```yaml
      services:
        db:
          image: postgres:16-alpine
          environment:
            POSTGRES_USER: app
          healthcheck:
            test: ["CMD-SHELL", "pg_isready -h localhost -U $${POSTGRES_USER:-postgres} -d $${POSTGRES_DB:-$${POSTGRES_USER:-postgres}}"]
            interval: 10s
            timeout: 5s
            retries: 5
            start_period: 30s
      ```

      ## Fix safety
      Unsafe. A healthcheck changes how the stack behaves: a service that fails it becomes
      unhealthy, and dependants waiting on `service_healthy` stop waiting for it. The fix is only
      offered for images whose check is known to work, and only when the service's `entrypoint`
      and `command` do not move the port, add a password or load a config file in a way the
      check cannot follow (it follows MinIO's `--address`, ClickHouse's `--http_port` and NATS's
      `-m`). Settings made in environment variables or mounted config files are not read, so
      review the check before you apply it. It is never offered for a one-shot or diagnostic
      service, nor for one that builds its own image.

      The check comes from this table and is added at the end of the service, in its block or
      flow style, with `interval: 10s`, `timeout: 5s`, `retries: 5` (a first probe runs one
      interval after start, so a short interval lets dependants start sooner) and the
      configured `start_period`. `$$` keeps Compose from interpolating a variable that the
      container's shell reads. A service that merges in another service getting the same check
      (`<<: *primary`) shares that one edit; a service reached only through an alias gets the
      check in the anchor, once, and the finding says so.

      | Image | Check |
      |-------|-------|
      | `postgres`, `postgis/postgis`, `timescale/timescaledb`, `pgvector/pgvector`, `ankane/pgvector` | `pg_isready -h localhost` with `POSTGRES_USER` and `POSTGRES_DB`, over TCP because the temporary server that initializes a new database listens on the socket only |
      | `redis`, `redis/redis-stack`, `redis/redis-stack-server` | `redis-cli ping` |
      | `valkey/valkey` | `valkey-cli ping` |
      | `mysql` | `mysqladmin ping -h 127.0.0.1`, which exits 0 whenever the server answers, even with "access denied" |
      | `mariadb` (10.4 or later) | `healthcheck.sh --connect`, the image's own script; it does not need a user |
      | `mongo` (5.0 or later) | `mongosh --quiet --eval "db.adminCommand('ping')"` |
      | `rabbitmq` (3.7 or later) | `rabbitmq-diagnostics -q ping` |
      | `minio/minio`, `quay.io/minio/minio` | `curl -sf http://localhost:9000/minio/health/live`, on the port of `--address` |
      | `clickhouse/clickhouse-server`, `clickhouse` | `wget -q -O /dev/null http://localhost:8123/ping`, on the port of `--http_port` (curl where the image has it) |
      | `nats` with an `-alpine` tag | `wget -q -O /dev/null http://localhost:8222/healthz`, on the port of `-m` or `--http_port` when the service has a `command`; a `command` without one gets no fix (add `-m 8222`). The default `nats` image is built from scratch and has no tool to probe with. |
      | `qdrant/qdrant` | none: the image ships neither curl nor wget |
      | `elasticsearch`, `docker.elastic.co/elasticsearch/elasticsearch` | none: whether the API needs HTTPS and a password depends on its security settings |

      Other images get no fix, and neither does a tag too old for the check's program, one that
      does not say its version, or a Windows tag (`nanoserver`, `windowsservercore`).

      ## Options
      - `healthcheck.start_period` (default `30s`): the `start_period` of the healthcheck the fix
        adds.
      """;

  private static final RuleMetadata METADATA =
      new RuleMetadata("healthcheck-missing", "CF008", SUMMARY, HIGH, SOMETIMES, UNSAFE, DOC);

  /** Probe timing of an added check; start_period comes from the configuration. */
  private static final String INTERVAL = "10s";

  private static final String TIMEOUT = "5s";
  private static final String RETRIES = "5";

  @Override
  public void check(RuleContext context) {
    String startPeriod = context.config().healthcheck().startPeriod();
    List<Missing> missing = new ArrayList<>();
    Map<YMapping, HealthcheckTemplates.Check> checks = new IdentityHashMap<>();
    for (Service service : context.compose().services()) {
      ExtendedService extended = ExtendedService.of(context.compose(), service);
      // A healthcheck reset with !reset was taken away on purpose.
      boolean reset =
          service
              .mapping()
              .ownEntry("healthcheck")
              .filter(e -> Mappings.isReset(e.value()))
              .isPresent();
      if (extended.has("healthcheck")
          || reset
          || extended.extendsAnotherFile()
          || !extended.has("image") && !extended.has("build")) {
        continue;
      }
      ServiceRoles.Role role = ServiceRoles.of(extended);
      Optional<HealthcheckTemplates.Suggestion> suggestion =
          role.kind() == ServiceRoles.Kind.ONE_SHOT
              ? Optional.empty()
              : extended
                  .image()
                  .flatMap(image -> HealthcheckTemplates.suggest(image, extended.commandWords()));
      if (suggestion.isPresent() && extended.has("build")) {
        suggestion =
            Optional.of(
                new HealthcheckTemplates.NoCheck(
                    suggestion.get().family(), "it builds its own image, whose tools are unknown"));
      }
      missing.add(new Missing(service, role, suggestion));
      if (suggestion.isPresent() && suggestion.get() instanceof HealthcheckTemplates.Check check) {
        checks.put(service.mapping(), check);
      }
    }
    for (Missing service : missing) {
      report(context, service, checks, startPeriod);
    }
  }

  /** A service without a healthcheck, what it is, and what the template table says for it. */
  private record Missing(
      Service service,
      ServiceRoles.Role role,
      Optional<HealthcheckTemplates.Suggestion> suggestion) {}

  private static void report(
      RuleContext context,
      Missing missing,
      Map<YMapping, HealthcheckTemplates.Check> checks,
      String startPeriod) {
    Service service = missing.service();
    String message =
        "service '"
            + service.name()
            + "': "
            + missing.role().describe()
            + " has no healthcheck, so a hung or still-starting container counts as up; ";
    Fix fix = null;
    Optional<HealthcheckTemplates.Suggestion> suggestion = missing.suggestion();
    if (suggestion.isPresent() && suggestion.get() instanceof HealthcheckTemplates.Check check) {
      YMapping target = editTarget(service.mapping(), check, checks);
      try {
        fix =
            Fix.unsafe(
                "Add a healthcheck that runs " + check.summary(),
                context
                    .editor()
                    .insertEntry(target, "healthcheck", healthcheck(check, startPeriod)));
        message +=
            "add one (--unsafe-fixes adds a check that runs "
                + check.summary()
                + ", with start_period: "
                + startPeriod
                + ")"
                + context.sharedAnchorNote(target);
      } catch (CannotEditException e) {
        message += "add one" + RuleContext.noFix(e.getMessage());
      }
    } else if (suggestion.isPresent()
        && suggestion.get() instanceof HealthcheckTemplates.NoCheck none) {
      message += "add one" + RuleContext.noFix(none.reason());
    } else {
      message += advice(missing.role().kind());
    }
    context.report(service.nameNode().span(), missing.role().severity(), message, fix);
  }

  /**
   * Where the check goes: into another service's mapping that this one merges in, when that one
   * gets the same check, so one edit serves both; otherwise into the service's own mapping.
   */
  private static YMapping editTarget(
      YMapping mapping,
      HealthcheckTemplates.Check check,
      Map<YMapping, HealthcheckTemplates.Check> checks) {
    for (YMapping source : Mappings.mergeSources(mapping)) {
      if (check.equals(checks.get(source))) {
        return source;
      }
    }
    return mapping;
  }

  private static String advice(ServiceRoles.Kind kind) {
    return switch (kind) {
      case DATA -> "add one that asks the server whether it is ready, with a start_period";
      case API ->
          "add one that requests its health endpoint with curl -sf or wget, with a start_period";
      case WORKER -> "add one that shows it is still making progress, with a start_period";
      case ONE_SHOT ->
          "add one if it keeps running, or silence this with # compose-fix:"
              + " ignore[healthcheck-missing]";
    };
  }

  private static NewValue healthcheck(HealthcheckTemplates.Check check, String startPeriod) {
    // Quoted, as Compose's own documentation writes test lists.
    NewValue[] test =
        check.test().stream()
            .map(item -> NewValue.string(item, ScalarStyle.DOUBLE_QUOTED))
            .toArray(NewValue[]::new);
    return NewValue.map()
        .put("test", NewValue.seq(true, test))
        .put("interval", NewValue.plain(INTERVAL))
        .put("timeout", NewValue.plain(TIMEOUT))
        .put("retries", NewValue.plain(RETRIES))
        .put("start_period", NewValue.plain(startPeriod))
        .build();
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
