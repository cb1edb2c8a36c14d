package dev.composefix.images.routes;

import static dev.composefix.images.routes.ListenPort.Evidence.COMMAND;
import static dev.composefix.images.routes.ListenPort.Evidence.CONFIG;
import static dev.composefix.images.routes.ListenPort.Evidence.DEFAULT;
import static dev.composefix.images.routes.ListenPort.Evidence.ENVIRONMENT;
import static dev.composefix.images.routes.ListenPort.Evidence.SOURCE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The listen port of commands: flags, environment, configuration, source and defaults. */
class ListenPortsTest {

  private static List<ListenPort> find(String... argv) {
    return ListenPorts.find(List.of(argv), Map.of());
  }

  private static List<ListenPort> find(Map<String, String> env, String... argv) {
    return ListenPorts.find(List.of(argv), env);
  }

  private static List<ListenPort> port(int port, ListenPort.Evidence evidence, String how) {
    return List.of(new ListenPort(port, evidence, how));
  }

  /** A port of a server of its own, which does not serve the app's routes. */
  private static List<ListenPort> ownServer(int port, ListenPort.Evidence evidence, String how) {
    return List.of(new ListenPort(port, evidence, how, false));
  }

  @Test
  void uvicorn() {
    assertEquals(
        port(8000, COMMAND, "uvicorn --port 8000"),
        find("uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8000"));
    assertEquals(
        port(9000, COMMAND, "uvicorn --port 9000"), find("uvicorn", "--port=9000", "main:app"));
    assertEquals(
        port(7000, ENVIRONMENT, "UVICORN_PORT=7000 read by uvicorn"),
        find(Map.of("UVICORN_PORT", "7000"), "uvicorn", "main:app"));
    assertEquals(
        port(8000, DEFAULT, "default of uvicorn (127.0.0.1:8000)"), find("uvicorn", "main:app"));
    assertEquals(List.of(), find("uvicorn", "main:app", "--uds", "/tmp/app.sock"));
    assertEquals(
        port(8001, COMMAND, "uvicorn --port 8001"),
        find("python", "-m", "uvicorn", "app:app", "--port", "8001"));
  }

  @Test
  void gunicorn() {
    assertEquals(
        port(80, COMMAND, "gunicorn --bind 0.0.0.0:80"),
        find("gunicorn", "app:app", "-b", "0.0.0.0:80"));
    assertEquals(
        port(8080, COMMAND, "gunicorn --bind :8080"), find("gunicorn", "--bind=:8080", "app:app"));
    assertEquals(
        port(5000, COMMAND, "gunicorn --bind [::]:5000"),
        find("gunicorn", "-b[::]:5000", "app:app"));
    assertEquals(
        port(8001, ENVIRONMENT, "GUNICORN_CMD_ARGS --bind 0.0.0.0:8001"),
        find(
            Map.of("GUNICORN_CMD_ARGS", "--workers=3 --bind 0.0.0.0:8001"), "gunicorn", "app:app"));
    assertEquals(
        port(5001, ENVIRONMENT, "PORT=5001 read by gunicorn (binds 0.0.0.0:$PORT)"),
        find(Map.of("PORT", "5001"), "gunicorn", "app:app"));
    assertEquals(
        port(8000, DEFAULT, "default of gunicorn (127.0.0.1:8000)"), find("gunicorn", "app:app"));
    assertEquals(
        List.of(), find(Map.of("PORT", "5001"), "gunicorn", "-b", "unix:/run/app.sock", "app:app"));
  }

  @Test
  void gunicornConfigFiles() {
    SourceFiles files =
        new SourceFiles(
            List.of(
                new SourceFile(
                    "deploy/gunicorn.py",
                    "/srv/deploy/gunicorn.py",
                    "import os\nbind = [\"0.0.0.0:\" + os.getenv(\"PORT\", \"8123\")]\n"),
                new SourceFile(
                    "gunicorn.conf.py", "/srv/gunicorn.conf.py", "bind = '0.0.0.0:9001'\n")),
            List.of());
    assertEquals(
        port(
            8123,
            CONFIG,
            "deploy/gunicorn.py:2: bind = [\"0.0.0.0:\" + os.getenv(\"PORT\", \"8123\")]"),
        ListenPorts.find(
            List.of("gunicorn", "-c", "python:deploy/gunicorn.py", "app:app"),
            Map.of(),
            files,
            "/srv"));
    assertEquals(
        port(9001, CONFIG, "gunicorn.conf.py:1: bind = '0.0.0.0:9001'"),
        ListenPorts.find(List.of("gunicorn", "app:app"), Map.of(), files, "/srv"));
  }

