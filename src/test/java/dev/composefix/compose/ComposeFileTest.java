package dev.composefix.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.composefix.support.Yaml;
import dev.composefix.yaml.InvalidYamlException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComposeFileTest {

  @Test
  void theImagesItBuildsAreThoseBesideABuild() throws InvalidYamlException {
    ComposeFile compose =
        ComposeFile.of(
                Yaml.parse(
                    """
                    services:
                      base:
                        build: ./base
                        image: acme/base:${TAG:-1}
                      app:
                        extends: base
                      worker:
                        build: ./worker
                        image: acme/worker:${TAG}
                      tool:
                        build: ./tool
                      db:
                        image: postgres:16
                    """))
            .orElseThrow();
    // app builds base's image through extends; worker's tag has no default; tool names none.
    assertEquals(Set.of("acme/base:1"), compose.builtImages());
    assertEquals("base", compose.builderOf("acme/base:1").orElseThrow().service().name());
    assertEquals(Optional.empty(), compose.builderOf("postgres:16"));
    assertEquals("db", compose.service("db").orElseThrow().name());
    assertEquals(Optional.empty(), compose.service("nope"));
  }

  @Test
  void theImagesItBuildsAreReadOncePerFile() throws InvalidYamlException {
    // Every rule asks about every service that builds; reading them per question walked every
    // service each time, which grew with the square of the stack.
    ComposeFile compose =
        ComposeFile.of(Yaml.parse("services:\n  a:\n    build: .\n    image: a:1\n")).orElseThrow();
    assertSame(compose.builtImages(), compose.builtImages());
  }
}
