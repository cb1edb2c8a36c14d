package dev.composefix.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.composefix.config.Config;
import dev.composefix.support.Yaml;
import dev.composefix.yaml.YDocument;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Secrets written inside longer text: URLs, scripts and options; every case decided and kept. */
class SecretsInTextTest {

  /** The text with every secret the scanner finds replaced by ****. */
  private static String masked(String text) {
    List<int[]> ranges = new ArrayList<>(SecretsInText.find(text, Config.DEFAULTS.secrets()));
    ranges.sort(Comparator.comparingInt((int[] r) -> r[0]));
    StringBuilder out = new StringBuilder();
    int cursor = 0;
    for (int[] range : ranges) {
      if (range[0] >= cursor) {
        out.append(text, cursor, range[0]).append("****");
        cursor = range[1];
      } else {
        cursor = Math.max(cursor, range[1]);
      }
    }
    return out.append(text.substring(cursor)).toString();
  }

  @Test
  void urlPasswordsWithAnyCharacterAreMaskedWhole() {
    assertEquals("postgres://app:****@db/app", masked("postgres://app:pa$$word1@db/app"));
    assertEquals("postgres://app:****@db/app", masked("postgres://app:ab/cd+ef@db/app"));
    assertEquals("postgres://app:****@db/app", masked("postgres://app:p@ssw0rd@db/app"));
    assertEquals("postgres://app:****@db/app", masked("postgres://app:pass word@db/app"));
    assertEquals(
        "curl http://u:****@h/ && curl http://v:****@k/",
        masked("curl http://u:p1@h/ && curl http://v:p2@k/"));
  }

  @Test
  void urlsWithoutAPasswordOrWithAVariableAreLeftAlone() {
    assertEquals("https://example.com:8443/a@b", masked("https://example.com:8443/a@b"));
    assertEquals("http://host/path", masked("http://host/path"));
    assertEquals(
        "redis://:${REDIS_PASSWORD}@redis:6379", masked("redis://:${REDIS_PASSWORD}@redis:6379"));
    assertEquals("postgres://app:$PW@db", masked("postgres://app:$PW@db"));
    assertEquals("mailto:me@x", masked("mailto:me@x"));
  }

  @Test
  void assignmentsToSecretNamesAnywhere() {
    assertEquals(
        "export DB_PASSWORD=**** && MYSQL_PWD=**** mysql",
        masked("export DB_PASSWORD=xyz1 && MYSQL_PWD=abc2 mysql"));
    assertEquals(
        "jdbc:postgresql://db/app?user=a&password=****&ssl=true",
        masked("jdbc:postgresql://db/app?user=a&password=s3cret&ssl=true"));
    assertEquals("--db-password=****", masked("--db-password=hunter2"));
    assertEquals("DB_PASSWORD='****'", masked("DB_PASSWORD='two words'"));
    assertEquals("DB_PASSWORD=$DB_PASSWORD", masked("DB_PASSWORD=$DB_PASSWORD"));
    assertEquals("USER=app DEBUG=1", masked("USER=app DEBUG=1"));
    assertEquals("MYSQL_RANDOM_ROOT_PASSWORD=yes", masked("MYSQL_RANDOM_ROOT_PASSWORD=yes"));
  }

  @Test
  void passwordOptions() {
    assertEquals("redis-cli -a **** ping", masked("redis-cli -a zzz4 ping"));
    assertEquals("redis-cli -a \"****\" ping", masked("redis-cli -a \"zzz4\" ping"));
    assertEquals("redis-server --requirepass ****", masked("redis-server --requirepass zzz4"));
    assertEquals("app --password=****", masked("app --password=zzz4"));
    assertEquals("mysql -u root -p****", masked("mysql -u root -pqwe3"));
    assertEquals("curl -a http://x", masked("curl -a http://x"));
    assertEquals("ls -p -a", masked("ls -p -a"));
    assertEquals(
        "redis-cli -a $$REDIS_PASSWORD ping", masked("redis-cli -a $$REDIS_PASSWORD ping"));
  }

  @Test
  void timeGrowsWithTheTextAlone() {
    String url = "http://" + "a".repeat(1_000_000);
    String many = "http://a:b@c ".repeat(50_000);
    String equals = "A=".repeat(500_000);
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          masked(url);
          masked(many);
          masked(equals);
          masked("abcdefghij".repeat(100_000));
        });
  }

  @Test
  void keysAndAlternatesOfAFileAreMasked() {
    String yaml =
        """
        x:
          "postgres://app:hunter2@db/app": primary
          "${DB_PASSWORD:-keypw}": y
          F: ${K_PASSWORD:+lit3ral}
          G: ${K_PASSWORD:+${K_PASSWORD}}
        """;
    YDocument document = Yaml.parse(yaml);
    assertEquals(
        """
        x:
          "postgres://app:****@db/app": primary
          "${DB_PASSWORD:-****}": y
          F: ${K_PASSWORD:+****}
          G: ${K_PASSWORD:+${K_PASSWORD}}
        """,
        SecretMask.of(document, document, Config.DEFAULTS.secrets()).lineBefore(yaml, 0));
  }
}
