package dev.composefix.images.routes;

import dev.composefix.shell.ShellScript;
import dev.composefix.shell.ShellToken;
import dev.composefix.shell.ShellWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The port a container's command listens on: flags of known servers (uvicorn, gunicorn, hypercorn,
 * flask run, http.server, Django's runserver, next, rails, puma, daphne, waitress, uwsgi, php -S,
 * java with Spring Boot, http-server, serve, json-server, Celery's Flower, streamlit, jupyter,
 * datasette), the environment variables they read, their configuration files and start scripts when
 * the Dockerfile copies them, the app's own source for {@code python app.py} and {@code node
 * server.js}, and defaults only where a server documents one. Wrappers such as {@code tini --},
 * {@code exec}, {@code uv run}, {@code bundle exec} or an entrypoint script before the server are
 * looked past, and {@code sh -c "..."} is read as a script.
 */
public final class ListenPorts {

  private static final int MAX_DEPTH = 4;

  private final Map<String, String> env;
  private final SourceFiles files;
  private final String workdir;

  /** Set when a server was told to listen on a Unix socket or descriptor: then no port at all. */
  private boolean socketOnly;

  private ListenPorts(Map<String, String> env, SourceFiles files, String workdir) {
    this.env = env;
    this.files = files;
    this.workdir = workdir;
  }

  /** The port of a command, without files to read. */
  public static List<ListenPort> find(List<String> command, Map<String, String> env) {
    return find(command, env, SourceFiles.NONE, "/");
  }

  /**
   * The port a command listens on, strongest evidence first; empty when nothing says.
   *
   * @param command the process's arguments, such as the effective ENTRYPOINT + CMD
   * @param env the container's environment
   * @param files the files the Dockerfile copies, for configuration files and start scripts
   * @param workdir the working folder, against which relative file names are found
   */
  public static List<ListenPort> find(
      List<String> command, Map<String, String> env, SourceFiles files, String workdir) {
    ListenPorts reader = new ListenPorts(env, files, workdir);
    List<ListenPort> found = reader.command(command, 0);
    if (found.isEmpty()
        && !reader.socketOnly
        && env.containsKey("PORT")
        && env.get("PORT").strip().matches("\\d{1,5}")) {
      int port = Integer.parseInt(env.get("PORT").strip());
      if (PortExpressions.valid(port)) {
        return List.of(
            new ListenPort(
                port, ListenPort.Evidence.ENVIRONMENT, "PORT=" + port + " in the environment"));
      }
    }
    return found;
  }

  private List<ListenPort> command(List<String> argv, int depth) {
    if (argv.isEmpty() || depth > MAX_DEPTH) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    argv.forEach(word -> words.add(expand(word)));
    int script = ShellScript.scriptIndex(words);
    if (script > 0) {
      return script(words.get(script), depth + 1);
    }
    for (int k = 0; k < words.size(); k++) {
      List<String> rest = words.subList(k, words.size());
      Optional<ListenPort> port = server(rest, depth);
      if (port.isPresent()) {
        return List.of(port.get());
      }
    }
    for (String word : words) {
      Matcher open = Syntax.OPEN_ADDRESS.pattern.matcher(word);
      if (open.matches()) {
        return portOf(
                Integer.parseInt(open.group(1)),
                ListenPort.Evidence.COMMAND,
                "listen address argument " + word)
            .stream()
            .toList();
      }
    }
    return List.of();
  }

