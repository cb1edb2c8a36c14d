package dev.composefix.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.Yaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YDocumentTest {

  private static final String SHARED =
      """
      x-hc: &hc
        test: [CMD, "true"]
        interval: 5s
      x-unused: &unused
        image: x
      x-outer: &outer
        inner: &inner {k: v}
      services:
        a:
          healthcheck: *hc
        b:
          labels: *inner
        c: *outer
      """;

  @Test
  void countsItsNodesAsWrittenWithAnAliasOnce() {
    // The root; services and its mapping; web and its mapping; image and x; ports, its list and
    // "80": 10 nodes.
    assertEquals(
        10, Yaml.parse("services:\n  web:\n    image: x\n    ports: [\"80\"]\n").nodeCount());
    // The root, x-a, the anchored 1, b and the alias *a, which is one node of its own.
    assertEquals(5, Yaml.parse("x-a: &a 1\nb: *a\n").nodeCount());
    assertEquals(0, Yaml.parse("# nothing\n").nodeCount());
  }

  @Test
  void everyNodeInsideAnAliasedAnchorSharesIt() {
    YDocument document = Yaml.parse(SHARED);
    YMapping hc = Yaml.mappingAt(document, "x-hc");
    assertEquals(Optional.of(hc), document.sharedAnchorOf(hc));
    assertEquals(Optional.of(hc), document.sharedAnchorOf(hc.entries().get(0).key()));
    assertEquals(
        Optional.of(hc),
        document.sharedAnchorOf(((YSequence) Yaml.at(document, "x-hc.test")).items().get(1)));
  }

  @Test
  void theInnermostAliasedAnchorIsTheOneShared() {
    YDocument document = Yaml.parse(SHARED);
    YMapping outer = Yaml.mappingAt(document, "x-outer");
    YMapping inner = Yaml.mappingAt(document, "x-outer.inner");
    assertEquals(Optional.of(inner), document.sharedAnchorOf(Yaml.at(document, "x-outer.inner.k")));
    assertEquals(Optional.of(outer), document.sharedAnchorOf(outer.entries().get(0).key()));
  }

  @Test
  void anAnchorNoAliasUsesIsNotShared() {
    YDocument document = Yaml.parse(SHARED);
    assertEquals(Optional.empty(), document.sharedAnchorOf(Yaml.at(document, "x-unused")));
    assertEquals(Optional.empty(), document.sharedAnchorOf(Yaml.at(document, "x-unused.image")));
    assertEquals(Optional.empty(), document.sharedAnchorOf(Yaml.at(document, "services")));
    YDocument withoutAliases = Yaml.parse("a: &x 1\n");
    assertEquals(Optional.empty(), withoutAliases.sharedAnchorOf(Yaml.at(withoutAliases, "a")));
  }

  @Test
  void aNestedSharedAnchorOwnsItsNodesAndTheOuterAnchorTheRest() {
    YDocument document =
        Yaml.parse(
            """
            x-outer: &outer
              inner: &inner {k: v}
              after: [1, 2]
            x-plain: &plain
              shared: &shared
                k: v
              other: 1
            services:
              b:
                labels: *inner
              c: *outer
              d:
                labels: *shared
            """);
    YMapping outer = Yaml.mappingAt(document, "x-outer");
    YSequence after = (YSequence) Yaml.at(document, "x-outer.after");
    assertEquals(Optional.of(outer), document.sharedAnchorOf(after.items().get(1)));
    assertEquals(
        Optional.of(Yaml.mappingAt(document, "x-outer.inner")),
        document.sharedAnchorOf(Yaml.at(document, "x-outer.inner.k")));
    // x-plain has an anchor no alias uses: only what its shared mapping holds is shared.
    assertEquals(
        Optional.of(Yaml.mappingAt(document, "x-plain.shared")),
        document.sharedAnchorOf(Yaml.at(document, "x-plain.shared.k")));
    assertEquals(Optional.empty(), document.sharedAnchorOf(Yaml.at(document, "x-plain.other")));
    assertEquals(Optional.empty(), document.sharedAnchorOf(Yaml.mappingAt(document, "x-plain")));
  }

  @Test
  void listsTheValuesWithADollarInFileOrderWithoutKeys() {
    YDocument document =
        Yaml.parse(
            """
            x-env: &env
              A: ${A:-1}
            $key: plain
            services:
              web:
                environment: *env
                command: [run, "$$HOME", "${B}"]
                image: nginx
            """);
    List<String> values = new ArrayList<>();
    for (YScalar scalar : document.dollarValues()) {
      values.add(scalar.value());
    }
    assertEquals(List.of("${A:-1}", "$$HOME", "${B}"), values);
    assertEquals(List.of(), Yaml.parse("a: 1\n").dollarValues());
    assertEquals("$ROOT", Yaml.parse("$ROOT\n").dollarValues().get(0).value());
  }
}
