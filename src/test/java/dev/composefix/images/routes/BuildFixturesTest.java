package dev.composefix.images.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.composefix.images.dockerfile.ReadNote;
import dev.composefix.support.Projects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One small build context per framework and per way of setting the listen port, under {@code
 * src/test/resources/dev/composefix/images/build/}, read end to end and compared with {@code
 * golden/build-contexts/<fixture>.txt}: the programs the Dockerfile installs, every health and root
 * route with its file, line and port, the listen ports with their evidence, and the notes. Each
 * fixture also holds what must not count: routes in comments and docstrings, client calls, test
 * files and folders the Dockerfile does not copy. {@code -Dgolden.update=true} rewrites the
 * goldens.
 */
class BuildFixturesTest {

  private static final Path FIXTURES =
      Projects.root().resolve("src/test/resources/dev/composefix/images/build");

  private static final Path GOLDEN = Projects.root().resolve("golden/build-contexts");

  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> folders = Files.list(FIXTURES)) {
      return folders.map(folder -> folder.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void readsTheFixtureAsItsGoldenSays(String fixture) throws IOException {
    String actual = render(BuildReading.read(BuildRequest.of(FIXTURES.resolve(fixture))));
    Path golden = GOLDEN.resolve(fixture + ".txt");
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      fail("missing golden " + Projects.root().relativize(golden) + "; run -Dgolden.update=true");
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, fixture);
  }

  @Test
  void everyGoldenHasItsFixture() throws IOException {
    List<String> fixtures = fixtures().map(name -> name + ".txt").toList();
    try (Stream<Path> goldens = Files.list(GOLDEN)) {
      assertEquals(
          List.of(),
          goldens
              .map(golden -> golden.getFileName().toString())
              .filter(name -> !fixtures.contains(name))
              .sorted()
              .toList(),
          "goldens without a fixture folder");
    }
  }

  /** The facts a golden holds, a line each, in the order the reader gives them. */
  private static String render(BuildFacts facts) {
    StringBuilder out = new StringBuilder();
    List<String> programs = facts.stage().orElseThrow().programNames();
    out.append("programs: ")
        .append(programs.isEmpty() ? "-" : String.join(" ", programs))
        .append('\n');
    for (Route route : facts.routes()) {
      out.append("route ")
          .append(route.path())
          .append(' ')
          .append(route.kind())
          .append(' ')
          .append(route.file())
          .append(':')
          .append(route.line())
          .append(' ')
          .append(route.framework())
          .append(' ')
          .append(route.method().orElse("-"));
      route
          .port()
          .ifPresent(
              port ->
                  out.append(" port ")
                      .append(port.port())
                      .append(" (")
                      .append(port.file())
                      .append(':')
                      .append(port.line())
                      .append(": ")
                      .append(port.how())
                      .append(')'));
      out.append('\n');
    }
    for (ListenPort port : facts.ports()) {
      out.append("port ")
          .append(port.port())
          .append(' ')
          .append(port.evidence())
          .append(": ")
          .append(port.how())
          .append('\n');
    }
    for (ReadNote note : facts.notes()) {
      out.append("note ")
          .append(note.file())
          .append(':')
          .append(note.line())
          .append(": ")
          .append(note.message())
          .append('\n');
    }
    return out.toString();
  }
}
