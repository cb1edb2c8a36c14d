package dev.composefix.images.routes;

import static dev.composefix.images.routes.Route.Kind.HEALTH;
import static dev.composefix.images.routes.Route.Kind.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Route finding on single files: what is a health route, and what must never be one. */
class RouteFinderTest {

  private static List<Route> find(String path, String text) {
    return RouteFinder.find(List.of(new SourceFile(path, "/app/" + path, text)), Map.of());
  }

  private static Route route(
      String path, Route.Kind kind, String file, int line, String framework, String method) {
    return new Route(
        path, kind, file, line, framework, Optional.ofNullable(method), Optional.empty());
  }

  @Test
  void healthLikePaths() {
    List<String> health =
        List.of(
            "/healthz",
            "/health",
            "/ready",
            "/readyz",
            "/livez",
            "/api/health",
            "/ping",
            "/status",
            "/healthcheck",
            "/health-check",
            "/_health",
            "/__heartbeat__",
            "/heartbeat",
            "/up",
            "/liveness",
            "/readiness",
            "/api/v1/liveness",
            "/flask-health-check",
            "/health/",
            "/__lbheartbeat__",
            "/-/status/");
    for (String path : health) {
      assertEquals(Optional.of(HEALTH), HealthPaths.kindOf(path), path);
    }
    assertEquals(Optional.of(ROOT), HealthPaths.kindOf("/"));
    for (String path :
        List.of(
            "",
            "/users",
            "/health/{id}",
            "/crate/{name}/status",
            "/status/:id",
            "/up/<int:x>",
            "/static/*",
            "/uptime",
            "/statuses")) {
      assertEquals(Optional.empty(), HealthPaths.kindOf(path), path);
    }
  }

  @Test
  void routesInCommentsAndDocstringsAreNotRoutes() {
    assertEquals(
        List.of(),
        find(
            "app.py",
            """
            '''@app.get("/health")'''
            # @app.get("/healthz")
            def f():
                \"\"\"
                @app.route("/ready")
                \"\"\"
            """));
    assertEquals(
        List.of(),
        find(
            "server.js",
            """
            // app.get('/health', h)
            /* app.get('/ready', h)
               router.get('/live', h) */
            const url = "http://x/a"; // app.get('/ping')
            """));
    assertEquals(List.of(), find("main.go", "package main\n// http.HandleFunc(\"/healthz\", h)\n"));
    assertEquals(List.of(), find("config/routes.rb", "# get \"up\" => \"rails/health#show\"\n"));
    assertEquals(
        List.of(),
        find("src/main.rs", "// .route(\"/health\", get(h))\n/* #[get(\"/ready\")] */\n"));
  }

  @Test
  void aCommentMarkerInsideAStringDoesNotHideTheRoute() {
    assertEquals(
        List.of(route("/health", HEALTH, "server.js", 1, "node", "GET")),
        find("server.js", "app.get('/health', () => fetch('http://localhost/x'));\n"));
  }

  @Test
  void everyMatchOfASimpleDeclarationIsARoute() {
    assertEquals(
        List.of(
            route("/healthz", HEALTH, "app.py", 3, "aiohttp", "GET"),
            route("/livez", HEALTH, "app.py", 5, "aiohttp", "HEAD"),
            route("/ready", HEALTH, "app.py", 4, "aiohttp", "POST"),
            route("/", ROOT, "app.py", 5, "aiohttp", "GET")),
        find(
            "app.py",
            """
            from aiohttp import web
            app = web.Application()
            app.router.add_get("/healthz", health)
            app.router.add_route("POST", "/ready", ready)
            app.add_routes([web.get("/", index), web.head("/livez", live)])
            """));
    assertEquals(
        List.of(
            route("/healthz", HEALTH, "index.php", 2, "slim", "GET"),
            route("/ping", HEALTH, "index.php", 3, "slim", null),
            route("/status", HEALTH, "index.php", 4, "symfony", null)),
        find(
            "index.php",
            """
            <?php
            $app->get('/healthz', function ($request, $response) { return $response; });
            $app->any('/ping', function ($request, $response) { return $response; });
            #[Route('/status')]
            """));
    assertEquals(
        List.of(route("/health", HEALTH, "app.rb", 2, "sinatra", "GET")),
        find(
            "app.rb",
            """
            require 'sinatra'
            get '/health' do
              'ok'
            end
            """));
  }

