package dev.composefix.images.routes;

import static dev.composefix.images.routes.ListenPort.Evidence.COMMAND;
import static dev.composefix.images.routes.ListenPort.Evidence.CONFIG;
import static dev.composefix.images.routes.ListenPort.Evidence.ENVIRONMENT;
import static dev.composefix.images.routes.ListenPort.Evidence.EXPOSE;
import static dev.composefix.images.routes.ListenPort.Evidence.SOURCE;
import static dev.composefix.images.routes.Route.Kind.HEALTH;
import static dev.composefix.images.routes.Route.Kind.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.Projects;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One small build context per framework and per way of setting the listen port, under {@code
 * src/test/resources/dev/composefix/images/build/}, read end to end: the programs the Dockerfile
 * installs, every health and root route with its file, line and port, and the listen ports with
 * their evidence. Each fixture also holds what must not count: routes in comments and docstrings,
 * client calls, test files and folders the Dockerfile does not copy.
 */
class BuildFixturesTest {

  static final Path FIXTURES =
      Projects.root().resolve("src/test/resources/dev/composefix/images/build");

  static BuildFacts read(String fixture) {
    return BuildReading.read(BuildRequest.of(FIXTURES.resolve(fixture)));
  }

  static Route route(
      String path,
      Route.Kind kind,
      String file,
      int line,
      String framework,
      String method,
      SourcePort port) {
    return new Route(
        path, kind, file, line, framework, Optional.ofNullable(method), Optional.ofNullable(port));
  }

  static SourcePort source(int port, String file, int line, String how) {
    return new SourcePort(port, file, line, how);
  }

  static ListenPort port(int port, ListenPort.Evidence evidence, String how) {
    return new ListenPort(port, evidence, how);
  }

