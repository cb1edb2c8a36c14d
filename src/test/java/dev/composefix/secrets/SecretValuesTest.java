package dev.composefix.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.Environment;
import dev.composefix.compose.Interpolation;
import dev.composefix.config.Config;
import dev.composefix.support.Yaml;
import dev.composefix.yaml.InvalidYamlException;
import dev.composefix.yaml.YDocument;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SecretValuesTest {

  /** Each secret default in the text as NAME=its default. */
  private static List<String> defaults(String text, Config config) {
    return SecretValues.secretDefaults(text, config.secrets()).stream()
        .map(reference -> reference.name() + "=" + reference.argument(text))
        .toList();
  }

  private static List<String> defaults(String text) {
    return defaults(text, Config.DEFAULTS);
  }

  @Test
  void everyKindOfFallbackIsASecretDefault() {
    assertEquals(List.of("API_KEY=x"), defaults("${API_KEY:-x}"));
    assertEquals(List.of("API_KEY=x"), defaults("${API_KEY-x}"));
    assertEquals(List.of("API_KEY="), defaults("${API_KEY:-}"));
    assertEquals(List.of("MINIO_ROOT_USER="), defaults("MINIO_ROOT_USER=${MINIO_ROOT_USER:-}"));
  }

  @Test
  void offsetsPointIntoTheWholeString() {
    String text = "postgres://${DB_USER:-app}:${DB_PASSWORD:-hunter2}@db/app";
    List<Interpolation.Reference> found =
        SecretValues.secretDefaults(text, Config.DEFAULTS.secrets());
    assertEquals(List.of(new Interpolation.Reference(27, 50, "DB_PASSWORD", ":-", 42, 49)), found);
  }

  @Test
  void aSecretsNestedDefaultGoesWithItAndASecretInAnotherDefaultIsFound() {
    assertEquals(
        List.of("A_PASSWORD=${B_PASSWORD:-x}"), defaults("${A_PASSWORD:-${B_PASSWORD:-x}}"));
    assertEquals(List.of("A_PASSWORD=${B}"), defaults("${A_PASSWORD:-${B}}"));
    assertEquals(List.of("DB_PASSWORD=x"), defaults("${URL:-postgres://app:${DB_PASSWORD:-x}@db}"));
    assertEquals(List.of("API_KEY=y"), defaults("${FLAG:+--password=${API_KEY:-y}}"));
  }

  @Test
  void requiredEscapedAndHarmlessDefaultsAreLeftAlone() {
    assertEquals(
        List.of(),
        defaults("${API_KEY:?API_KEY is required} ${API_KEY?set it} ${API_KEY} $API_KEY"));
    assertEquals(List.of(), defaults("$${API_KEY:-x}"));
    assertEquals(List.of(), defaults("${A_PASSWORD:-${B_PASSWORD:?B_PASSWORD is required}}"));
    assertEquals(
        List.of("A_PASSWORD=${B_PASSWORD?set}"), defaults("${A_PASSWORD:-${B_PASSWORD?set}}"));
    assertEquals(
        List.of(), defaults("${TOKEN_TTL:-3600} ${LOG_LEVEL:-info} ${PASSWORD_MIN_LENGTH:-12}"));
    assertEquals(
        List.of(), defaults("${TLS_KEY:-/certs/tls.key} ${MYSQL_ALLOW_EMPTY_PASSWORD:-yes}"));
  }

  @Test
  void configurationDecidesWhatIsSecret() {
    Config config =
        SecretNamesTest.config("secrets:\n  names: [DB_USER]\n  ignore: [OPENAI_API_KEY]\n");
    assertEquals(List.of("DB_USER=app"), defaults("${DB_USER:-app} ${OPENAI_API_KEY:-}", config));
  }

  @Test
  void tellsHardCodedValuesFromTheRest() {
    Map<String, Boolean> verdicts = new TreeMap<>();
    for (String value :
        List.of(
            "minioadmin",
            "123456",
            "pa$$word",
            "Pass@word=1",
            "eyJhbGciOi.J9.x",
            "/not a path.key",
            "QaHb/+Xb=",
            "",
            "$PW",
            "${PW}",
            "${PW:-x}",
            "Bearer ${TOKEN}",
            "true",
            "FALSE",
            "yes",
            "off",
            "1",
            "/run/secrets/db-password",
            "/certs/server.key",
            "./certs/ca.key",
            "../ca.pem")) {
      verdicts.put(value, SecretValues.isHardCoded(value));
    }
    Map<String, Boolean> expected =
        new TreeMap<>(
            Map.ofEntries(
                Map.entry("minioadmin", true),
                Map.entry("123456", true),
                Map.entry("pa$$word", true),
                Map.entry("Pass@word=1", true),
                Map.entry("eyJhbGciOi.J9.x", true),
                Map.entry("/not a path.key", true),
                Map.entry("QaHb/+Xb=", true),
                Map.entry("", false),
                Map.entry("$PW", false),
                Map.entry("${PW}", false),
                Map.entry("${PW:-x}", false),
                Map.entry("Bearer ${TOKEN}", false),
                Map.entry("true", false),
                Map.entry("FALSE", false),
                Map.entry("yes", false),
                Map.entry("off", false),
                Map.entry("1", false),
                Map.entry("/run/secrets/db-password", false),
                Map.entry("/certs/server.key", false),
                Map.entry("./certs/ca.key", false),
                Map.entry("../ca.pem", false)));
    assertEquals(expected, verdicts);
  }

  @Test
  void aNullMapValuePassesTheVariableThroughButTheStringNullIsWritten()
      throws InvalidYamlException {
    YDocument document =
        Yaml.parse(
            """
            services:
              a:
                environment:
                  A_PASSWORD: null
                  B_PASSWORD: "null"
                  C_PASSWORD: ~
                  D_PASSWORD:
              b:
                environment:
                  - A_PASSWORD=null
                  - B_PASSWORD
            """);
    List<String> hardCoded =
        ComposeFile.of(document).orElseThrow().services().stream()
            .flatMap(
                service ->
                    Environment.of(service).orElseThrow().entries().stream()
                        .filter(SecretValues::isHardCoded)
                        .map(entry -> service.name() + ":" + entry.name()))
            .toList();
    assertEquals(List.of("a:B_PASSWORD", "b:A_PASSWORD"), hardCoded);
  }

  private static String masked(String yaml) {
    YDocument document = Yaml.parse(yaml);
    return SecretMask.of(document, document, Config.DEFAULTS.secrets()).lineBefore(yaml, 0);
  }

  @Test
  void masksDefaultsLiteralsAndUrlPasswordsAndNothingElse() {
    assertEquals(
        """
        x-pw: &pw ****
        services:
          db:
            environment:
              - POSTGRES_USER=${POSTGRES_USER:-app}
              - POSTGRES_PASSWORD=${POSTGRES_PASSWORD:-****}
              - MINIO_ROOT_PASSWORD=****
              - MINIO_ROOT_USER=${MINIO_ROOT_USER:-}
              - MYSQL_RANDOM_ROOT_PASSWORD=yes
          api:
            environment:
              API_KEY: ****
              ADMIN_PASSWORD: *pw
              SECRET_KEY: "****" # quoted
              TOKEN_TTL: 3600
              ENABLE_API_KEY: true
              TLS_KEY: /certs/tls.key
              DATABASE_URL: postgres://app:****@db/app
              CACHE_URL: redis://${CACHE_USER:-default}:****@cache:6379
              QUEUE_URL: amqp://app:${QUEUE_PASSWORD:?required}@mq
              BROKER_URL: 'amqp://${MQ_USER}:${MQ_PASSWORD:-****}@mq'
              ESCAPED: "${REDIS_PASSWORD:-****}"
            command: ["--token", "${GITHUB_TOKEN:-****}"]
        """,
        masked(
            """
            x-pw: &pw hunter2
            services:
              db:
                environment:
                  - POSTGRES_USER=${POSTGRES_USER:-app}
                  - POSTGRES_PASSWORD=${POSTGRES_PASSWORD:-pmoves}
                  - MINIO_ROOT_PASSWORD=minioadmin
                  - MINIO_ROOT_USER=${MINIO_ROOT_USER:-}
                  - MYSQL_RANDOM_ROOT_PASSWORD=yes
              api:
                environment:
                  API_KEY: sk-123
                  ADMIN_PASSWORD: *pw
                  SECRET_KEY: "s3cr3t" # quoted
                  TOKEN_TTL: 3600
                  ENABLE_API_KEY: true
                  TLS_KEY: /certs/tls.key
                  DATABASE_URL: postgres://app:hunter2@db/app
                  CACHE_URL: redis://${CACHE_USER:-default}:r3dis@cache:6379
                  QUEUE_URL: amqp://app:${QUEUE_PASSWORD:?required}@mq
                  BROKER_URL: 'amqp://${MQ_USER}:${MQ_PASSWORD:-gu''est}@mq'
                  ESCAPED: "${REDIS_PASSWORD:-tab\\there}"
                command: ["--token", "${GITHUB_TOKEN:-ghp_x}"]
            """));
  }

  @Test
  void aValueThatCannotBePlacedIsMaskedWhole() {
    assertEquals(
        """
        services:
          signer:
            environment:
              SIGNING_KEY: ****
        """,
        masked(
            """
            services:
              signer:
                environment:
                  SIGNING_KEY: |
                    -----BEGIN KEY-----
                    abc
            """));
  }
}