  @Test
  void hypercornFlaskAndHttpServer() {
    assertEquals(
        port(8443, COMMAND, "hypercorn --bind 0.0.0.0:8443"),
        find("hypercorn", "-b", "0.0.0.0:8443", "app:app"));
    assertEquals(
        port(8000, DEFAULT, "default of hypercorn (127.0.0.1:8000)"), find("hypercorn", "app:app"));
    assertEquals(port(5050, COMMAND, "flask run --port 5050"), find("flask", "run", "--port=5050"));
    assertEquals(
        port(5055, ENVIRONMENT, "FLASK_RUN_PORT=5055 read by flask run"),
        find(Map.of("FLASK_RUN_PORT", "5055"), "python", "-m", "flask", "run"));
    assertEquals(
        port(5000, DEFAULT, "default of flask run (127.0.0.1:5000)"),
        find("flask", "--app", "x", "run"));
    assertEquals(List.of(), find("flask", "db", "upgrade"));
    assertEquals(
        ownServer(9999, COMMAND, "python -m http.server 9999"),
        find("python3", "-m", "http.server", "--bind", "0.0.0.0", "9999"));
    assertEquals(
        ownServer(8000, DEFAULT, "default of python -m http.server (8000)"),
        find("python", "-m", "http.server"));
    assertEquals(
        port(8000, DEFAULT, "default of Django runserver (127.0.0.1:8000)"),
        find("python", "manage.py", "runserver"));
    assertEquals(
        port(9000, COMMAND, "manage.py runserver 9000"),
        find("python", "manage.py", "runserver", "9000"));
  }

  @Test
  void nodeNextAndPackageScripts() {
    SourceFiles files =
        new SourceFiles(
            List.of(
                new SourceFile(
                    "package.json",
                    "/app/package.json",
                    "{\"scripts\": {\"start\": \"next start -p 4001\", \"serve\": \"node"
                        + " dist/index.js\"}}"),
                new SourceFile(
                    "server.js",
                    "/app/server.js",
                    "require('http').createServer(h).listen(process.env.PORT || 3030);\n")),
            List.of());
    assertEquals(
        port(4001, COMMAND, "package.json script start \"next start -p 4001\": next start -p 4001"),
        ListenPorts.find(List.of("npm", "start"), Map.of(), files, "/app"));
    assertEquals(
        port(
            3030,
            SOURCE,
            "npm start without a start script runs node server.js; server.js:1: listen(...):"
                + " process.env.PORT || 3030 (PORT unset)"),
        ListenPorts.find(
            List.of("npm", "start"),
            Map.of(),
            new SourceFiles(files.files().subList(1, 2), List.of()),
            "/app"));
    assertEquals(
        port(3031, SOURCE, "server.js:1: listen(...): process.env.PORT || 3030 with PORT=3031"),
        ListenPorts.find(List.of("node", "server.js"), Map.of("PORT", "3031"), files, "/app"));
    assertEquals(port(3000, DEFAULT, "default of next (3000)"), find("next", "start"));
    assertEquals(
        port(3002, ENVIRONMENT, "PORT=3002 read by next"),
        find(Map.of("PORT", "3002"), "next", "start"));
    assertEquals(port(3003, COMMAND, "next dev -p 3003"), find("next", "dev", "--port", "3003"));
    assertEquals(List.of(), find("npm", "run", "build"));
  }

  @Test
  void railsPumaAndJava() {
    assertEquals(port(3100, COMMAND, "rails server -p 3100"), find("bin/rails", "s", "-p", "3100"));
    assertEquals(
        port(3200, ENVIRONMENT, "PORT=3200 read by rails server"),
        find(Map.of("PORT", "3200"), "rails", "server"));
    assertEquals(
        port(3000, DEFAULT, "default of rails server (3000)"),
        find("bundle", "exec", "rails", "server", "-b", "0.0.0.0"));
    assertEquals(port(9300, COMMAND, "puma -p 9300"), find("puma", "-p", "9300"));
    assertEquals(
        port(9301, COMMAND, "puma --bind tcp://0.0.0.0:9301"),
        find("bundle", "exec", "puma", "--bind", "tcp://0.0.0.0:9301"));
    assertEquals(port(9292, DEFAULT, "default of puma (9292)"), find("puma", "config.ru"));
    assertEquals(
        port(8081, COMMAND, "java -Dserver.port=8081"),
        find("java", "-Dserver.port=8081", "-jar", "app.jar"));
    assertEquals(
        port(8082, COMMAND, "java --server.port=8082"),
        find("java", "-jar", "app.jar", "--server.port=8082"));
    assertEquals(
        port(8083, ENVIRONMENT, "SERVER_PORT=8083 read by Spring Boot"),
        find(Map.of("SERVER_PORT", "8083"), "java", "-jar", "app.jar"));
    assertEquals(List.of(), find("java", "-jar", "app.jar"));
  }

