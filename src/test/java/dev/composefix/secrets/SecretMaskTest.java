package dev.composefix.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.config.Config;
import dev.composefix.diff.UnifiedDiff;
import dev.composefix.support.Yaml;
import dev.composefix.yaml.YDocument;
import org.junit.jupiter.api.Test;

class SecretMaskTest {

  private static SecretMask maskOf(String yaml) {
    YDocument document = Yaml.parse(yaml);
    return SecretMask.of(document, document, Config.DEFAULTS.secrets());
  }

  @Test
  void masksRangesInsideALineOfTheFile() {
    String yaml = "x:\n  - DB_PASSWORD=hunter\n";
    SecretMask mask = maskOf(yaml);
    assertEquals("  - DB_PASSWORD=****\n", mask.lineBefore("  - DB_PASSWORD=hunter\n", 3));
    assertEquals("no secret here\n", mask.lineBefore("no secret here\n", 40));
  }

  @Test
  void shiftsForAByteOrderMark() {
    String yaml = "\uFEFFx:\n  - DB_PASSWORD=hunter\n";
    SecretMask mask = maskOf(yaml);
    assertEquals("  - DB_PASSWORD=****\n", mask.lineBefore("  - DB_PASSWORD=hunter\n", 4));
  }

  @Test
  void neverMasksALineBreak() {
    String yaml = "x:\n  DB_PASSWORD: |\n    line one\n    line two\n";
    SecretMask mask = maskOf(yaml);
    assertEquals("****\r\n", mask.lineBefore("    line one\r\n", 20));
  }

  @Test
  void masksValuesInOtherText() {
    SecretMask mask = maskOf("x:\n  - DB_PASSWORD=hunter2\n  - API_KEY=ab\n");
    assertEquals("password **** but ab stays", mask.mask("password hunter2 but ab stays"));
    assertEquals("anything", SecretMask.NONE.mask("anything"));
  }

  @Test
  void aDiffShowsMaskedSecretsOnBothSides() {
    String before = "env:\n  - DB_PASSWORD=${DB_PASSWORD:-hunter2}\n  - USER=app\n";
    String after = "env:\n  - DB_PASSWORD=${DB_PASSWORD:?required}\n  - USER=app\n";
    YDocument original = Yaml.parse(before);
    YDocument fixed = Yaml.parse(after);
    assertEquals(
        "--- a/x.yml\n+++ b/x.yml\n@@ -1,3 +1,3 @@\n env:\n-  - DB_PASSWORD=${DB_PASSWORD:-****}\n"
            + "+  - DB_PASSWORD=${DB_PASSWORD:?required}\n   - USER=app\n",
        UnifiedDiff.render(
            "x.yml", before, after, SecretMask.of(original, fixed, Config.DEFAULTS.secrets())));
  }
}
