package dev.composefix.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.Yaml;
import dev.composefix.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each merge rule of the Compose Specification ({@code 13-merge.md}), with where each merged value
 * comes from: {@code value@file}.
 */
class ServiceMergeTest {

  /** The service {@code s} of each text, merged in order; files are named a, b, c. */
  private static String merge(String... services) {
    List<ServiceMerge.Definition> definitions = new ArrayList<>();
    for (int i = 0; i < services.length; i++) {
      definitions.add(
          new ServiceMerge.Definition(
              String.valueOf((char) ('a' + i)),
              i,
              Yaml.mappingAt(Yaml.parse("s:\n" + services[i].indent(2)), "s"),
              SourceText.of("")));
    }
    return ServiceMerge.merge(definitions).map(ServiceMergeTest::show).orElse("none");
  }

  private static String show(Merged merged) {
    if (merged instanceof Merged.Mapping mapping) {
      List<String> entries = new ArrayList<>();
      mapping.entries().forEach((key, value) -> entries.add(key + ": " + show(value)));
      return "{" + String.join(", ", entries) + "}";
    }
    if (merged instanceof Merged.Sequence sequence) {
      return "["
          + String.join(", ", sequence.items().stream().map(ServiceMergeTest::show).toList())
          + "]";
    }
    return ((Merged.Scalar) merged).value() + "@" + merged.origin().file();
  }

  @Test
  void mappingsMergeKeyByKeyAndScalarsAreReplaced() {
    assertEquals(
        "{image: postgres:17@b, healthcheck: {test: [CMD@a, true@a], interval: 5s@b, retries:"
            + " 3@a}}",
        merge(
            "image: postgres:16\n"
                + "healthcheck:\n"
                + "  test: [CMD, 'true']\n"
                + "  interval: 10s\n"
                + "  retries: 3",
            "image: postgres:17\nhealthcheck:\n  interval: 5s"));
  }

  @Test
  void sequencesAreAppended() {
    assertEquals("{dns: [1.1.1.1@a, 8.8.8.8@b]}", merge("dns: [1.1.1.1]", "dns: [8.8.8.8]"));
  }

  @Test
  void commandEntrypointAndHealthcheckTestAreReplaced() {
    assertEquals(
        "{command: [b@b], entrypoint: [sh@b], healthcheck: {test: [CMD@b, y@b]}}",
        merge(
            "command: [a, x]\nentrypoint: [tini]\nhealthcheck: {test: [CMD, x]}",
            "command: [b]\nentrypoint: [sh]\nhealthcheck: {test: [CMD, y]}"));
  }

  @Test
  void environmentMergesByNameWhateverSyntaxEachFileUses() {
    assertEquals(
        "{environment: {A: 1@a, B: 3@b, C: 4@b}}",
        merge("environment:\n  - A=1\n  - B=2", "environment:\n  B: 3\n  C: 4"));
  }

  @Test
  void portsVolumesAndExposeMergeByTheirKey() {
    assertEquals(
        "{ports: [8080:80@b, 9090:90@b], volumes: [./b:/data@b, logs:/logs@a], expose: [80@b,"
            + " 81@b]}",
        merge(
            "ports: ['8080:80']\nvolumes: ['./a:/data', 'logs:/logs']\nexpose: ['80']",
            "ports: ['8080:80', '9090:90']\nvolumes: ['./b:/data']\nexpose: ['80', '81']"));
  }

  @Test
  void resetRemovesAndOverrideReplaces() {
    assertEquals(
        "{image: x@a, ports: [1:1@b]}",
        merge(
            "image: x\nhealthcheck: {test: [CMD, x]}\nports: ['9:9']",
            "healthcheck: !reset {}\nports: !override ['1:1']"));
  }

  @Test
  void aLaterFileCanAddWhatAnEarlierOneReset() {
    assertEquals(
        "{healthcheck: {interval: 1s@c}}",
        merge(
            "healthcheck: {interval: 9s}",
            "healthcheck: !reset null",
            "healthcheck: {interval: 1s}"));
  }

  @Test
  void mergeKeysCountAsWritten() {
    assertEquals(
        "{x-base: {restart: always@a}, restart: always@a, image: y@b}",
        merge("x-base: &b {restart: always}\n<<: *b", "image: y"));
  }

  @Test
  void aMappingKnowsTheLastFileThatWroteIt() {
    ServiceMerge.Definition a =
        new ServiceMerge.Definition(
            "a",
            0,
            Yaml.mappingAt(Yaml.parse("s:\n  healthcheck: {test: [CMD, x]}"), "s"),
            SourceText.of(""));
    ServiceMerge.Definition b =
        new ServiceMerge.Definition(
            "b",
            1,
            Yaml.mappingAt(Yaml.parse("s:\n  healthcheck: {interval: 5s}"), "s"),
            SourceText.of(""));
    ServiceMerge.Definition c =
        new ServiceMerge.Definition(
            "c", 2, Yaml.mappingAt(Yaml.parse("s:\n  image: z"), "s"), SourceText.of(""));
    Merged.Mapping merged = ServiceMerge.merge(List.of(a, b, c)).orElseThrow();
    assertEquals("b", merged.get("healthcheck").orElseThrow().origin().file());
    assertEquals("c", merged.origin().file());
  }

  @Test
  void noDefinitionMergesToNothing() {
    assertEquals("none", merge());
  }
}
