package dev.composefix.rules.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.Yaml;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * YAML data becomes the JSON Compose validates: core-schema scalar types, merge keys applied, no
 * interpolation.
 */
class ComposeJsonTest {

  private static String json(String yaml) {
    return ComposeJson.of(Yaml.parse(yaml).root().orElseThrow()).toString();
  }

  @Test
  void scalarsTakeTheirCoreSchemaTypes() {
    assertEquals(
        "{\"int\":30,\"string\":\"30\",\"duration\":\"30s\",\"float\":1.5,\"bool\":true,\"False\":false,"
            + "\"empty\":null,\"tilde\":null,\"hex\":31,\"octal\":15,\"yes\":\"yes\",\"variable\":\"${CPUS:-1}\"}",
        json(
            """
            int: 30
            string: "30"
            duration: 30s
            float: 1.5
            bool: true
            False: FALSE
            empty:
            tilde: ~
            hex: 0x1F
            octal: 0o17
            yes: yes
            variable: ${CPUS:-1}
            """));
    assertEquals(
        "{\"big\":123456789012345678901234567890,\"negative\":-7}",
        json("big: 123456789012345678901234567890\nnegative: -7\n"));
    assertEquals(Optional.of(Double.POSITIVE_INFINITY), ComposeJson.decimal(".inf"));
    assertEquals(Optional.of(Double.NEGATIVE_INFINITY), ComposeJson.decimal("-.Inf"));
    assertEquals(Optional.of(-0.5), ComposeJson.decimal("-.5"));
  }

  @Test
  void explicitTagsDecideAndComposeTagsDoNot() {
    assertEquals(
        "{\"a\":\"5\",\"b\":5,\"c\":\"x\"}",
        json("a: !!str 5\nb: !override 5\nc: !override 'x'\n"));
  }

  @Test
  void mergeKeysApplyWithOwnKeysWinningAndAliasesExpand() {
    assertEquals(
        "{\"x\":{\"a\":1,\"b\":2},\"y\":{\"b\":3,\"a\":1},\"z\":{\"a\":1,\"b\":2}}",
        json(
            """
            x: &x {a: 1, b: 2}
            y:
              <<: *x
              b: 3
            z: *x
            """));
  }

  @Test
  void aResetKeyIsDropped() {
    assertEquals("{\"image\":\"nginx\"}", json("image: nginx\nports: !reset []\n"));
  }
}