  @Test
  void clientCallsAndTestFilesAreNotRoutes() {
    assertEquals(
        List.of(),
        find(
            "client.js", "axios.get('/health');\nhttp.get('/ready');\nsuperagent.get('/ping');\n"));
    assertEquals(List.of(), find("tests/test_app.py", "@app.get('/health')\ndef h(): pass\n"));
    assertEquals(List.of(), find("app/test_health.py", "@app.get('/health')\ndef h(): pass\n"));
    assertEquals(List.of(), find("handler_test.go", "http.HandleFunc(\"/healthz\", h)\n"));
    assertEquals(List.of(), find("src/server.spec.ts", "app.get('/health', h);\n"));
    assertEquals(List.of(), find("src/test/java/HealthTest.java", "@GetMapping(\"/health\")\n"));
    assertEquals(List.of(), find("spec/health_spec.rb", "get '/health' do\nend\n"));
  }

  @Test
  void pathsThatAreNotHealthOrRootAreLeftOut() {
    assertEquals(
        List.of(),
        find("app.py", "from flask import Flask\n@app.route('/users')\ndef u(): pass\n"));
  }

  @Test
  void fastApiRouterPrefixesAcrossFiles() {
    List<SourceFile> files =
        List.of(
            new SourceFile(
                "main.py",
                "/app/main.py",
                "from fastapi import FastAPI\n"
                    + "from routers import probes\n"
                    + "app = FastAPI()\n"
                    + "app.include_router(probes.router, prefix='/api')\n"),
            new SourceFile(
                "routers/probes.py",
                "/app/routers/probes.py",
                "from fastapi import APIRouter\n"
                    + "router = APIRouter(prefix='/v1', tags=['x'])\n\n"
                    + "@router.get('/health')\n"
                    + "def h(): pass\n"));
    assertEquals(
        List.of(route("/api/v1/health", HEALTH, "routers/probes.py", 4, "fastapi", "GET")),
        RouteFinder.find(files, Map.of()));
  }

  @Test
  void portsFollowTheEnvironment() {
    SourceFile server =
        new SourceFile(
            "server.js",
            "/app/server.js",
            "app.get('/health', h);\nconst port = process.env.PORT ?? 3000;\napp.listen(port);\n");
    assertEquals(
        Optional.of(
            new SourcePort(
                3000, "server.js", 3, "listen(...): port = process.env.PORT ?? 3000 (PORT unset)")),
        RouteFinder.find(List.of(server), Map.of()).get(0).port());
    assertEquals(
        Optional.of(
            new SourcePort(
                8080,
                "server.js",
                3,
                "listen(...): port = process.env.PORT ?? 3000 with PORT=8080")),
        RouteFinder.find(List.of(server), Map.of("PORT", "8080")).get(0).port());
    assertEquals(
        List.of(
            new SourcePort(
                5000,
                "app.py",
                2,
                "app.run(port=...): int(os.environ.get('PORT', 5000)) (PORT unset)")),
        RouteFinder.portsIn(
            new SourceFile(
                "app.py",
                "/app.py",
                "import os\n"
                    + "app.run(host='0.0.0.0', port=int(os.environ.get('PORT', 5000)),"
                    + " debug=False)\n"),
            Map.of()));
  }

  @Test
  void healthRoutesComeBeforeRootRoutes() {
    assertEquals(
        List.of(
            route("/healthz", HEALTH, "b.js", 1, "node", "GET"),
            route("/", ROOT, "a.js", 1, "node", "GET")),
        RouteFinder.find(
            List.of(
                new SourceFile("a.js", "/a.js", "app.get('/', h);\n"),
                new SourceFile("b.js", "/b.js", "app.get('/healthz', h);\n")),
            Map.of()));
  }

  @Test
  void hugeAndPathologicalFilesStayBounded() {
    String text =
        "@app.get(\""
            + "/a".repeat(50_000)
            + "\n"
            + "app.get('/health'".repeat(5_000)
            + "\n/*".repeat(20_000);
    List<Route> routes =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> find("x.js", text));
    // 5,000 declarations on one line are one route: same path, file and line.
    assertEquals(List.of(route("/health", HEALTH, "x.js", 2, "node", "GET")), routes);
  }
}