  @Test
  void otherKnownServers() {
    assertEquals(
        port(8001, COMMAND, "daphne -p 8001"),
        find("daphne", "-b", "0.0.0.0", "-p", "8001", "app.asgi:application"));
    assertEquals(
        port(8000, DEFAULT, "default of daphne (8000)"), find("daphne", "app.asgi:application"));
    assertEquals(
        port(8090, COMMAND, "waitress-serve --port 8090"),
        find("waitress-serve", "--port=8090", "app:app"));
    assertEquals(
        port(8091, COMMAND, "waitress-serve --listen *:8091"),
        find("waitress-serve", "--listen=*:8091", "app:app"));
    assertEquals(
        port(8080, DEFAULT, "default of waitress-serve (8080)"), find("waitress-serve", "app:app"));
    assertEquals(
        port(9090, COMMAND, "uwsgi --http :9090"),
        find("uwsgi", "--http", ":9090", "--module", "app"));
    assertEquals(
        port(8088, COMMAND, "php -S 0.0.0.0:8088"),
        find("php", "-S", "0.0.0.0:8088", "-t", "public"));
    // Static file servers and mock APIs serve no route of the app's code.
    assertEquals(
        ownServer(8080, DEFAULT, "default of http-server (8080)"), find("http-server", "dist"));
    assertEquals(
        ownServer(5000, COMMAND, "serve -l 5000"), find("npx", "serve", "-l", "5000", "build"));
    assertEquals(
        ownServer(3004, COMMAND, "json-server -p 3004"),
        find("json-server", "--port", "3004", "db.json"));
    // Puma on a rackup file of its own (Action Cable alone) does not serve the app's routes.
    assertEquals(
        ownServer(28080, COMMAND, "puma -p 28080"), find("puma", "-p", "28080", "cable/config.ru"));
    assertEquals(port(28081, COMMAND, "puma -p 28081"), find("puma", "-p", "28081", "config.ru"));
    // Flower and Jupyter serve pages of their own, whatever routes the app's code has.
    assertEquals(
        ownServer(5555, COMMAND, "celery flower --port 5555"),
        find("celery", "-A", "app.worker", "flower", "--port=5555"));
    assertEquals(List.of(), find("celery", "-A", "app.worker", "worker", "-l", "info"));
    assertEquals(
        ownServer(8888, DEFAULT, "default of jupyter (8888)"),
        find("jupyter", "lab", "--no-browser"));
  }

  @Test
  void wrappersShellsAndVariables() {
    assertEquals(
        port(8000, COMMAND, "uvicorn --port 8000"),
        find("/usr/bin/tini", "--", "uv", "run", "uvicorn", "a:app", "--port", "8000"));
    assertEquals(
        port(8080, COMMAND, "gunicorn --bind 0.0.0.0:8080"),
        find(
            "/bin/sh",
            "-c",
            "alembic upgrade head && exec gunicorn -b 0.0.0.0:${PORT:-8080} app:app"));
    assertEquals(
        port(9000, COMMAND, "gunicorn --bind 0.0.0.0:9000"),
        find(Map.of("PORT", "9000"), "sh", "-c", "exec gunicorn -b 0.0.0.0:$PORT app:app"));
    // Options before or around -c, as bash and dash take them.
    assertEquals(
        port(8080, COMMAND, "gunicorn --bind 0.0.0.0:8080"),
        find("/bin/bash", "-o", "pipefail", "-c", "exec gunicorn -b 0.0.0.0:8080 app:app"));
    assertEquals(
        port(8080, COMMAND, "gunicorn --bind 0.0.0.0:8080"),
        find("sh", "-ce", "exec gunicorn -b 0.0.0.0:8080 app:app"));
    assertEquals(
        port(3000, COMMAND, "listen address argument 0.0.0.0:3000"),
        find("/usr/bin/tini", "/usr/local/bin/web", "--", "0.0.0.0:3000"));
    assertEquals(
        port(4000, ENVIRONMENT, "PORT=4000 in the environment"),
        find(Map.of("PORT", "4000"), "/app/server"));
    assertEquals(List.of(), find("/app/server", "--listen", "127.0.0.1:80"));
    assertEquals(List.of(), find());
  }
}
