package dev.composefix.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

  private static final ConfigLoader LOADER =
      new ConfigLoader(Set.of("healthcheck-start-period", "CF001"));

  private static Config load(String yaml) throws ConfigException {
    return LOADER.load(".compose-fix.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  private static String error(String yaml) {
    return assertThrows(ConfigException.class, () -> load(yaml)).describe();
  }

  @Test
  void readsEveryKey() throws ConfigException {
    Config config =
        load(
            "select: [healthcheck-start-period]\n"
                + "ignore:\n"
                + "  - CF001\n"
                + "healthcheck:\n"
                + "  start_period: 1m30s\n");
    assertEquals(Optional.of(List.of("healthcheck-start-period")), config.select());
    assertEquals(List.of("CF001"), config.ignore());
    assertEquals("1m30s", config.healthcheck().startPeriod());
    assertEquals(Optional.of(".compose-fix.yaml"), config.origin());
  }

  @Test
  void readsTheRuleSettings() throws ConfigException {
    Config config =
        load(
            """
            unsafe-fixes: true
            pins:
              redis: 7.2-alpine
              ghcr.io/acme/api: "1.4"
            secrets:
              names: [SMTP_LOGIN]
              ignore: [JWT_PUBLIC_KEY]
            gpu:
              services: [whisper]
              images: [ghcr.io/acme/vision]
            """);
    assertEquals(Optional.of(true), config.unsafeFixes());
    assertEquals(java.util.Map.of("redis", "7.2-alpine", "ghcr.io/acme/api", "1.4"), config.pins());
    assertEquals(List.of("SMTP_LOGIN"), config.secrets().names());
    assertEquals(List.of("JWT_PUBLIC_KEY"), config.secrets().ignore());
    assertEquals(List.of("whisper"), config.gpu().services());
    assertEquals(List.of("ghcr.io/acme/vision"), config.gpu().images());
  }

  @Test
  void defaultsApplyToAnEmptyFile() throws ConfigException {
    Config config = load("# nothing set\n");
    assertEquals("30s", config.healthcheck().startPeriod());
    assertEquals(Optional.empty(), config.select());
    assertEquals(List.of(), config.ignore());
  }

  @Test
  void refusesWhatItDoesNotKnow() {
    assertEquals(
        ".compose-fix.yaml:1:1: unknown key 'selct'; allowed keys: select, ignore, unsafe-fixes,"
            + " healthcheck.start_period, pins, secrets.names, secrets.ignore, gpu.services,"
            + " gpu.images, images",
        error("selct: []\n"));
    assertEquals(
        ".compose-fix.yaml:1:14: 'healthcheck' must be a mapping; allowed keys: select, ignore,"
            + " unsafe-fixes, healthcheck.start_period, pins, secrets.names, secrets.ignore,"
            + " gpu.services, gpu.images, images",
        error("healthcheck: 30s\n"));
    assertEquals(
        ".compose-fix.yaml:1:10: unknown rule 'nope'; run 'compose-fix rules' to list them",
        error("select: [nope]\n"));
    assertEquals(
        ".compose-fix.yaml:1:9: 'ignore' must be a list of rule names", error("ignore: CF001\n"));
    assertEquals(
        ".compose-fix.yaml:2:17: 'healthcheck.start_period' must be a duration such as 30s, 1m30s"
            + " or 500ms, got 'soon'",
        error("healthcheck:\n  start_period: soon\n"));
    assertEquals(
        ".compose-fix.yaml:1:1: the configuration must be a mapping of settings; allowed keys:"
            + " select, ignore, unsafe-fixes, healthcheck.start_period, pins, secrets.names,"
            + " secrets.ignore, gpu.services, gpu.images, images",
        error("- select\n"));
    assertEquals(
        ".compose-fix.yaml:1:15: 'unsafe-fixes' must be true or false",
        error("unsafe-fixes: yes\n"));
    assertEquals(
        ".compose-fix.yaml:2:10: 'pins' must be a mapping of strings to strings",
        error("pins:\n  redis: [7]\n"));
    assertEquals(
        ".compose-fix.yaml:2:1: duplicate key 'select' (first defined at line 1); remove or rename"
            + " one of them",
        error("select: []\nselect: []\n"));
  }
}