  /** The simple commands of a shell script, each tried in turn. */
  private List<ListenPort> script(String text, int depth) {
    ShellScript script = ShellScript.read(text);
    List<String> words = new ArrayList<>();
    List<List<String>> commands = new ArrayList<>();
    for (ShellToken token : script.tokens()) {
      if (token.isOperator()) {
        if (!words.isEmpty()) {
          commands.add(words);
        }
        words = new ArrayList<>();
      } else if (token.isWord()) {
        ShellWord word = token.requireWord();
        if (!(words.isEmpty() && dev.composefix.shell.ProgramCalls.isAssignment(word))) {
          words.add(word.text());
        }
      }
    }
    if (!words.isEmpty()) {
      commands.add(words);
    }
    for (List<String> command : commands) {
      List<ListenPort> found = command(command, depth);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /** The port when {@code words} start with a server this reader knows. */
  private Optional<ListenPort> server(List<String> words, int depth) {
    String program = ShellWord.baseName(words.get(0));
    List<String> args = words.subList(1, words.size());
    return switch (program) {
      case "uvicorn" -> uvicorn(args);
      case "gunicorn" -> gunicorn(args);
      case "hypercorn" -> bindOr(args, "hypercorn", 8000, "default of hypercorn (127.0.0.1:8000)");
      case "flask" -> flask(args);
      case "python", "python3" -> python(args, depth);
      case "node", "nodemon", "ts-node", "bun", "tsx", "ruby" -> script(args);
      case "next" -> next(args);
      case "npm", "yarn", "pnpm" -> packageScript(program, args, depth);
      case "rails" -> rails(args);
      case "puma" -> puma(args);
      case "java" -> java(args);
      case "daphne" -> flagOr(args, "daphne", List.of("-p", "--port"), 8000, "default of daphne");
      case "waitress-serve" -> waitress(args);
      case "uwsgi" -> uwsgi(args);
      case "php" -> flag(args, List.of("-S")).flatMap(v -> address(v, "php -S " + v));
      default -> ownServer(program, args).map(ListenPort::ofOwnServer);
    };
  }

  /**
   * Servers that serve what they are, not the app's web routes: a health route found in the sources
   * is not theirs (Flower on 5555 has no {@code /healthz} of a FastAPI app beside it).
   */
  private Optional<ListenPort> ownServer(String program, List<String> args) {
    return switch (program) {
      case "http-server" ->
          flagOr(args, "http-server", List.of("-p", "--port"), 8080, "default of http-server");
      case "serve" ->
          flagOr(args, "serve", List.of("-l", "--listen", "-p"), 3000, "default of serve");
      case "celery" ->
          args.contains("flower")
              ? flagOr(args, "celery flower", List.of("--port"), 5555, "default of Flower")
              : Optional.empty();
      case "streamlit" ->
          args.contains("run")
              ? flag(args, List.of("--server.port"))
                  .flatMap(
                      v -> number(v, ListenPort.Evidence.COMMAND, "streamlit --server.port " + v))
                  .or(() -> environment("STREAMLIT_SERVER_PORT", "streamlit"))
                  .or(
                      () ->
                          portOf(8501, ListenPort.Evidence.DEFAULT, "default of streamlit (8501)"))
              : Optional.empty();
      case "jupyter" -> flagOr(args, "jupyter", List.of("--port"), 8888, "default of jupyter");
      case "datasette" ->
          flagOr(args, "datasette", List.of("-p", "--port"), 8001, "default of datasette");
      case "json-server" ->
          flagOr(args, "json-server", List.of("-p", "--port"), 3000, "default of json-server");
      default -> Optional.empty();
    };
  }

  private Optional<ListenPort> uvicorn(List<String> args) {
    if (flag(args, List.of("--uds", "--fd")).isPresent()) {
      socketOnly = true;
      return Optional.empty();
    }
    return flag(args, List.of("--port"))
        .flatMap(v -> number(v, ListenPort.Evidence.COMMAND, "uvicorn --port " + v))
        .or(() -> environment("UVICORN_PORT", "uvicorn"))
        .or(() -> portOf(8000, ListenPort.Evidence.DEFAULT, "default of uvicorn (127.0.0.1:8000)"));
  }

  private Optional<ListenPort> gunicorn(List<String> args) {
    if (flag(args, List.of("-b", "--bind")).isPresent()) {
      // A bind that is no TCP address, such as unix:/run/app.sock, listens on no port.
      Optional<ListenPort> bound = bind(args, "gunicorn");
      socketOnly = bound.isEmpty();
      return bound;
    }
    String cmdArgs = env.getOrDefault("GUNICORN_CMD_ARGS", "");
    Optional<ListenPort> fromEnv =
        bind(List.of(cmdArgs.trim().split("\\s+")), "GUNICORN_CMD_ARGS")
            .map(p -> new ListenPort(p.port(), ListenPort.Evidence.ENVIRONMENT, p.how()));
    if (fromEnv.isPresent()) {
      return fromEnv;
    }
    String config =
        flag(args, List.of("-c", "--config"))
            .orElse("gunicorn.conf.py")
            .replaceFirst("^python:", "");
    Optional<ListenPort> configured = files.find(config, workdir).flatMap(this::gunicornConfig);
    if (configured.isPresent()) {
      return configured;
    }
    return environment("PORT", "gunicorn (binds 0.0.0.0:$PORT)")
        .or(
            () ->
                portOf(8000, ListenPort.Evidence.DEFAULT, "default of gunicorn (127.0.0.1:8000)"));
  }

  private Optional<ListenPort> gunicornConfig(SourceFile file) {
    CodeText text = CodeText.of(file.text(), CodeText.Syntax.PYTHON);
    Matcher m = Syntax.GUNICORN_BIND.pattern.matcher(text.code);
    if (!m.find()) {
      return Optional.empty();
    }
    String value = m.group(1).strip().replaceAll("^\\[\\s*|\\s*]$", "");
    String how = file.path() + ":" + text.lineOf(m.start()) + ": bind = " + m.group(1).strip();
    Matcher literal = Syntax.ADDRESS.pattern.matcher(value.replaceAll("^[rf]?['\"]|['\"].*$", ""));
    if (literal.matches()) {
      return number(literal.group(1), ListenPort.Evidence.CONFIG, how);
    }
    return PortExpressions.resolve(value, text.code, env)
        .flatMap(r -> portOf(r.port(), ListenPort.Evidence.CONFIG, how));
  }

  private Optional<ListenPort> bind(List<String> args, String server) {
    return flag(args, List.of("-b", "--bind")).flatMap(v -> address(v, server + " --bind " + v));
  }

  private Optional<ListenPort> bindOr(List<String> args, String server, int fallback, String how) {
    if (flag(args, List.of("-b", "--bind")).isPresent()) {
      return bind(args, server);
    }
    return portOf(fallback, ListenPort.Evidence.DEFAULT, how);
  }

  private Optional<ListenPort> flask(List<String> args) {
    if (!args.contains("run")) {
      return Optional.empty();
    }
    return flag(args, List.of("-p", "--port"))
        .flatMap(v -> number(v, ListenPort.Evidence.COMMAND, "flask run --port " + v))
        .or(() -> environment("FLASK_RUN_PORT", "flask run"))
        .or(
            () ->
                portOf(5000, ListenPort.Evidence.DEFAULT, "default of flask run (127.0.0.1:5000)"));
  }

  private Optional<ListenPort> python(List<String> args, int depth) {
    int k = 0;
    while (k < args.size() && args.get(k).startsWith("-") && !args.get(k).equals("-m")) {
      k++;
    }
    if (k >= args.size()) {
      return Optional.empty();
    }
    if (args.get(k).equals("-m") && k + 1 < args.size()) {
      String module = args.get(k + 1);
      List<String> rest = args.subList(k + 2, args.size());
      if (module.equals("http.server")) {
        // A static file server, as http-server and serve are: no route of the app's code.
        Optional<String> port = rest.stream().filter(a -> a.matches("\\d{1,5}")).findFirst();
        return (port.isPresent()
                ? number(
                    port.get(), ListenPort.Evidence.COMMAND, "python -m http.server " + port.get())
                : portOf(
                    8000, ListenPort.Evidence.DEFAULT, "default of python -m http.server (8000)"))
            .map(ListenPort::ofOwnServer);
      }
      List<String> server = new ArrayList<>();
      server.add(module);
      server.addAll(rest);
      return Set.of("uvicorn", "gunicorn", "hypercorn", "flask", "daphne").contains(module)
          ? server(server, depth)
          : Optional.empty();
    }
    String file = args.get(k);
    if (ShellWord.baseName(file).equals("manage.py") && args.contains("runserver")) {
      List<String> after = args.subList(args.indexOf("runserver") + 1, args.size());
      for (String arg : after) {
        if (arg.matches("\\d{1,5}")) {
          return number(arg, ListenPort.Evidence.COMMAND, "manage.py runserver " + arg);
        }
        Matcher address = Syntax.ADDRESS.pattern.matcher(arg);
        if (address.matches()) {
          return number(
              address.group(1), ListenPort.Evidence.COMMAND, "manage.py runserver " + arg);
        }
      }
      return portOf(
          8000, ListenPort.Evidence.DEFAULT, "default of Django runserver (127.0.0.1:8000)");
    }
    return sourcePort(file);
  }

  /** {@code node server.js}: the port the script sets. */
  private Optional<ListenPort> script(List<String> args) {
    return args.stream().filter(a -> !a.startsWith("-")).findFirst().flatMap(this::sourcePort);
  }

  private Optional<ListenPort> sourcePort(String file) {
    return files
        .find(file, workdir)
        .flatMap(f -> RouteFinder.portsIn(f, env).stream().findFirst())
        .flatMap(
            p ->
                portOf(
                    p.port(),
                    ListenPort.Evidence.SOURCE,
                    p.file() + ":" + p.line() + ": " + p.how()));
  }

  private Optional<ListenPort> next(List<String> args) {
    if (args.isEmpty() || !(args.get(0).equals("start") || args.get(0).equals("dev"))) {
      return Optional.empty();
    }
    return flag(args, List.of("-p", "--port"))
        .flatMap(v -> number(v, ListenPort.Evidence.COMMAND, "next " + args.get(0) + " -p " + v))
        .or(() -> environment("PORT", "next"))
        .or(() -> portOf(3000, ListenPort.Evidence.DEFAULT, "default of next (3000)"));
  }

  /**
   * {@code npm start} runs the package.json start script, or {@code node server.js} without one.
   */
  private Optional<ListenPort> packageScript(String manager, List<String> args, int depth) {
    List<String> words = args.stream().filter(a -> !a.startsWith("-")).toList();
    if (words.isEmpty()) {
      return Optional.empty();
    }
    String name =
        words.get(0).equals("run") || words.get(0).equals("run-script")
            ? words.size() > 1 ? words.get(1) : ""
            : words.get(0);
    if (name.isEmpty() || name.equals("install") || name.equals("ci")) {
      return Optional.empty();
    }
    Optional<SourceFile> packageJson = files.find("package.json", workdir);
    Optional<String> body = packageJson.flatMap(p -> scriptOf(p.text(), name));
    if (body.isEmpty()) {
      return name.equals("start") && manager.equals("npm")
          ? script(List.of("server.js"))
              .map(
                  p ->
                      new ListenPort(
                          p.port(),
                          p.evidence(),
                          "npm start without a start script runs node server.js; " + p.how()))
          : Optional.empty();
    }
    List<ListenPort> found = script(body.get(), depth + 1);
    return found.stream()
        .findFirst()
        .map(
            p ->
                new ListenPort(
                    p.port(),
                    p.evidence(),
                    "package.json script " + name + " \"" + body.get() + "\": " + p.how()));
  }

  /** The body of {@code "scripts": {"name": "..."}}, read as far as a flat object needs. */
  static Optional<String> scriptOf(String packageJson, String name) {
    int scripts = packageJson.indexOf("\"scripts\"");
    if (scripts < 0) {
      return Optional.empty();
    }
    int open = packageJson.indexOf('{', scripts);
    int close = open < 0 ? -1 : packageJson.indexOf('}', open);
    if (close < 0) {
      return Optional.empty();
    }
    Matcher m = Syntax.JSON_STRING.pattern.matcher(packageJson.substring(open + 1, close));
    while (m.find()) {
      String key = m.group(1);
      if (!m.find()) {
        break;
      }
      if (key.equals(name)) {
        return Optional.of(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
      }
    }
    return Optional.empty();
  }

  private Optional<ListenPort> rails(List<String> args) {
    if (args.isEmpty() || !(args.get(0).equals("server") || args.get(0).equals("s"))) {
      return Optional.empty();
    }
    return flag(args, List.of("-p", "--port"))
        .flatMap(v -> number(v, ListenPort.Evidence.COMMAND, "rails server -p " + v))
        .or(() -> pumaConfig("config/puma.rb"))
        .or(() -> environment("PORT", "rails server"))
        .or(() -> portOf(3000, ListenPort.Evidence.DEFAULT, "default of rails server (3000)"));
  }

  private Optional<ListenPort> puma(List<String> args) {
    Optional<ListenPort> port =
        flag(args, List.of("-p", "--port"))
            .flatMap(v -> number(v, ListenPort.Evidence.COMMAND, "puma -p " + v))
            .or(() -> bind(args, "puma"))
            .or(() -> pumaConfig(flag(args, List.of("-C", "--config")).orElse("config/puma.rb")))
            .or(() -> portOf(9292, ListenPort.Evidence.DEFAULT, "default of puma (9292)"));
    // A rackup file of its own (puma cable/config.ru, Action Cable alone) serves what that file
    // runs, not the app's routes, which the app's config.ru mounts.
    return otherRackup(args) ? port.map(ListenPort::ofOwnServer) : port;
  }

  private static boolean otherRackup(List<String> args) {
    for (String arg : args) {
      if (arg.endsWith(".ru") && !arg.equals("config.ru") && !arg.equals("./config.ru")) {
        return true;
      }
    }
    return false;
  }

  private Optional<ListenPort> pumaConfig(String path) {
    Optional<SourceFile> file = files.find(path, workdir);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    CodeText text = CodeText.of(file.get().text(), CodeText.Syntax.HASH);
    Matcher bind = Syntax.PUMA_BIND.pattern.matcher(text.code);
    if (bind.find()) {
      String how =
          file.get().path() + ":" + text.lineOf(bind.start()) + ": " + bind.group().strip();
      String expression = bind.group(2) != null ? bind.group(2) : bind.group(1);
      return PortExpressions.resolve(expression, text.code, env)
          .flatMap(r -> portOf(r.port(), ListenPort.Evidence.CONFIG, how));
    }
    Matcher port = Syntax.PUMA_PORT.pattern.matcher(text.code);
    if (port.find()) {
      String how =
          file.get().path() + ":" + text.lineOf(port.start()) + ": " + port.group().strip();
      return PortExpressions.resolve(port.group(1).replaceAll(",.*$", ""), text.code, env)
          .flatMap(r -> portOf(r.port(), ListenPort.Evidence.CONFIG, how));
    }
    return Optional.empty();
  }

  private Optional<ListenPort> java(List<String> args) {
    for (String arg : args) {
      if (arg.startsWith("-Dserver.port=") || arg.startsWith("--server.port=")) {
        return number(
            arg.substring(arg.indexOf('=') + 1), ListenPort.Evidence.COMMAND, "java " + arg);
      }
    }
    if (!args.contains("-jar") && args.stream().noneMatch(a -> a.endsWith(".jar"))) {
      return Optional.empty();
    }
    boolean springBoot =
        files.files().stream()
            .anyMatch(
                f ->
                    (f.fileName().equals("pom.xml") || f.fileName().startsWith("build.gradle"))
                        && f.text().contains("spring-boot"));
    Optional<ListenPort> configured =
        environment("SERVER_PORT", "Spring Boot")
            .or(
                () ->
                    SpringRoutes.port(SpringRoutes.settings(files.files()), "server.port", env)
                        .flatMap(
                            p ->
                                portOf(
                                    p.port(),
                                    ListenPort.Evidence.CONFIG,
                                    p.file() + ":" + p.line() + ": " + p.how())));
    if (configured.isPresent() || !springBoot) {
      return configured;
    }
    return portOf(8080, ListenPort.Evidence.DEFAULT, "default of Spring Boot (8080)");
  }

  private Optional<ListenPort> waitress(List<String> args) {
    return flag(args, List.of("--port"))
        .flatMap(v -> number(v, ListenPort.Evidence.COMMAND, "waitress-serve --port " + v))
        .or(
            () ->
                flag(args, List.of("--listen"))
                    .flatMap(v -> address(v, "waitress-serve --listen " + v)))
        .or(() -> portOf(8080, ListenPort.Evidence.DEFAULT, "default of waitress-serve (8080)"));
  }

  private Optional<ListenPort> uwsgi(List<String> args) {
    Optional<ListenPort> http =
        flag(args, List.of("--http", "--http-socket"))
            .flatMap(v -> address(v, "uwsgi --http " + v));
    if (http.isPresent()) {
      return http;
    }
    Optional<SourceFile> ini = flag(args, List.of("--ini")).flatMap(p -> files.find(p, workdir));
    if (ini.isEmpty()) {
      return Optional.empty();
    }
    CodeText text = CodeText.of(ini.get().text(), CodeText.Syntax.HASH);
    Matcher m = Syntax.UWSGI_OPTION.pattern.matcher(text.code);
    String socket = null;
    int socketAt = 0;
    boolean httpProtocol = false;
    while (m.find()) {
      String how = ini.get().path() + ":" + text.lineOf(m.start()) + ": " + m.group().strip();
      switch (m.group(1)) {
        case "http", "http-socket" -> {
          return address(m.group(2), how)
              .map(p -> new ListenPort(p.port(), ListenPort.Evidence.CONFIG, how));
        }
        case "socket" -> {
          socket = m.group(2);
          socketAt = m.start();
        }
        default -> httpProtocol = m.group(2).equals("http");
      }
    }
    if (socket != null && httpProtocol) {
      String how =
          ini.get().path()
              + ":"
              + text.lineOf(socketAt)
              + ": socket = "
              + socket
              + " with protocol = http";
      return address(socket, how)
          .map(p -> new ListenPort(p.port(), ListenPort.Evidence.CONFIG, how));
    }
    return Optional.empty();
  }

  private Optional<ListenPort> flagOr(
      List<String> args, String server, List<String> flags, int fallback, String how) {
    return flag(args, flags)
        .flatMap(
            v -> {
              Matcher address = Syntax.ADDRESS.pattern.matcher(v);
              String port = address.matches() ? address.group(1) : v;
              return number(
                  port, ListenPort.Evidence.COMMAND, server + " " + flags.get(0) + " " + v);
            })
        .or(() -> portOf(fallback, ListenPort.Evidence.DEFAULT, how + " (" + fallback + ")"));
  }

  /**
   * The value of the first of {@code names}: {@code --port 80}, {@code --port=80}, {@code -p80}.
   */
  static Optional<String> flag(List<String> args, List<String> names) {
    for (int k = 0; k < args.size(); k++) {
      String arg = args.get(k);
      if (arg.equals("--")) {
        break;
      }
      for (String name : names) {
        if (arg.equals(name) && k + 1 < args.size()) {
          return Optional.of(args.get(k + 1));
        }
        if (arg.startsWith(name + "=")) {
          return Optional.of(arg.substring(name.length() + 1));
        }
        // A glued short flag, -p8000 or -b0.0.0.0:80, but not -production.
        if (!name.startsWith("--")
            && arg.startsWith(name)
            && arg.substring(name.length()).matches("[\\d:\\[].*|.*:\\d+")) {
          return Optional.of(arg.substring(name.length()));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<ListenPort> address(String value, String how) {
    if (value.matches("\\d{1,5}")) {
      return number(value, ListenPort.Evidence.COMMAND, how);
    }
    Matcher m = Syntax.ADDRESS.pattern.matcher(value);
    return m.matches() ? number(m.group(1), ListenPort.Evidence.COMMAND, how) : Optional.empty();
  }

  private Optional<ListenPort> environment(String name, String server) {
    String value = env.get(name);
    if (value == null || !value.strip().matches("\\d{1,5}")) {
      return Optional.empty();
    }
    return number(
        value.strip(),
        ListenPort.Evidence.ENVIRONMENT,
        name + "=" + value.strip() + " read by " + server);
  }

  private static Optional<ListenPort> number(
      String value, ListenPort.Evidence evidence, String how) {
    return value.matches("\\d{1,5}")
        ? portOf(Integer.parseInt(value), evidence, how)
        : Optional.empty();
  }

  private static Optional<ListenPort> portOf(int port, ListenPort.Evidence evidence, String how) {
    return PortExpressions.valid(port)
        ? Optional.of(new ListenPort(port, evidence, how))
        : Optional.empty();
  }

  /**
   * {@code $PORT}, {@code ${PORT}}, {@code ${PORT:-8000}} from the environment, as a shell would.
   */
  private String expand(String word) {
    if (word.indexOf('$') < 0) {
      return word;
    }
    Matcher m = Syntax.VARIABLE.pattern.matcher(word);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(4);
      String value = env.get(name);
      String replacement;
      if (m.group(2) != null && (value == null || m.group(2).equals(":-") && value.isEmpty())) {
        replacement = m.group(3);
      } else {
        replacement = value == null ? m.group() : value;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** What this reader matches: the patterns named server.* in route-syntax.txt. */
  private enum Syntax {
    ADDRESS,
    OPEN_ADDRESS,
    VARIABLE,
    GUNICORN_BIND,
    JSON_STRING,
    PUMA_PORT,
    PUMA_BIND,
    UWSGI_OPTION;

    final Pattern pattern = RouteSyntax.pattern("server", this);
  }
}
