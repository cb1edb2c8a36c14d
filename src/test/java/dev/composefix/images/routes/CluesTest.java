package dev.composefix.images.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.composefix.support.Projects;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A reader skips a file that holds none of a pattern's clues, which is right only if every match of
 * the pattern holds one. This checks every match of every pattern with clues over each text file of
 * the build-context corpus and over a sample of each syntax, and that every such pattern matched.
 */
class CluesTest {

  /** One call of each syntax that has clues, so that none passes by never matching. */
  private static final String SAMPLES =
      String.join(
          "\n",
          "@app.get(\"/health\")",
          "router = APIRouter(prefix=\"/api\")",
          "bp = Blueprint(\"admin\", __name__)",
          "app.include_router(router, prefix=\"/v1\")",
          "app.register_blueprint(bp, url_prefix=\"/admin\")",
          "routes = [Route(\"/health\", endpoint=health)]",
          "app.router.add_get(\"/health\", health)",
          "app.router.add_route(\"GET\", \"/ready\", ready)",
          "app.add_routes([web.get(\"/live\", live)])",
          "urlpatterns = [path(\"health/\", views.health), re_path(r\"^up$\", views.up),"
              + " url(r\"^ok$\", views.ok)]",
          "app.run(host=\"0.0.0.0\", port=8000)",
          "web.run_app(app, port=8080)",
          "let app = Router::new().route(\"/health\", get(health));",
          "#[get(\"/healthz\")] #[post(\"/a\")] #[put(\"/b\")] #[delete(\"/c\")]"
              + " #[patch(\"/d\")] #[head(\"/e\")]",
          "App::new().service(web::resource(\"/ping\").route(web::get().to(ping)))",
          "#[cfg(test)] mod tests { }",
          "HttpServer::new(app).bind((\"0.0.0.0\", 8080))?",
          "let addr = SocketAddr::from(([0, 0, 0, 0], 3000));",
          "app.get('/health', h); router.post(\"/a\", h); api.put('/b', h); r.delete('/c', h);"
              + " app.patch('/d', h); app.head('/e', h); app.options('/f', h); app.all('/g', h);",
          "app.use('/api', router);",
          "fastify.route({ method: 'GET', url: '/health', handler })",
          "@Controller('health') class H { @Get() a() {} @Post('x') b() {} @Put() c() {}"
              + " @Delete() d() {} @Patch() e() {} @Head() f() {} @All() g() {} }",
          "app.listen(3000)",
          "export async function GET(request) {}",
          "log.Fatal(http.ListenAndServe(\":8080\", nil)); r.Run(\":8080\"); e.Start(addr);"
              + " app.Listen(\":3000\"); net.Listen(\"tcp\", \":9000\")",
          "srv := &http.Server{Addr: \":8080\"}",
          "@GetMapping(\"/health\") public class HealthController {} interface Api {}",
          "@Path(\"/health\")",
          " * @Route(\"/health\")",
          "#[Route('/health')]",
          "Route::get('/health', fn () => 'ok');",
          "$app->get('/health', $h); $router->post('/a', $h); $group->put('/b', $h);",
          "set :port, 4567",
          "");

  @Test
  void everyMatchOfAPatternWithCluesHoldsOne() throws Exception {
    List<String> texts = new ArrayList<>(corpusTexts());
    texts.add(SAMPLES);
    Map<String, Integer> matches = new TreeMap<>();
    List<String> withoutClue = new ArrayList<>();
    for (Map.Entry<String, Syntax> syntax : syntaxesWithClues().entrySet()) {
      int found = 0;
      for (String text : texts) {
        Matcher m = syntax.getValue().pattern().matcher(text);
        while (m.find()) {
          found++;
          if (!holdsAClue(m.group(), syntax.getValue().clues())) {
            withoutClue.add(syntax.getKey() + ": " + m.group());
          }
        }
      }
      matches.put(syntax.getKey(), found);
    }
    assertEquals(List.of(), withoutClue);
    assertEquals(
        List.of(),
        matches.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList(),
        "patterns with clues that never matched");
  }

  @Test
  void aTextWithoutAClueIsNotSearched() {
    Clues clues = Clues.of("Route(", "web.");
    Pattern pattern = Pattern.compile("\\bRoute\\(|web\\.|x");
    Matcher none = clues.matcher(pattern, "x x x");
    Matcher some = clues.matcher(pattern, "x Route(");
    assertEquals(
        List.of(false, true, true, true),
        List.of(
            none.find(),
            some.find() && some.group().equals("x"),
            Clues.of().mayMatch("anything"),
            clues.mayMatch("a web.get")));
  }

  private static boolean holdsAClue(String match, Clues clues) {
    for (String clue : clues.texts()) {
      if (match.contains(clue)) {
        return true;
      }
    }
    return false;
  }

  private record Syntax(Pattern pattern, Clues clues) {}

  /** Each reader's syntax constants that have clues, by reader and constant. */
  private Map<String, Syntax> syntaxesWithClues() throws Exception {
    Map<String, Syntax> found = new TreeMap<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.composefix.images.routes")) {
      Class<?> reader = Class.forName(type.getName(), true, getClass().getClassLoader());
      if (!reader.isEnum()) {
        continue;
      }
      Field pattern;
      Field clues;
      try {
        pattern = reader.getDeclaredField("pattern");
        clues = reader.getDeclaredField("clues");
      } catch (NoSuchFieldException e) {
        continue;
      }
      pattern.setAccessible(true);
      clues.setAccessible(true);
      for (Object constant : reader.getEnumConstants()) {
        Clues these = (Clues) clues.get(constant);
        if (!these.texts().isEmpty()) {
          found.put(
              reader.getEnclosingClass().getSimpleName() + "." + constant,
              new Syntax((Pattern) pattern.get(constant), these));
        }
      }
    }
    Assumptions.assumeFalse(found.isEmpty(), "no reader has clues");
    return found;
  }

  /** The text files of the build-context corpus: UTF-8, at most 256 kB, as a reader takes them. */
  private static List<String> corpusTexts() throws IOException {
    Path corpus = Projects.root().resolve("../shared/buildctx-corpus").normalize();
    Assumptions.assumeTrue(
        Files.isRegularFile(corpus.resolve("MANIFEST.tsv")),
        "build-context corpus not found: skipped");
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        if (Files.size(file) <= 256 * 1024) {
          try {
            texts.add(
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString());
          } catch (CharacterCodingException binary) {
            // Not text: no reader scans it.
          }
        }
      }
    }
    return texts;
  }
}
