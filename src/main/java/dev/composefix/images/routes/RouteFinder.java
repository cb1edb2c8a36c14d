package dev.composefix.images.routes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds health routes, and the root route as a weaker fallback, in the source files a Dockerfile
 * copies. Reading is text-level: comments are blanked first, only string literals count as paths,
 * nothing is executed, and test files are skipped, so a path in a comment, a test or a client call
 * is not a route.
 */
public final class RouteFinder {

  private static final Set<String> TEST_FOLDERS =
      Set.of("test", "tests", "__tests__", "spec", "specs", "e2e", "testdata", "fixtures");

  private RouteFinder() {}

  /**
   * The health and root routes in {@code files}, each with the port its file or app sets: health
   * routes first, the shortest paths first (a mounted {@code /chat/healthz} is a sub-app's), then
   * health before liveness before readiness before other names.
   *
   * @param env the container's environment, which decides {@code process.env.PORT || 3000}
   */
  public static List<Route> find(List<SourceFile> files, Map<String, String> env) {
    return find(files, env, new MaskedCode());
  }

  /** {@link #find}, with the files' masked code kept in {@code masked} for other builds. */
  static List<Route> find(List<SourceFile> files, Map<String, String> env, MaskedCode masked) {
    List<ScannedFile> python = new ArrayList<>();
    List<ScannedFile> scanned = new ArrayList<>();
    for (SourceFile file : files) {
      if (isTestFile(file.path())) {
        continue;
      }
      syntaxOf(file)
          .ifPresent(
              syntax -> {
                ScannedFile read = new ScannedFile(file, masked.of(file, syntax), env);
                scanned.add(read);
                if (file.path().endsWith(".py")) {
                  python.add(read);
                }
              });
    }
    Map<String, String> includes = PythonRoutes.includePrefixes(python);
    SpringRoutes.Settings settings = SpringRoutes.settings(files);
    Optional<SourcePort> serverPort = SpringRoutes.port(settings, "server.port", env);
    Optional<SourcePort> managementPort =
        SpringRoutes.port(settings, "management.server.port", env).or(() -> serverPort);
    List<Route> routes = new ArrayList<>();
    for (ScannedFile file : scanned) {
      scan(file, includes, settings);
      Optional<SourcePort> own = file.ports.stream().findFirst();
      for (Route route : file.routes) {
        Optional<SourcePort> port = own;
        if (route.framework().equals("spring")) {
          port = own.or(() -> serverPort);
        } else if (route.framework().equals("spring-boot-actuator")) {
          port = managementPort;
        }
        routes.add(route.withPort(port));
      }
    }
    List<Route> distinct = new ArrayList<>(new LinkedHashSet<>(routes));
    distinct.sort(
        Comparator.comparing(Route::kind)
            .thenComparingInt(route -> HealthPaths.segments(route.path()))
            .thenComparingInt(route -> HealthPaths.rank(route.path()))
            .thenComparing(Route::file)
            .thenComparingInt(Route::line));
    return List.copyOf(distinct);
  }

  /**
   * The ports a file sets, such as {@code app.listen(3000)} or {@code uvicorn.run(app, port=8000)}.
   */
  public static List<SourcePort> portsIn(SourceFile file, Map<String, String> env) {
    Optional<CodeText.Syntax> syntax = syntaxOf(file);
    if (syntax.isEmpty()) {
      return List.of();
    }
    ScannedFile scanned = new ScannedFile(file, syntax.get(), env);
    scan(scanned, Map.of(), SpringRoutes.settings(List.of()));
    return List.copyOf(scanned.ports);
  }

  private static void scan(
      ScannedFile file, Map<String, String> includes, SpringRoutes.Settings settings) {
    String name = file.file().fileName();
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    switch (extension) {
      case "py" -> PythonRoutes.scan(file, includes);
      case "js", "mjs", "cjs", "ts", "jsx", "tsx" -> ScriptRoutes.scan(file);
      case "go" -> GoRoutes.scan(file);
      case "java", "kt" -> SpringRoutes.scan(file, settings);
      case "rb" -> RubyRoutes.scan(file);
      case "php" -> PhpRoutes.scan(file);
      case "rs" -> RustRoutes.scan(file);
      case "xml", "gradle", "kts" -> SpringRoutes.actuator(file, settings);
      default -> {}
    }
  }

  private static Optional<CodeText.Syntax> syntaxOf(SourceFile file) {
    String name = file.fileName();
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return switch (extension) {
      case "py" -> Optional.of(CodeText.Syntax.PYTHON);
      case "js", "mjs", "cjs", "ts", "jsx", "tsx", "go", "java", "kt", "gradle", "kts" ->
          Optional.of(CodeText.Syntax.C);
      case "rs" -> Optional.of(CodeText.Syntax.RUST);
      case "php" -> Optional.of(CodeText.Syntax.PHP);
      case "rb" -> Optional.of(CodeText.Syntax.HASH);
      case "xml" -> Optional.of(CodeText.Syntax.NONE);
      default -> Optional.empty();
    };
  }

  /** Tests, by folder or by name: their paths are requests, not routes. */
  public static boolean isTestFile(String path) {
    String[] segments = path.split("/");
    for (int k = 0; k < segments.length - 1; k++) {
      if (TEST_FOLDERS.contains(segments[k].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return Syntax.TEST_NAME.pattern.matcher(segments[segments.length - 1]).matches();
  }

  /** What this reader matches: the patterns named files.* in route-syntax.txt. */
  private enum Syntax {
    TEST_NAME;

    final Pattern pattern = RouteSyntax.pattern("files", this);
  }
}
