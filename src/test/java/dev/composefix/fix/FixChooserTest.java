package dev.composefix.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.composefix.lint.Finding;
import dev.composefix.lint.Fix;
import dev.composefix.lint.Severity;
import dev.composefix.rules.healthcheck.HealthcheckStartPeriodRule;
import dev.composefix.text.SourceText;
import dev.composefix.text.TextEdit;
import dev.composefix.text.TextRange;
import dev.composefix.yaml.Intent;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YamlChange;
import dev.composefix.yaml.YamlData;
import dev.composefix.yaml.YamlParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FixChooserTest {

  private static Finding finding(String title, List<TextEdit> edits, List<Intent> intents) {
    Fix fix = Fix.safe(title, new YamlChange(edits, intents));
    return new Finding(
        new HealthcheckStartPeriodRule(),
        Severity.LOW,
        new TextRange(0, 0),
        title,
        Optional.of(fix));
  }

  private static Finding finding(String title, TextEdit... edits) {
    return finding(title, List.of(edits), List.of());
  }

  private static List<String> titles(FixChooser.Pass pass) {
    return pass.fixes().stream().map(Fix::title).toList();
  }

  private static YNode image() throws Exception {
    YDocument document =
        new YamlParser().parse(SourceText.of("services:\n  web:\n    image: redis:latest\n"));
    YMapping services =
        (YMapping) Mappings.get((YMapping) document.root().orElseThrow(), "services").orElseThrow();
    return Mappings.get((YMapping) Mappings.get(services, "web").orElseThrow(), "image")
        .orElseThrow();
  }

  @Test
  void fixesAreChosenInTextOrderSoTheEarliestOfTwoOverlappingOnesWins() {
    Finding late = finding("late", TextEdit.replace(10, 20, "x"));
    Finding early = finding("early", TextEdit.replace(5, 12, "y"));
    Finding apart = finding("apart", TextEdit.replace(30, 31, "z"));
    FixChooser.Pass pass = FixChooser.choose(List.of(apart, late, early));
    assertEquals(List.of("early", "apart"), titles(pass));
    assertEquals(List.of(early, apart), pass.resolved());
    assertEquals(
        List.of(TextEdit.replace(5, 12, "y"), TextEdit.replace(30, 31, "z")), pass.edits());
  }

  @Test
  void aFixIsDeferredWhenATakenEditLiesAfterItsStartAndOverlapsIt() {
    Finding spread = finding("spread", TextEdit.replace(0, 5, "a"), TextEdit.replace(30, 40, "b"));
    Finding middle = finding("middle", TextEdit.replace(20, 32, "c"));
    assertEquals(List.of("spread"), titles(FixChooser.choose(List.of(middle, spread))));
  }

  @Test
  void aFixIsDeferredWhenATakenEditStartsBeforeItAndOverlapsIt() {
    Finding first = finding("first", TextEdit.replace(0, 25, "a"));
    Finding second = finding("second", TextEdit.replace(20, 30, "b"));
    assertEquals(List.of("first"), titles(FixChooser.choose(List.of(second, first))));
  }

  @Test
  void findingsWithTheSameEditsShareOneFix() {
    Finding one = finding("one", TextEdit.insert(7, "k: v\n"));
    Finding two = finding("two", TextEdit.insert(7, "k: v\n"));
    FixChooser.Pass pass = FixChooser.choose(List.of(one, two));
    assertEquals(List.of("one"), titles(pass));
    assertEquals(List.of(one, two), pass.resolved());
  }

  /**
   * Two fixes of the image {@code redis:latest}: one renames it, one retags it; each states the
   * node's whole new value.
   */
  private static List<Finding> renameAndRetag(YNode renamed, YNode retagged) {
    int start = renamed.span().start();
    Finding name =
        finding(
            "name",
            List.of(TextEdit.replace(start, start + 5, "valkey")),
            List.of(new Intent.NodeReplaced(renamed, YamlData.Scalar.string("valkey:latest"))));
    Finding tag =
        finding(
            "tag",
            List.of(TextEdit.replace(start + 6, start + 12, "7.2")),
            List.of(new Intent.NodeReplaced(retagged, YamlData.Scalar.string("redis:7.2"))));
    return List.of(tag, name);
  }

  @Test
  void twoFixesThatEachReplaceTheSameNodeGoInSeparatePasses() throws Exception {
    YNode image = image();
    assertEquals(List.of("name"), titles(FixChooser.choose(renameAndRetag(image, image))));
  }

  @Test
  void fixesThatReplaceDifferentNodesGoTogether() throws Exception {
    assertEquals(
        List.of("name", "tag"), titles(FixChooser.choose(renameAndRetag(image(), image()))));
  }

  @Test
  void aFixWhoseOwnEditsConflictIsABug() {
    Finding broken = finding("broken", TextEdit.replace(0, 5, "a"), TextEdit.replace(3, 8, "b"));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> FixChooser.choose(List.of(broken)));
    assertEquals(
        "a fix holds edits that conflict with each other: "
            + List.of(TextEdit.replace(0, 5, "a"), TextEdit.replace(3, 8, "b")),
        e.getMessage());
  }
}
