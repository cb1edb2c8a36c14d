package dev.composefix.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.composefix.support.Yaml;
import dev.composefix.yaml.InvalidYamlException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtendedServiceTest {

  private static ExtendedService service(String yaml, String name) throws InvalidYamlException {
    ComposeFile compose = ComposeFile.of(Yaml.parse(yaml)).orElseThrow();
    Service service =
        compose.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    return ExtendedService.of(compose, service);
  }

  @Test
  void variablesReadWithTheirDefaults() {
    assertEquals(
        Optional.of("postgres:16-alpine"),
        Interpolation.withDefaults("${REGISTRY:-}postgres:${PG:-16}-alpine"));
    assertEquals(
        Optional.of("redis:7"), Interpolation.withDefaults("${IMAGE:-${FALLBACK-redis:7}}"));
    assertEquals(Optional.empty(), Interpolation.withDefaults("${IMAGE}"));
    assertEquals(Optional.empty(), Interpolation.withDefaults("app:$TAG"));
    assertEquals(Optional.of("a$b"), Interpolation.withDefaults("a$$b"));
  }

  @Test
  void keysComeFromTheServiceThenWhatItExtendsInThisFile() throws InvalidYamlException {
    String yaml =
        """
        services:
          base:
            image: postgres:16
            restart: always
          middle:
            extends: base
            restart: unless-stopped
          leaf:
            extends: {service: middle}
            command: ["postgres", "-c", "max_connections=200"]
        """;
    ExtendedService leaf = service(yaml, "leaf");
    assertEquals(Optional.of("unless-stopped"), leaf.text("restart"));
    assertEquals("postgres", leaf.image().orElseThrow().normalizedName());
    assertEquals(
        Optional.of(List.of("postgres", "-c", "max_connections=200")), leaf.argv("command"));
    assertEquals(false, leaf.extendsAnotherFile());
  }

  @Test
  void extendingAnotherFileIsKnownAndCyclesEnd() throws InvalidYamlException {
    String yaml =
        """
        services:
          web:
            extends: {file: common.yml, service: web}
          a:
            extends: b
          b:
            extends: a
            image: redis:7
        """;
    assertEquals(true, service(yaml, "web").extendsAnotherFile());
    ExtendedService a = service(yaml, "a");
    assertEquals(false, a.extendsAnotherFile());
    assertEquals(Optional.of("redis:7"), a.text("image"));
    assertEquals(Optional.empty(), a.text("restart"));
  }

  @Test
  void argvKeepsListItemsAndSplitsStringsAsAShellDoes() throws InvalidYamlException {
    String yaml =
        """
        services:
          list:
            image: nats:2.10-alpine
            entrypoint: ["nats-server"]
            command: ["-js", "-m 8222"]
          string:
            image: redis:7
            command: redis-server --requirepass "${REDIS_PASSWORD:?REDIS_PASSWORD is required}"
          none:
            image: nats:2.10-alpine
        """;
    ExtendedService list = service(yaml, "list");
    assertEquals(Optional.of(List.of("nats-server")), list.argv("entrypoint"));
    // A list item is one argument, spaces and all, as the container receives it.
    assertEquals(Optional.of(List.of("-js", "-m 8222")), list.argv("command"));
    assertEquals(
        Optional.of(
            List.of(
                "redis-server", "--requirepass", "${REDIS_PASSWORD:?REDIS_PASSWORD is required}")),
        service(yaml, "string").argv("command"));
    assertEquals(Optional.empty(), service(yaml, "none").argv("command"));
  }

  @Test
  void aLongChainIsFollowedOncePerService() throws InvalidYamlException {
    // Every rule asks for every service: following a chain of 300 extends again for each
    // question grew with the square of the chain.
    StringBuilder yaml = new StringBuilder("services:\n  s0:\n    image: postgres:16\n");
    for (int i = 1; i <= 300; i++) {
      yaml.append("  s").append(i).append(":\n    extends: s").append(i - 1).append('\n');
    }
    ComposeFile compose = ComposeFile.of(Yaml.parse(yaml.toString())).orElseThrow();
    Service last = compose.service("s300").orElseThrow();
    ExtendedService extended = ExtendedService.of(compose, last);
    assertSame(extended, ExtendedService.of(compose, last));
    assertEquals(Optional.of("postgres:16"), extended.text("image"));
  }
}
