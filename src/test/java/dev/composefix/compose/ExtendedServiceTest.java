package dev.composefix.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.composefix.support.Yaml;
import dev.composefix.yaml.InvalidYamlException;
import java.util.ArrayList;
import java.util.Collections;
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

  /**
   * A loop's services each read the loop from themselves on, each service once, and a service that
   * leads into the loop reads it from where it enters.
   */
  @Test
  void aLoopIsReadFromEachOfItsServicesOn() throws InvalidYamlException {
    String yaml =
        """
        services:
          a:
            extends: b
            restart: always
          b:
            extends: c
            image: redis:7
          c:
            extends: a
            user: "1000"
          tail:
            extends: c
        """;
    List<List<Optional<String>>> read = new ArrayList<>();
    for (String name : List.of("a", "b", "c", "tail")) {
      ExtendedService service = service(yaml, name);
      read.add(List.of(service.text("image"), service.text("restart"), service.text("user")));
    }
    Optional<String> redis = Optional.of("redis:7");
    Optional<String> always = Optional.of("always");
    Optional<String> user = Optional.of("1000");
    assertEquals(
        List.of(
            List.of(redis, always, user),
            List.of(redis, always, user),
            List.of(redis, always, user),
            List.of(redis, always, user)),
        read);
    String twoWays =
        """
        services:
          a:
            extends: b
            image: a:1
          b:
            extends: a
            image: b:1
        """;
    assertEquals(
        List.of(Optional.of("a:1"), Optional.of("b:1")),
        List.of(service(twoWays, "a").text("image"), service(twoWays, "b").text("image")));
  }

  /**
   * Each service's answer is the nearest one on its way round, and a key no service sets is unset.
   */
  @Test
  void aLoopAnswersWithTheNearestServiceOnTheWayRound() throws InvalidYamlException {
    StringBuilder yaml = new StringBuilder("services:\n");
    int size = 1_000;
    for (int i = 0; i < size; i++) {
      yaml.append("  s").append(i).append(":\n    extends: s").append((i + 1) % size).append('\n');
      if (i % 300 == 7) {
        yaml.append("    image: img:").append(i).append('\n');
      }
    }
    ComposeFile compose = ComposeFile.of(Yaml.parse(yaml.toString())).orElseThrow();
    List<String> images = new ArrayList<>();
    List<Optional<String>> restarts = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      ExtendedService service = ExtendedService.of(compose, compose.service("s" + i).orElseThrow());
      images.add(service.text("image").orElseThrow());
      restarts.add(service.text("restart"));
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      // Images at 7, 307, 607 and 907; past 907 the way round leads back to 7.
      int nearest = i <= 7 ? 7 : i <= 307 ? 307 : i <= 607 ? 607 : i <= 907 ? 907 : 7;
      expected.add("img:" + nearest);
    }
    assertEquals(expected, images);
    assertEquals(Collections.nCopies(size, Optional.empty()), restarts);
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
