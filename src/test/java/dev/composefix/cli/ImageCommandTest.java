package dev.composefix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compose-fix image}: one row with its sources, the table, unknown images, bad rows. */
class ImageCommandTest {

  @TempDir Path dir;

  private static final String CONFIG =
      """
      images:
        sources:
          api-dockerfile: {repo: acme/api, path: Dockerfile, ref: v1.8.2, checked: 2026-12-01, says: FROM python:3.12-slim}
          api-routes: {repo: acme/api, path: app/main.py, ref: v1.8.2, checked: 2026-12-01}
        rows:
          - id: acme-api
            names: [ghcr.io/acme/api]
            tags: {version: ">=1.8"}
            examples: ["1.8.2", latest]
            role: {value: api, src: api-dockerfile}
            tools:
              curl: {has: false, src: api-dockerfile}
              python3: {has: true, src: api-dockerfile}
              nc: {has: busybox, options: [-z], src: api-dockerfile}
            ports:
              - {port: 8000, protocol: http, set_by: {env: [PORT]}, src: api-dockerfile}
            endpoints:
              - {port: 8000, path: /healthz, src: api-routes}
      """;

  @Test
  void printsARowFactByFactWithNumberedSources() throws IOException {
    Files.writeString(dir.resolve(".compose-fix.yaml"), CONFIG);
    Cli.Result result = Cli.run(dir, "image", "ghcr.io/acme/api:1.8.2");
    assertEquals(
        """
        ghcr.io/acme/api:1.8.2
          row: acme-api (.compose-fix.yaml), tags: version >=1.8
          role: api [1]
          tool curl: does not have it [1]
          tool python3: has it [1]
          tool nc: has it as a busybox applet, which takes -z [1]
          port: 8000 http, moved by variable PORT [1]
          endpoint: http port 8000 /healthz [2]
          sources:
            [1] acme/api Dockerfile @ v1.8.2 (checked 2026-12-01): FROM python:3.12-slim
            [2] acme/api app/main.py @ v1.8.2 (checked 2026-12-01)
        """,
        result.out());
    assertEquals("", result.err());
    assertEquals(0, result.exitCode());
  }

  @Test
  void listsTheRowsOfTheImagesNamed() throws IOException {
    Files.writeString(dir.resolve(".compose-fix.yaml"), CONFIG);
    Cli.Result result = Cli.run(dir, "image", "--list", "ghcr.io/acme/api");
    assertEquals(
        "ROW                                  NAMES                                       "
            + " TAGS                           ROLE       SHELL CURL    WGET    HEALTH\n"
            + "acme-api                             ghcr.io/acme/api                            "
            + " version >=1.8                  api        -     no      -       -\n"
            + "1 row\n",
        result.out());
    assertEquals(0, result.exitCode());
  }

  @Test
  void anImageWithoutARowSaysSoAndExitsOne() {
    Cli.Result unknown = Cli.run(dir, "image", "ghcr.io/acme/other:2");
    assertEquals(
        "ghcr.io/acme/other:2: the knowledge base has no row for it; describe it under images: in"
            + " .compose-fix.yaml\n",
        unknown.out());
    assertEquals(1, unknown.exitCode());
    Cli.Result otherTag = Cli.run(dir, "image", "postgres:9.6");
    assertEquals(
        "postgres:9.6: the knowledge base has no row for it (it knows other tags: compose-fix image"
            + " --list postgres)\n",
        otherTag.out());
    assertEquals(1, otherTag.exitCode());
  }

  @Test
  void aRowThatDoesNotValidateIsAnErrorAtItsLine() throws IOException {
    Files.writeString(
        dir.resolve(".compose-fix.yaml"), CONFIG.replace("src: api-routes", "src: api-route"));
    Cli.Result result = Cli.run(dir, "image", "ghcr.io/acme/api:1.8.2");
    assertEquals(
        ".compose-fix.yaml:18:45: row acme-api: endpoints: unknown source 'api-route'\n",
        result.err());
    assertEquals("", result.out());
    assertEquals(2, result.exitCode());
  }

  @Test
  void withoutAnImageItIsAUsageError() {
    Cli.Result result = Cli.run(dir, "image");
    assertEquals(2, result.exitCode());
    assertEquals(
        "compose-fix: name an image, e.g. compose-fix image postgres:16, or use --list",
        result.err().lines().findFirst().orElse(""));
  }
}
