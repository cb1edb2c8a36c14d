package dev.composefix.rules.healthcheck;

import static dev.composefix.lint.Applicability.UNSAFE;
import static dev.composefix.lint.FixAvailability.SOMETIMES;
import static dev.composefix.lint.Severity.HIGH;

import dev.composefix.compose.ExtendedService;
import dev.composefix.compose.Service;
import dev.composefix.images.ContainerFacts;
import dev.composefix.images.Fact;
import dev.composefix.images.PortFact;
import dev.composefix.images.Role;
import dev.composefix.images.Setting;
import dev.composefix.lint.Fix;
import dev.composefix.lint.Rule;
import dev.composefix.lint.RuleContext;
import dev.composefix.lint.RuleMetadata;
import dev.composefix.lint.Severity;
import dev.composefix.project.ProjectView;
import dev.composefix.yaml.CannotEditException;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.NewValue;
import dev.composefix.yaml.ScalarStyle;
import dev.composefix.yaml.YEntry;
import dev.composefix.yaml.YMapping;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
      `build`, which is a fragment completed by another Compose file. A service whose image
      declares its own `HEALTHCHECK` (uptime-kuma, pihole, the netbox image) is skipped too, as
      long as it runs the image's own command: that check is the one the image was built with.
      In a project of several files (an override, `COMPOSE_FILE`, `-f`, `include`), the merged
      service is judged: a healthcheck that an override adds, or takes away with `!reset`,
      answers for the base, and the finding is reported once, in the first file that defines
      the service.

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
         - the image knowledge base says its image is a one-shot or diagnostic image, or, for an
           image it does not know, the image is `mc`, `curl`, `busybox`, `alpine`, `whoami`,
           `netshoot`, `http-echo` or `echo-server`.
      2. What the image knowledge base says the image is: **critical** for a data service
         (databases, caches, brokers, object stores, search), **high** for an API service,
         **medium** for a worker, and a service whose command runs one of the image's workers
         (`bundle exec sidekiq` in the mastodon image) is a worker. For a service that builds
         its image: an API service when the port its app listens on was found, else, when
         neither the Dockerfile nor the service sets a command of its own, what the knowledge
         base says the base image is (`FROM mongo:5` with init scripts is a data service).
      3. For an image the knowledge base does not know: **critical** for the data images
         `postgres`, `postgresql`, `postgis`, `timescaledb`, `timescaledb-ha`, `pgvector`,
         `mysql`, `mysql-server`, `mariadb`, `mongo`, `mongodb-community-server`, `mssql/server`,
         `redis`, `redis-stack`, `redis-stack-server`, `redismod`, `valkey`, `keydb`, `dragonfly`,
         `memcached`, `minio`, `qdrant`, `weaviate`, `milvus`, `chroma`, `elasticsearch`,
         `opensearch`, `clickhouse`, `clickhouse-server`, `cassandra`, `scylla`, `neo4j`,
         `influxdb`, `couchdb`, `surrealdb`, `etcd`, `zookeeper`, `cp-zookeeper`, `kafka`,
         `cp-kafka`, `redpanda`, `rabbitmq` or `nats`; **high** for the web servers, proxies and
         APIs `nginx`, `nginx-unprivileged`, `openresty`, `httpd`, `caddy`, `traefik`, `haproxy`,
         `envoy`, `kong`, `varnish`, `postgrest`, `graphql-engine`, `tensorzero/gateway`, `ollama`,
         `vllm-openai`, `text-generation-inference`, `litellm`, `open-webui`, `grafana`,
         `prometheus`, `n8n`, `keycloak` or `gitea`, and for a service with `ports` or `expose`;
         **medium**, a worker, for every other service.

      An image matches a name when its name is that name or ends with `/` and that name, after
      Docker Hub's `docker.io/` and `library/` are dropped: `postgres`, `docker.io/library/postgres`
      and `supabase/postgres` match `postgres`; `prometheuscommunity/postgres-exporter` does not.
      Variables in `image` are read with their defaults (`${PG_IMAGE:-postgres:16}`); an image
      whose tag is a variable without a default (`elasticsearch:${STACK_VERSION}`) gets the facts
      that every knowledge-base row of the image agrees on.

      ## Why
      Without a healthcheck, Docker reports a container as running for as long as its process
      exists: a database still replaying its log, a deadlocked API or a worker stuck on a lost
      connection all look fine. `depends_on: {condition: service_healthy}` cannot be used, so
      dependants start against a server that is not ready, and nothing restarts or alerts on a
      hung service. The hardening review that this rule comes from added 52 healthchecks and
      ranked the missing ones: data services first (postgres, minio, qdrant), then API services,
      then workers and agents, then diagnostic services such as `nats-echo-*`. Its first lesson:
      a healthcheck must call a program the image has.

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
            test: ["CMD-SHELL", "pg_isready -h localhost -p 5432 -U $${POSTGRES_USER:-postgres}"]
            interval: 30s
            timeout: 10s
            retries: 3
            start_period: 30s
      ```

      ## Fix safety
      Unsafe. A healthcheck changes how the stack behaves: a service that fails it becomes
      unhealthy, and dependants waiting on `service_healthy` stop waiting for it. The fix builds
      the check from the image knowledge base (`compose-fix image NAME:TAG` shows what it knows
      and where each fact comes from), taking the first of these that fits:

      1. the image's own health command (`pg_isready`, `redis-cli ping`, `mysqladmin ping`,
         `healthcheck.sh --connect --innodb_initialized`, `ollama list`, `loki -health`, ...),
         unless the service's command or environment sets something the command cannot follow
         (a password it would not send, a config file); a command that repeats the service's
         password flag (`redis-cli -a ${REDIS_PASSWORD}`) is written only when that flag names
         a variable;
      2. an HTTP request to one of the image's health endpoints, on the port the service's flags
         or variables move it to (MinIO's `--address`, ClickHouse's `--http_port`, NATS's `-m`),
         with a client the image has: `curl -sf`, `wget -q --spider` (busybox's too), a python
         `urllib` one-liner or a node `http` one-liner;
      3. a TCP connection to its port with bash's `/dev/tcp` or `nc -z`: an nc of its own, or
         busybox's when the knowledge base shows that image's busybox was built with `-z`
         (Alpine's is: memcached, valkey and nginx Alpine images);
      4. the healthcheck of a sibling: another service of the stack that runs the same image and
         whose check fits this one (below);
      5. otherwise no fix, and the finding says what is missing and what would work.

      A sibling's check is used only where the steps before it find nothing (an image written as
      a variable without a default, `image: "$SNUBA_IMAGE"`, an image the knowledge base does not
      know): the stack itself shows that the check runs on that image. The sibling runs the same
      image: the same reference after the project's variables, or the same text where they
      cannot be read (`$SNUBA_IMAGE` and `$SNUBA_IMAGE`), and for a build the same build
      section. Its check is on and probes something. And the check fits this service:
      - either both run the same process: the same entrypoint, command, environment, env files,
        volumes and container ports (an entrypoint may run another program by a variable, such
        as `MODE=beat`, and a mounted config may move a listener);
      - or the check probes a health file that both commands name with the same health flag or
        variable (`--health-check-file /tmp/health.txt`): the image's program writes it whatever
        it is asked to do. A config file both commands share (`-c config.yml`) is not enough: the
        check may ask a server that this command does not run.

      Beyond that, every absolute path and port the check names, and the sibling's command,
      variables or volumes name too, must be named the same way here (a script mounted into the
      sibling needs the same mount); a check that connects to a server needs the same process,
      unless each port it connects to is given with the same flag in both commands; and a
      variable of the container it reads (`$$TOKEN`, `os.environ['TOKEN']`) must have the same
      value in both, which is compared and never printed. A check that the knowledge base says
      the image cannot run is not borrowed, nor one that holds a password written out
      (`redis-cli -a hunter2`, `--password=x`, `user:pass@` in a URL): copying it would spread
      it. Written as the sibling writes it: a merge or an alias
      of the stack's own anchor (`<<: *file_healthcheck_defaults`, `*check`) is written as the
      same reference, with the anchor's timings, when the anchor comes before the service; a
      literal check is written with the same test and the timings below. In a project of several
      files, the siblings are the merged project's services, and a check another file writes is
      written out. The finding names the sibling and why its check fits.

      A port the service sets with a variable and a default (`SANDBOX_PORT: ${SANDBOX_PORT:-8194}`)
      is written into the check as that same variable, so Compose gives the check the port it
      gives the server; a variable without a default cannot be read, and gets no check of that
      port. A list of listeners (`KAFKA_LISTENERS`, redpanda's `--kafka-addr`) keeps the default
      port when one of its listeners is on it, and can be read otherwise only when it has one.
      A service that publishes or exposes container ports, none of them a port the image listens
      on by default and none moved by its settings, gets no connection to the default port: its
      configuration (an `nginx.conf` listening on 3100) likely sets the port.

      It never calls a program the knowledge base does not say the image has. The finding says
      where each part of the check comes from: the knowledge-base row and the file it cites.
      Settings made in mounted config files and variables from `env_file` are not read, so
      review the check before you apply it. It is never offered for a one-shot or diagnostic
      service, nor for a service whose command or environment runs one of its image's workers
      (`sidekiq`, `MODE=beat`), unless the image has a check written for that worker (dify-api's
      `celery ... inspect ping` for `MODE=worker`).

      The check is added at the end of the service, in its block or flow style, with the timings
      this file's other healthchecks use most (`interval`, `timeout`, `retries`,
      `start_period`), or, in a file without any, the hardening review's standard pattern:
      `interval: 30s`, `timeout: 10s`, `retries: 3`, `start_period: 30s`. A configured
      `healthcheck.start_period` wins. `$$` keeps Compose from interpolating a variable that the
      container's shell reads. A service that merges in another service getting the same check
      (`<<: *primary`) shares that one edit; a service reached only through an alias gets the
      check in the anchor, once, and the finding says so.

      ## Options
      - `healthcheck.start_period` (default: the value this file's healthchecks use most, else
        `30s`): the `start_period` of the healthcheck the fix adds.
      - `images`: your own knowledge-base rows, for images compose-fix does not know; see
        "Image knowledge" in the README.
      """;

  private static final RuleMetadata METADATA =
      new RuleMetadata("healthcheck-missing", "CF008", SUMMARY, HIGH, SOMETIMES, UNSAFE, DOC);

  @Override
  public void check(RuleContext context) {
    StackTimings timings = StackTimings.of(context.compose(), context.config().healthcheck());
    List<Missing> missing = new ArrayList<>();
    Map<YMapping, Probe> probes = new IdentityHashMap<>();
    SiblingProbes siblings = new SiblingProbes(context);
    for (Service service : context.compose().services()) {
      ExtendedService extended = ExtendedService.of(context.compose(), service);
      // A healthcheck reset with !reset was taken away on purpose.
      if (extended.has("healthcheck")
          || resetsHealthcheck(service)
          || answeredByProject(context.project(), service.name())
          || extended.extendsAnotherFile()
          || !extended.has("image") && !extended.has("build")) {
        continue;
      }
      Optional<ContainerFacts> facts =
          ContainerFacts.forService(
              context.compose(), extended, context.images(), context.builds());
      ServiceSettings settings = ServiceSettings.of(extended);
      // An image that declares its own HEALTHCHECK is checked without one in the Compose file, as
      // long as the service runs the image's own command, for which that check was written.
      if (facts.isPresent()
          && facts.get().declaredHealthcheck().isPresent()
          && settings.words().isEmpty()) {
        continue;
      }
      ServiceRoles.Role role = role(extended, facts, settings);
      ProbeChoice choice;
      if (role.kind() == ServiceRoles.Kind.ONE_SHOT) {
        choice = ProbeChoice.none("");
      } else if (facts.isEmpty() && extended.has("build")) {
        choice =
            ProbeChoice.none(
                "it builds its own image, and its build context could not be read here (a build"
                    + " from standard input, a remote context, a variable without a default, or"
                    + " no Dockerfile)");
      } else if (facts.isEmpty()) {
        choice =
            ProbeChoice.none(
                "its image is a variable without a default, so what it runs is not known");
      } else {
        choice = ProbeLadder.choose(facts.get(), settings);
      }
      // The stack's own checks are the fallback: the ladder's probe, when it has one, stays.
      if (choice.probe().isEmpty() && role.kind() != ServiceRoles.Kind.ONE_SHOT) {
        choice = siblings.choose(extended, facts, choice);
      }
      missing.add(new Missing(service, role, choice, facts));
      if (choice.probe().isPresent()) {
        probes.put(service.mapping(), choice.probe().get());
      }
    }
    for (Missing service : missing) {
      report(context, service, probes, timings);
    }
  }

  /** Whether the service takes its healthcheck away with {@code !reset}, on purpose. */
  private static boolean resetsHealthcheck(Service service) {
    Optional<YEntry> entry = service.mapping().ownEntry("healthcheck");
    return entry.isPresent() && Mappings.isReset(entry.get().value());
  }

  /**
   * What the service is: a worker when its settings run one of its image's workers, otherwise what
   * its image, name and settings say.
   */
  private static ServiceRoles.Role role(
      ExtendedService extended, Optional<ContainerFacts> facts, ServiceSettings settings) {
    if (facts.isEmpty()) {
      return ServiceRoles.of(extended, Optional.empty(), Optional.empty());
    }
    for (Fact<Setting> worker : facts.get().workers()) {
      if (settings.matches(worker.value())) {
        return new ServiceRoles.Role(
            Severity.MEDIUM, ServiceRoles.Kind.WORKER, "runs " + worker.value().describe());
      }
    }
    Optional<Fact<Role>> known = facts.get().role();
    // A build's role comes from what it was found to run, and the image it builds says so; an
    // image's role from its name, which ServiceRoles gives.
    return ServiceRoles.of(
        extended,
        known.isPresent() ? Optional.of(known.get().value()) : Optional.empty(),
        facts.get().built() ? Optional.of(facts.get().image()) : Optional.empty());
  }

  /**
   * Whether the project answers for the service: another file defines it first (the finding belongs
   * there), or another file gives it a healthcheck or takes it away with {@code !reset}.
   */
  private static boolean answeredByProject(ProjectView project, String service) {
    if (!project.hasOtherFiles()) {
      return false;
    }
    return !project.definesFirst(service)
        || project.merged(service).flatMap(merged -> merged.get("healthcheck")).isPresent()
        || anyLayerResets(project, service);
  }

  private static boolean anyLayerResets(ProjectView project, String service) {
    for (ProjectView.ServiceLayer layer : project.layersOf(service)) {
      if (resetsHealthcheck(layer.service())) {
        return true;
      }
    }
    return false;
  }

  /** A service without a healthcheck, what it is, and what the probe ladder found for it. */
  private record Missing(
      Service service,
      ServiceRoles.Role role,
      ProbeChoice choice,
      Optional<ContainerFacts> facts) {}

  private static void report(
      RuleContext context, Missing missing, Map<YMapping, Probe> probes, StackTimings timings) {
    Service service = missing.service();
    String message =
        "service '"
            + service.name()
            + "': "
            + missing.role().describe()
            + " has no healthcheck, so a hung or still-starting container counts as up; ";
    Fix fix = null;
    Optional<Probe> probe = missing.choice().probe();
    if (probe.isPresent()) {
      YMapping target = editTarget(service.mapping(), probe.get(), probes);
      try {
        fix =
            Fix.unsafe(
                "Add a healthcheck that runs " + probe.get().summary(),
                context
                    .editor()
                    .insertEntry(
                        target,
                        "healthcheck",
                        probe.get().reference().isPresent()
                            ? probe.get().reference().get()
                            : healthcheck(probe.get(), timings)));
        message +=
            "add one (--unsafe-fixes adds "
                + probe.get().kind().description
                + ": "
                + probe.get().summary()
                + ", from "
                + String.join("; ", probe.get().from())
                + "; "
                + (probe.get().reference().isPresent()
                    ? "with the timings of that anchor"
                    : describe(timings))
                + ")"
                + context.sharedAnchorNote(target);
      } catch (CannotEditException e) {
        message += "add one" + RuleContext.noFix(e.getMessage());
      }
    } else if (missing.role().kind() == ServiceRoles.Kind.ONE_SHOT) {
      message += advice(missing.role().kind(), missing.facts());
    } else {
      message +=
          advice(missing.role().kind(), missing.facts())
              + RuleContext.noFix(missing.choice().reason());
    }
    context.report(service.nameNode().span(), missing.role().severity(), message, fix);
  }

  private static String describe(StackTimings timings) {
    return "interval "
        + timings.interval()
        + ", timeout "
        + timings.timeout()
        + ", retries "
        + timings.retries()
        + ", start_period "
        + timings.startPeriod()
        + (timings.fromStack() ? ", as this file's other healthchecks" : "");
  }

  /**
   * Where the check goes: into another service's mapping that this one merges in, when that one
   * gets the same check, so one edit serves both; otherwise into the service's own mapping.
   */
  private static YMapping editTarget(YMapping mapping, Probe probe, Map<YMapping, Probe> probes) {
    for (YMapping source : Mappings.mergeSources(mapping)) {
      Probe other = probes.get(source);
      if (other != null && other.test().equals(probe.test())) {
        return source;
      }
    }
    return mapping;
  }

  /**
   * What to add, naming only probes that fit what is known of the image: no HTTP request for a
   * server that speaks MQTT, SMTP or TDS, and no HTTP client for an image that is not known.
   */
  private static String advice(ServiceRoles.Kind kind, Optional<ContainerFacts> facts) {
    List<PortFact> ports = new ArrayList<>();
    Set<String> protocols = new LinkedHashSet<>();
    boolean http = false;
    if (facts.isPresent()) {
      for (Fact<PortFact> port : facts.get().ports()) {
        ports.add(port.value());
        protocols.add(port.value().protocol());
        http |= port.value().speaksHttp();
      }
    }
    return switch (kind) {
      case DATA -> "add one that asks the server whether it is ready, with a start_period";
      case API ->
          http
              ? "add one that requests its health endpoint with a client the image has, with a"
                  + " start_period"
              : ports.isEmpty()
                  ? "add one that asks the service whether it is up, with a program the image has,"
                      + " with a start_period"
                  : "add one that speaks "
                      + String.join(" or ", protocols)
                      + " to its port, or at least connects to it, with a start_period";
      case WORKER -> "add one that shows it is still making progress, with a start_period";
      case ONE_SHOT ->
          "add one if it keeps running, or silence this with # compose-fix:"
              + " ignore[healthcheck-missing]";
    };
  }

  private static NewValue healthcheck(Probe probe, StackTimings timings) {
    // Quoted, as Compose's own documentation writes test lists.
    NewValue[] test = new NewValue[probe.test().size()];
    for (int i = 0; i < test.length; i++) {
      test[i] = NewValue.string(probe.test().get(i), ScalarStyle.DOUBLE_QUOTED);
    }
    return NewValue.map()
        .put("test", NewValue.seq(true, test))
        .put("interval", NewValue.plain(timings.interval()))
        .put("timeout", NewValue.plain(timings.timeout()))
        .put("retries", NewValue.plain(timings.retries()))
        .put("start_period", NewValue.plain(timings.startPeriod()))
        .build();
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
