package dev.composefix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.composefix.support.Cli;
import dev.composefix.support.UnifiedPatch;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secret values never reach the output unless the user asks for them. */
class SecretMaskingTest {

  private static final String COMPOSE =
      """
      services:
        db:
          image: postgres:15-alpine
          environment:
            - POSTGRES_USER=app
            - POSTGRES_PASSWORD=${POSTGRES_PASSWORD:-pmoves}
        minio:
          image: minio/minio:RELEASE.2024-12-18T13-15-44Z
          environment:
            MINIO_ROOT_USER: ${MINIO_ROOT_USER:-}
            MINIO_ROOT_PASSWORD: minioadmin
            MINIO_BROWSER: "on"
      """;

  private static final String MASKED_DIFF =
      """
      --- a/compose.yaml
      +++ b/compose.yaml
      @@ -3,10 +3,10 @@
           image: postgres:15-alpine
           environment:
             - POSTGRES_USER=app
      -      - POSTGRES_PASSWORD=${POSTGRES_PASSWORD:-****}
      +      - POSTGRES_PASSWORD=${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is required}
         minio:
           image: minio/minio:RELEASE.2024-12-18T13-15-44Z
           environment:
      -      MINIO_ROOT_USER: ${MINIO_ROOT_USER:-}
      -      MINIO_ROOT_PASSWORD: ****
      +      MINIO_ROOT_USER: ${MINIO_ROOT_USER:?MINIO_ROOT_USER is required}
      +      MINIO_ROOT_PASSWORD: ${MINIO_ROOT_PASSWORD:?MINIO_ROOT_PASSWORD is required}
             MINIO_BROWSER: "on"
      """;

  private static final String FINDINGS =
      """
      compose.yaml:6:27: secret-default [*] service 'db': secret POSTGRES_PASSWORD falls back to a default when it is \
      unset or empty, so the stack starts with that default instead of failing; require it with \
      ${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is required}
      compose.yaml:10:24: secret-default [*] service 'minio': secret MINIO_ROOT_USER falls back to an empty value when \
      it is unset, so the stack starts without it instead of failing; require it with \
      ${MINIO_ROOT_USER:?MINIO_ROOT_USER is required} (an unsafe fix: an empty default usually marks an \
      optional credential, and requiring it stops docker compose up for whoever does not set it)
      compose.yaml:11:7: secret-hardcoded [*] service 'minio': MINIO_ROOT_PASSWORD is hard-coded, so everyone who can \
      read this file or its history has it; set it in the environment or an .env file and use \
      ${MINIO_ROOT_PASSWORD:?MINIO_ROOT_PASSWORD is required}
      3 findings, 3 fixable
      """;

  @TempDir Path dir;

  private Cli.Result dryRun(String content, String... extra) throws IOException {
    Files.write(dir.resolve("compose.yaml"), content.getBytes(StandardCharsets.UTF_8));
    List<String> args =
        new ArrayList<>(
            List.of("--dry-run", "--select", "secret-default,secret-hardcoded", "--unsafe-fixes"));
    args.addAll(List.of(extra));
    args.add("compose.yaml");
    return Cli.run(dir, args);
  }

  private static final String PLAIN_DIFF =
      MASKED_DIFF
          .replace("${POSTGRES_PASSWORD:-****}", "${POSTGRES_PASSWORD:-pmoves}")
          .replace("MINIO_ROOT_PASSWORD: ****", "MINIO_ROOT_PASSWORD: minioadmin");

  private static final String CI_NOTE =
      "compose-fix: CI is set, so secret values in the diff show as ****; the diff does not apply"
          + " where it masks (--show-secrets shows them)\n";

  /** A dry run as in CI, where {@code CI} is set. */
  private Cli.Result dryRunInCi(String content) throws IOException {
    Files.write(dir.resolve("compose.yaml"), content.getBytes(StandardCharsets.UTF_8));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err)) {
      code =
          Main.run(
              new String[] {
                "--dry-run",
                "--select",
                "secret-default,secret-hardcoded",
                "--unsafe-fixes",
                "compose.yaml"
              },
              dir,
              new Terminal(false, false, true),
              outWriter,
              errWriter);
    }
    return new Cli.Result(code, out.toString(), err.toString());
  }

  @Test
  void theDryRunDiffShowsTheFilesOwnBytesSoThatItApplies() throws IOException {
    Cli.Result result = dryRun(COMPOSE);
    assertEquals(PLAIN_DIFF, result.out(), "stdout");
    assertEquals(FINDINGS, result.err(), "stderr: findings stay masked");
    assertEquals(1, result.exitCode());
    Cli.Result written =
        Cli.run(
            dir,
            "--write",
            "--select",
            "secret-default,secret-hardcoded",
            "--unsafe-fixes",
            "compose.yaml");
    assertEquals(0, written.exitCode(), "every finding fixed");
    assertEquals(
        Files.readString(dir.resolve("compose.yaml")),
        UnifiedPatch.apply(COMPOSE, result.out()),
        "the diff applies and gives what --write writes");
  }

  @Test
  void inCiTheDiffIsMaskedAndSaysSo() throws IOException {
    Cli.Result result = dryRunInCi(COMPOSE);
    assertEquals(MASKED_DIFF, result.out(), "stdout");
    assertEquals(CI_NOTE + FINDINGS, result.err(), "stderr");
    assertEquals(1, result.exitCode());
  }

  @Test
  void jsonMasksItsDiff() throws IOException {
    Cli.Result result = dryRun(COMPOSE, "--format", "json");
    JsonNode files = new ObjectMapper().readTree(result.out()).get("files");
    assertEquals(1, files.size(), result.out());
    assertEquals(MASKED_DIFF, files.get(0).get("diff").asText());
  }

  @Test
  void showSecretsShowsThemInTheDiffButNeverInMessages() throws IOException {
    Cli.Result result = dryRun(COMPOSE, "--show-secrets");
    assertEquals(PLAIN_DIFF, result.out(), "stdout");
    assertEquals(FINDINGS, result.err(), "stderr");
    assertEquals(1, result.exitCode());
  }

  @Test
  void aByteOrderMarkDoesNotShiftTheMasks() throws IOException {
    Cli.Result result = dryRunInCi("\uFEFF" + COMPOSE);
    assertEquals(MASKED_DIFF, result.out(), "stdout");
    assertEquals(CI_NOTE + FINDINGS, result.err(), "stderr");
  }

  @Test
  void crlfLinesAreMaskedToo() throws IOException {
    Cli.Result result = dryRunInCi(COMPOSE.replace("\n", "\r\n"));
    assertEquals(
        MASKED_DIFF
            .replace("\n", "\r\n")
            .replace(
                "--- a/compose.yaml\r\n+++ b/compose.yaml\r\n@@ -3,10 +3,10 @@\r\n",
                "--- a/compose.yaml\n+++ b/compose.yaml\n@@ -3,10 +3,10 @@\n"),
        result.out(),
        "stdout");
  }
}