  @Test
  void actix() {
    BuildFacts facts = read("actix");
    assertEquals(List.of(), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(
            route(
                "/healthz",
                HEALTH,
                "src/main.rs",
                3,
                "actix-web",
                "GET",
                source(8099, "src/main.rs", 15, "bind 0.0.0.0:8099")),
            route(
                "/ready",
                HEALTH,
                "src/main.rs",
                13,
                "actix-web",
                "GET",
                source(8099, "src/main.rs", 15, "bind 0.0.0.0:8099"))),
        facts.routes());
    assertEquals(List.of(), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void aiohttp() {
    BuildFacts facts = read("aiohttp");
    assertEquals(List.of(), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(
            route(
                "/healthz",
                HEALTH,
                "server.py",
                9,
                "aiohttp",
                "GET",
                source(8082, "server.py", 12, "web.run_app(port=...): 8082")),
            route(
                "/",
                ROOT,
                "server.py",
                10,
                "aiohttp",
                "GET",
                source(8082, "server.py", 12, "web.run_app(port=...): 8082"))),
        facts.routes());
    assertEquals(
        List.of(port(8082, SOURCE, "server.py:12: web.run_app(port=...): 8082")), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void axum() {
    BuildFacts facts = read("axum");
    assertEquals(List.of("service"), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(
            route(
                "/health",
                HEALTH,
                "src/main.rs",
                7,
                "axum",
                "GET",
                source(3007, "src/main.rs", 12, "bind 0.0.0.0:3007")),
            route(
                "/",
                ROOT,
                "src/main.rs",
                11,
                "axum",
                "GET",
                source(3007, "src/main.rs", 12, "bind 0.0.0.0:3007"))),
        facts.routes());
    assertEquals(List.of(), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void chi() {
    BuildFacts facts = read("chi");
    assertEquals(List.of(), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(
            route(
                "/health",
                HEALTH,
                "cmd/api/main.go",
                11,
                "chi",
                "GET",
                source(8091, "cmd/api/main.go", 13, "listen address addr = \":8091\""))),
        facts.routes());
    assertEquals(List.of(), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void django() {
    BuildFacts facts = read("django");
    assertEquals(List.of(), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(
            route("/health/", HEALTH, "mysite/urls.py", 7, "django", null, null),
            route("/api/v1/liveness", HEALTH, "mysite/urls.py", 8, "django", null, null),
            route("/", ROOT, "mysite/urls.py", 6, "django", null, null)),
        facts.routes());
    assertEquals(List.of(port(8001, COMMAND, "manage.py runserver 0.0.0.0:8001")), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void echo() {
    BuildFacts facts = read("echo");
    assertEquals(List.of(), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(
            route(
                "/healthz",
                HEALTH,
                "main.go",
                7,
                "echo",
                "GET",
                source(8093, "main.go", 8, "listen address :8093"))),
        facts.routes());
    assertEquals(List.of(), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void express() {
    BuildFacts facts = read("express");
    assertEquals(List.of("curl"), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(
            route(
                "/health",
                HEALTH,
                "server.js",
                8,
                "express",
                "GET",
                source(
                    3002,
                    "server.js",
                    12,
                    "listen(...): port = process.env.PORT || 3001 with PORT=3002"))),
        facts.routes());
    assertEquals(
        List.of(
            port(
                3002,
                SOURCE,
                "server.js:12: listen(...): port = process.env.PORT || 3001 with PORT=3002")),
        facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void fastapi() {
    BuildFacts facts = read("fastapi");
    assertEquals(List.of("uvicorn"), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(
            route("/healthz", HEALTH, "app/main.py", 13, "fastapi", "GET", null),
            route("/internal/ops/ping", HEALTH, "app/status.py", 6, "fastapi", "GET", null)),
        facts.routes());
    assertEquals(List.of(port(8081, COMMAND, "uvicorn --port 8081")), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void fastify() {
    BuildFacts facts = read("fastify");
    assertEquals(List.of(), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(
            route(
                "/health",
                HEALTH,
                "app.mjs",
                5,
                "fastify",
                "GET",
                source(3003, "app.mjs", 13, "listen({port}): 3003")),
            route(
                "/readiness",
                HEALTH,
                "app.mjs",
                9,
                "fastify",
                "GET",
                source(3003, "app.mjs", 13, "listen({port}): 3003"))),
        facts.routes());
    assertEquals(List.of(port(3003, SOURCE, "app.mjs:13: listen({port}): 3003")), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void flask() {
    BuildFacts facts = read("flask");
    assertEquals(List.of(), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(
            route("/ops/flask-health-check", HEALTH, "ops.py", 6, "flask", "GET", null),
            route(
                "/",
                ROOT,
                "app.py",
                9,
                "flask",
                "GET",
                source(5001, "app.py", 15, "app.run(port=...): 5001"))),
        facts.routes());
    assertEquals(List.of(port(5001, SOURCE, "app.py:15: app.run(port=...): 5001")), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void flask_run() {
    BuildFacts facts = read("flask-run");
    assertEquals(List.of(), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(route("/health", HEALTH, "app.py", 6, "flask", "GET", null)), facts.routes());
    assertEquals(List.of(port(5050, COMMAND, "flask run --port 5050")), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void flask_run_env() {
    BuildFacts facts = read("flask-run-env");
    assertEquals(List.of(), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(route("/readiness", HEALTH, "app.py", 6, "flask", "GET", null)), facts.routes());
    assertEquals(
        List.of(port(5055, ENVIRONMENT, "FLASK_RUN_PORT=5055 read by flask run")), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void gin() {
    BuildFacts facts = read("gin");
    assertEquals(List.of(), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(
            route(
                "/ping",
                HEALTH,
                "main.go",
                7,
                "gin",
                "GET",
                source(8092, "main.go", 8, "listen address :8092"))),
        facts.routes());
    assertEquals(List.of(), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void go_nethttp() {
    BuildFacts facts = read("go-nethttp");
    assertEquals(List.of("server"), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(
            route(
                "/healthz",
                HEALTH,
                "main.go",
                8,
                "net/http",
                null,
                source(8090, "main.go", 10, "listen address :8090")),
            route(
                "/livez",
                HEALTH,
                "main.go",
                9,
                "net/http",
                "GET",
                source(8090, "main.go", 10, "listen address :8090"))),
        facts.routes());
    assertEquals(List.of(), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void gorilla() {
    BuildFacts facts = read("gorilla");
    assertEquals(List.of(), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(
            route(
                "/__heartbeat__",
                HEALTH,
                "main.go",
                11,
                "gorilla",
                "GET",
                source(8094, "main.go", 12, "Addr: :8094"))),
        facts.routes());
    assertEquals(List.of(), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void gunicorn_bind() {
    BuildFacts facts = read("gunicorn-bind");
    assertEquals(List.of("gunicorn"), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(route("/ready", HEALTH, "app.py", 6, "flask", "GET", null)), facts.routes());
    assertEquals(List.of(port(8003, COMMAND, "gunicorn --bind 0.0.0.0:8003")), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void gunicorn_conf() {
    BuildFacts facts = read("gunicorn-conf");
    assertEquals(List.of("gunicorn"), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(route("/healthcheck", HEALTH, "app.py", 6, "flask", "GET", null)), facts.routes());
    assertEquals(
        List.of(port(8004, CONFIG, "gunicorn.conf.py:3: bind = \"0.0.0.0:8004\"")), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void gunicorn_env() {
    BuildFacts facts = read("gunicorn-env");
    assertEquals(List.of("gunicorn"), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(route("/_health", HEALTH, "app.py", 6, "flask", "GET", null)), facts.routes());
    assertEquals(
        List.of(port(8005, ENVIRONMENT, "GUNICORN_CMD_ARGS --bind 0.0.0.0:8005")), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void http_server() {
    BuildFacts facts = read("http-server");
    assertEquals(List.of(), facts.stage().orElseThrow().programNames());
    assertEquals(List.of(), facts.routes());
    assertEquals(List.of(port(8007, COMMAND, "python -m http.server 8007")), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void hypercorn() {
    BuildFacts facts = read("hypercorn");
    assertEquals(List.of("hypercorn"), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(route("/livez", HEALTH, "app.py", 6, "quart", "GET", null)), facts.routes());
    assertEquals(List.of(port(8006, COMMAND, "hypercorn --bind 0.0.0.0:8006")), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void koa() {
    BuildFacts facts = read("koa");
    assertEquals(List.of(), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(
            route(
                "/readyz",
                HEALTH,
                "index.js",
                7,
                "koa",
                "GET",
                source(4000, "index.js", 10, "listen(...): 4000"))),
        facts.routes());
    assertEquals(
        List.of(
            port(
                4000,
                SOURCE,
                "package.json script start \"node index.js\": index.js:10: listen(...): 4000")),
        facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void nestjs() {
    BuildFacts facts = read("nestjs");
    assertEquals(List.of(), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(route("/health", HEALTH, "src/health.controller.ts", 5, "nestjs", "GET", null)),
        facts.routes());
    assertEquals(List.of(port(3010, ENVIRONMENT, "PORT=3010 in the environment")), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void next() {
    BuildFacts facts = read("next");
    assertEquals(List.of(), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(
            route("/api/health", HEALTH, "pages/api/health.ts", 1, "next", null, null),
            route(
                "/api/ready", HEALTH, "app/api/(internal)/ready/route.ts", 1, "next", "GET", null)),
        facts.routes());
    assertEquals(List.of(port(3004, COMMAND, "next start -p 3004")), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void php() {
    BuildFacts facts = read("php");
    assertEquals(List.of(), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(
            route("/health.php", HEALTH, "public/health.php", 1, "php-file", null, null),
            route(
                "/_health",
                HEALTH,
                "src/Controller/HealthController.php",
                8,
                "symfony",
                null,
                null),
            route(
                "/readyz",
                HEALTH,
                "src/Controller/HealthController.php",
                12,
                "symfony",
                null,
                null),
            route("/up", HEALTH, "src/routes.php", 6, "laravel", "GET", null)),
        facts.routes());
    assertEquals(List.of(), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void puma() {
    BuildFacts facts = read("puma");
    assertEquals(List.of(), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(route("/health", HEALTH, "app.rb", 4, "sinatra", "GET", null)), facts.routes());
    assertEquals(List.of(port(9293, COMMAND, "puma --bind tcp://0.0.0.0:9293")), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void rails() {
    BuildFacts facts = read("rails");
    assertEquals(List.of("curl", "nc"), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(
            route("/up", HEALTH, "config/routes.rb", 3, "rails", "GET", null),
            route("/", ROOT, "config/routes.rb", 4, "rails", "GET", null)),
        facts.routes());
    assertEquals(
        List.of(port(3005, CONFIG, "config/puma.rb:2: port ENV.fetch(\"PORT\") { 3005 }")),
        facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void rails_p() {
    BuildFacts facts = read("rails-p");
    assertEquals(List.of(), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(route("/health", HEALTH, "config/routes.rb", 2, "rails", "GET", null)),
        facts.routes());
    assertEquals(List.of(port(3006, COMMAND, "rails server -p 3006")), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void sinatra() {
    BuildFacts facts = read("sinatra");
    assertEquals(List.of("puma", "sinatra"), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(
            route(
                "/ping",
                HEALTH,
                "app.rb",
                6,
                "sinatra",
                "GET",
                source(4567, "app.rb", 3, "set :port, 4567"))),
        facts.routes());
    assertEquals(List.of(port(4567, SOURCE, "app.rb:3: set :port, 4567")), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void spring() {
    BuildFacts facts = read("spring");
    assertEquals(List.of(), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(
            route(
                "/actuator/health",
                HEALTH,
                "pom.xml",
                9,
                "spring-boot-actuator",
                "GET",
                source(
                    8096,
                    "src/main/resources/application.properties",
                    3,
                    "management.server.port=8096")),
            route(
                "/api/health",
                HEALTH,
                "src/main/java/demo/StatusController.java",
                12,
                "spring",
                "GET",
                source(8095, "src/main/resources/application.properties", 2, "server.port=8095"))),
        facts.routes());
    assertEquals(
        List.of(
            port(8095, CONFIG, "src/main/resources/application.properties:2: server.port=8095"),
            port(8095, EXPOSE, "EXPOSE 8095 (Dockerfile:10)")),
        facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void spring_yml() {
    BuildFacts facts = read("spring-yml");
    assertEquals(List.of(), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(
            route(
                "/ping",
                HEALTH,
                "src/main/kotlin/demo/Ping.kt",
                5,
                "spring",
                "GET",
                source(8097, "src/main/resources/application.yml", 2, "server.port=8097")),
            route(
                "/manage/health",
                HEALTH,
                "build.gradle.kts",
                3,
                "spring-boot-actuator",
                "GET",
                source(8097, "src/main/resources/application.yml", 2, "server.port=8097"))),
        facts.routes());
    assertEquals(List.of(port(8098, COMMAND, "java -Dserver.port=8098")), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void starlette() {
    BuildFacts facts = read("starlette");
    assertEquals(List.of("uvicorn"), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(route("/health", HEALTH, "service.py", 11, "starlette", "GET", null)),
        facts.routes());
    assertEquals(List.of(port(9000, COMMAND, "uvicorn --port 9000")), facts.ports());
    assertEquals(List.of(), facts.notes());
  }

  @Test
  void uvicorn_run() {
    BuildFacts facts = read("uvicorn-run");
    assertEquals(List.of("uvicorn"), facts.stage().orElseThrow().programNames());
    assertEquals(
        List.of(
            route(
                "/status",
                HEALTH,
                "main.py",
                9,
                "fastapi",
                "GET",
                source(
                    8010,
                    "main.py",
                    15,
                    "uvicorn.run(port=...): int(os.getenv(\"APP_PORT\", \"8010\")) (APP_PORT"
                        + " unset)"))),
        facts.routes());
    assertEquals(
        List.of(
            port(
                8010,
                SOURCE,
                "main.py:15: uvicorn.run(port=...): int(os.getenv(\"APP_PORT\", \"8010\"))"
                    + " (APP_PORT unset)")),
        facts.ports());
    assertEquals(List.of(), facts.notes());
  }
}
