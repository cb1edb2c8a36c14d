package dev.composefix.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.config.Config;
import dev.composefix.config.ConfigException;
import dev.composefix.config.ConfigLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretNamesTest {

  static Config config(String yaml) {
    try {
      return new ConfigLoader(Set.of())
          .load(".compose-fix.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    } catch (ConfigException e) {
      throw new AssertionError(e.describe(), e);
    }
  }

  private static List<String> secrets(Config config, String... names) {
    return List.of(names).stream()
        .filter(name -> SecretNames.isSecret(name, config.secrets()))
        .toList();
  }

  @Test
  void theLastSegmentDecides() {
    assertEquals(
        List.of(
            "POSTGRES_PASSWORD",
            "DB_PASSWD",
            "SMTP_PASS",
            "ORACLE_PWD",
            "JWT_SECRET",
            "GITHUB_TOKEN",
            "OPENAI_API_KEY",
            "AWS_ACCESS_KEY",
            "SECRET_KEY",
            "PRIVATE_KEY",
            "HMAC_KEY",
            "GCP_CREDENTIALS",
            "PASSWORD",
            "db_password",
            "app.secret",
            "api-key"),
        secrets(
            Config.DEFAULTS,
            "POSTGRES_PASSWORD",
            "DB_PASSWD",
            "SMTP_PASS",
            "ORACLE_PWD",
            "JWT_SECRET",
            "GITHUB_TOKEN",
            "OPENAI_API_KEY",
            "AWS_ACCESS_KEY",
            "SECRET_KEY",
            "PRIVATE_KEY",
            "HMAC_KEY",
            "GCP_CREDENTIALS",
            "PASSWORD",
            "db_password",
            "app.secret",
            "api-key"));
  }

  @Test
  void namesThatOnlyMentionASecretAreNotSecrets() {
    assertEquals(
        List.of(),
        secrets(
            Config.DEFAULTS,
            "TOKEN_TTL",
            "PASSWORD_MIN_LENGTH",
            "LOG_LEVEL",
            "POSTGRES_USER",
            "POSTGRES_PASSWORD_FILE",
            "SECRET_KEY_BASE",
            "API_KEYS",
            "MAX_TOKENS",
            "BYPASS",
            "KEYCLOAK_URL",
            "",
            "_"));
  }

  @Test
  void aPublicKeyIsNotASecret() {
    assertEquals(
        List.of("JWT_PRIVATE_KEY"),
        secrets(Config.DEFAULTS, "JWT_PUBLIC_KEY", "JWT_PRIVATE_KEY", "jwtPublicKey"));
  }

  @Test
  void theMinioRootUserIsHalfOfACredential() {
    assertEquals(
        List.of("MINIO_ROOT_USER", "minio_root_user"),
        secrets(Config.DEFAULTS, "MINIO_ROOT_USER", "minio_root_user", "MINIO_USER", "ROOT_USER"));
  }

  @Test
  void theShellsWorkingDirectoryIsNotAPassword() {
    assertEquals(List.of("DB_PWD"), secrets(Config.DEFAULTS, "PWD", "pwd", "DB_PWD", "OLDPWD"));
  }

  @Test
  void camelCaseNamesSplitIntoWords() {
    assertEquals(List.of("DB", "PASSWORD"), SecretNames.segments("dbPassword"));
    assertEquals(List.of("DB", "PASSWORD"), SecretNames.segments("DBPassword"));
    assertEquals(List.of("JWT", "SECRET", "2"), SecretNames.segments("jwtSecret_2"));
    assertEquals(
        List.of("dbPassword", "apiKey", "OAuthToken"),
        secrets(Config.DEFAULTS, "dbPassword", "apiKey", "OAuthToken", "tokenTtl", "Keycloak"));
  }

  @Test
  void configurationAddsAndExemptsExactNames() {
    Config config =
        config(
            """
            secrets:
              names: [DB_USER, LICENSE, OPENAI_API_KEY]
              ignore: [OPENAI_API_KEY, SUPABASE_ANON_KEY]
            """);
    assertEquals(
        List.of("DB_USER", "LICENSE", "ANTHROPIC_API_KEY"),
        secrets(
            config,
            "DB_USER",
            "db_user",
            "LICENSE",
            "OPENAI_API_KEY",
            "SUPABASE_ANON_KEY",
            "ANTHROPIC_API_KEY"));
  }
}
