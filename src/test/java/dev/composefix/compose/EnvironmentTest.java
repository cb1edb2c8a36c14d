package dev.composefix.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.support.Yaml;
import dev.composefix.yaml.InvalidYamlException;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnvironmentTest {

  /** Each entry as name, value (or "-" when there is none), and whether it is list style. */
  private static List<String> entries(String yaml, String service) {
    return environment(yaml, service).orElseThrow().entries().stream()
        .map(
            entry ->
                entry.name()
                    + "|"
                    + entry.value().orElse("-")
                    + "|"
                    + (entry.listStyle() ? "list" : "map"))
        .toList();
  }

  private static Optional<Environment> environment(String yaml, String service) {
    return Environment.of(service(Yaml.parse(yaml), service));
  }

  private static Service service(YDocument document, String name) {
    try {
      return ComposeFile.of(document).orElseThrow().services().stream()
          .filter(service -> service.name().equals(name))
          .findFirst()
          .orElseThrow();
    } catch (InvalidYamlException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void readsEachServicesEnvironmentOnceForEveryRuleThatAsks() throws InvalidYamlException {
    ComposeFile compose =
        ComposeFile.of(
                Yaml.parse(
                    """
                    services:
                      app:
                        environment:
                          A: "1"
                      worker:
                        image: busybox
                    """))
            .orElseThrow();
    Service app = compose.services().get(0);
    assertSame(Environment.of(app).orElseThrow(), Environment.of(app).orElseThrow());
    assertSame(app.environment(), Environment.of(compose.services().get(0)));
    assertEquals(Optional.empty(), Environment.of(compose.services().get(1)));
  }

  @Test
  void readsTheListStyle() {
    String yaml =
        """
        services:
          app:
            environment:
              - A=1
              - "B=two words"
              - C=
              - D
              - E=x=y
              - ''
        """;
    assertEquals(
        List.of("A|1|list", "B|two words|list", "C||list", "D|-|list", "E|x=y|list"),
        entries(yaml, "app"));
    assertTrue(environment(yaml, "app").orElseThrow().isListStyle());
  }

  @Test
  void readsTheMapStyle() {
    String yaml =
        """
        services:
          app:
            environment:
              A: 1
              B: "two words"
              C: ""
              D:
              E: ${E:-x}
        """;
    assertEquals(
        List.of("A|1|map", "B|two words|map", "C||map", "D|-|map", "E|${E:-x}|map"),
        entries(yaml, "app"));
    assertFalse(environment(yaml, "app").orElseThrow().isListStyle());
  }

  @Test
  void readsMergedMapEntriesAfterOwnOnes() {
    String yaml =
        """
        x-env: &env
          A: from-anchor
          B: from-anchor
        services:
          app:
            environment:
              <<: *env
              B: own
        """;
    assertEquals(List.of("B|own|map", "A|from-anchor|map"), entries(yaml, "app"));
  }

  @Test
  void readsAnEnvironmentInheritedWithTheService() {
    String yaml =
        """
        x-base: &base
          environment: &list
            - A=1
        services:
          app:
            <<: *base
          other:
            environment: *list
        """;
    YDocument document = Yaml.parse(yaml);
    Environment inherited = Environment.of(service(document, "app")).orElseThrow();
    Environment aliased = Environment.of(service(document, "other")).orElseThrow();
    assertEquals(List.of("A"), inherited.entries().stream().map(EnvironmentEntry::name).toList());
    assertSame(inherited.node(), aliased.node(), "both stand for the anchored list");
    assertSame(Yaml.at(document, "x-base.environment"), inherited.node());
  }

  @Test
  void readsAliasedListItems() {
    String yaml =
        """
        x-tz: &tz TZ=UTC
        services:
          app:
            environment:
              - *tz
        """;
    assertEquals(List.of("TZ|UTC|list"), entries(yaml, "app"));
  }

  @Test
  void pointsAtTheValueInsideTheScalar() {
    YDocument document =
        Yaml.parse("services:\n  app:\n    environment:\n      - PW=${PW:-x}\n      - N\n");
    Environment environment = Environment.of(service(document, "app")).orElseThrow();
    EnvironmentEntry withValue = environment.get("PW").orElseThrow();
    assertEquals(3, withValue.valueOffset());
    assertEquals("PW=${PW:-x}", withValue.scalar().orElseThrow().value());
    assertSame(
        ((YSequence) Yaml.at(document, "services.app.environment")).items().get(0),
        withValue.key());
    EnvironmentEntry nameOnly = environment.get("N").orElseThrow();
    assertEquals(1, nameOnly.valueOffset());
    assertEquals(Optional.empty(), nameOnly.value());
  }

  @Test
  void pointsAtTheMapKeyAndValue() {
    YDocument document =
        Yaml.parse("services:\n  app:\n    environment:\n      PW: 'x'\n      N:\n");
    Environment environment = Environment.of(service(document, "app")).orElseThrow();
    EnvironmentEntry withValue = environment.get("PW").orElseThrow();
    assertEquals(0, withValue.valueOffset());
    assertSame(Yaml.at(document, "services.app.environment.PW"), withValue.scalar().orElseThrow());
    assertEquals("PW", ((YScalar) withValue.key()).value());
    assertEquals(Optional.empty(), environment.get("N").orElseThrow().scalar());
  }

  @Test
  void findsTheFirstEntryOfAName() {
    assertEquals(
        Optional.of("1"),
        environment("services:\n  app:\n    environment: [A=1, A=2]\n", "app")
            .orElseThrow()
            .get("A")
            .flatMap(EnvironmentEntry::value));
    assertEquals(
        Optional.empty(),
        environment("services:\n  app:\n    environment: [A=1]\n", "app").orElseThrow().get("a"));
  }

  @Test
  void anEmptyEnvironmentHasNoEntries() {
    Environment empty = environment("services:\n  app:\n    environment:\n", "app").orElseThrow();
    assertEquals(List.of(), empty.entries());
    assertFalse(empty.isListStyle());
    assertTrue(((YScalar) empty.node()).isEmptyPlain());
  }

  @Test
  void noEnvironmentIsEmpty() {
    assertEquals(Optional.empty(), environment("services:\n  app:\n    image: x\n", "app"));
  }
}
