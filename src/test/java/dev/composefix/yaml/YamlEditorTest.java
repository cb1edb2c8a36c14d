package dev.composefix.yaml;

import static dev.composefix.support.Edits.edit;
import static dev.composefix.support.Edits.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.composefix.support.Edits.Edit;
import dev.composefix.support.Yaml;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlEditorTest {

  /** One edit, made and checked: the new text must mean the old data plus the edit's intents. */
  private static Edit insert(String path, String key, NewValue value) {
    return (editor, document) -> editor.insertEntry(Yaml.mappingAt(document, path), key, value);
  }

  private static final NewValue THIRTY = NewValue.plain("30s");

  private static final NewValue GPU =
      NewValue.map()
          .put(
              "resources",
              NewValue.map()
                  .put(
                      "reservations",
                      NewValue.map()
                          .put(
                              "devices",
                              NewValue.seq(
                                  false,
                                  NewValue.map()
                                      .put("driver", NewValue.string("nvidia"))
                                      .put("count", NewValue.plain("${GPU_COUNT:-1}"))
                                      .put(
                                          "capabilities",
                                          NewValue.seq(true, NewValue.string("gpu")))
                                      .build()))
                          .build())
                  .build())
          .build();

  @Test
  void anItemPrefixIsWhatItsPatternMatches() {
    // Every string of up to six characters from these four, against the pattern it replaces.
    char[] alphabet = {' ', '-', '\t', 'a'};
    int checked = 0;
    for (int length = 0; length <= 6; length++) {
      for (int n = 0; n < Math.pow(alphabet.length, length); n++) {
        StringBuilder text = new StringBuilder();
        int rest = n;
        for (int k = 0; k < length; k++) {
          text.append(alphabet[rest % alphabet.length]);
          rest /= alphabet.length;
        }
        String prefix = text.toString();
        assertEquals(
            prefix.matches(" *-[ \\t]+"), YamlEditor.isItemPrefix(prefix), "'" + prefix + "'");
        checked++;
      }
    }
    assertEquals(5461, checked);
  }

  @Test
  void insertsIntoABlockMappingAtItsIndentation() {
    String yaml =
        """
        services:
          web:
            healthcheck:
              test: ["CMD", "true"]
              retries: 3   # keep
            # a comment about ports
            ports: ["80"]
        """;
    assertEquals(
        """
        services:
          web:
            healthcheck:
              test: ["CMD", "true"]
              retries: 3   # keep
              start_period: 30s
            # a comment about ports
            ports: ["80"]
        """,
        edit(yaml, insert("services.web.healthcheck", "start_period", THIRTY)));
  }

  @Test
  void insertsIntoAFourSpaceFile() {
    String yaml = "services:\n    web:\n        image: x\n";
    assertEquals(
        "services:\n    web:\n        image: x\n        start_period: 30s\n",
        edit(yaml, insert("services.web", "start_period", THIRTY)));
  }

  @Test
  void insertsIntoAMappingThatIsASequenceItem() {
    String yaml = "items:\n  - name: a\n    value: 1\n  - name: b\n";
    assertEquals(
        "items:\n  - name: a\n    value: 1\n    extra: x\n  - name: b\n",
        edit(
            yaml,
            (editor, document) ->
                editor.insertEntry(
                    (YMapping) ((YSequence) Yaml.at(document, "items")).items().get(0),
                    "extra",
                    NewValue.string("x"))));
  }

  @Test
  void keepsAMissingFinalNewlineMissing() {
    assertEquals(
        "hc:\n  test: x\n  start_period: 30s",
        edit("hc:\n  test: x", insert("hc", "start_period", THIRTY)));
  }

  @Test
  void usesTheLineBreakOfTheFile() {
    assertEquals(
        "hc:\r\n  test: x\r\n  start_period: 30s\r\nb: 1\r\n",
        edit("hc:\r\n  test: x\r\nb: 1\r\n", insert("hc", "start_period", THIRTY)));
  }

  @Test
  void usesALoneCarriageReturnWhereTheFileDoes() {
    assertEquals(
        "hc:\r  test: x\r  start_period: 30s\rb: 1\r",
        edit("hc:\r  test: x\rb: 1\r", insert("hc", "start_period", THIRTY)));
  }

  @Test
  void insertsAfterTheCommentedOutItemsOfTheLastEntry() {
    String yaml =
        "hc:\n  interval: 5s\n  test:\n    - CMD\n    - curl\n    # - --quiet\n\n    #   more\n"
            + "  # interval: 10s\nb: 1\n";
    assertEquals(
        "hc:\n  interval: 5s\n  test:\n    - CMD\n    - curl\n    # - --quiet\n\n    #   more\n"
            + "  start_period: 30s\n  # interval: 10s\nb: 1\n",
        edit(yaml, insert("hc", "start_period", THIRTY)));
  }

  @Test
  void insertsAfterKeptTrailingLinesOfABlockScalar() {
    String yaml = "hc:\n  test: |+\n    x\n\nb: 1\n";
    assertEquals(
        "hc:\n  test: |+\n    x\n\n  start_period: 30s\nb: 1\n",
        edit(yaml, insert("hc", "start_period", THIRTY)));
  }

  @Test
  void insertsBeforeBlankLinesAfterAClippedBlockScalar() {
    String yaml = "hc:\n  test: |\n    x\n\n\nb: 1\n";
    assertEquals(
        "hc:\n  test: |\n    x\n  start_period: 30s\n\n\nb: 1\n",
        edit(yaml, insert("hc", "start_period", THIRTY)));
  }

  @Test
  void insertsIntoFlowMappings() {
    assertEquals(
        "hc: {test: x, start_period: 30s}\n",
        edit("hc: {test: x}\n", insert("hc", "start_period", THIRTY)));
    assertEquals(
        "hc: {start_period: 30s}\n", edit("hc: {}\n", insert("hc", "start_period", THIRTY)));
    assertEquals(
        "hc: { start_period: 30s }\n", edit("hc: { }\n", insert("hc", "start_period", THIRTY)));
    assertEquals(
        "hc: {test: x, start_period: 30s,}\n",
        edit("hc: {test: x,}\n", insert("hc", "start_period", THIRTY)));
    assertEquals(
        "hc: {\n  test: x, start_period: 30s # t\n}\n",
        edit("hc: {\n  test: x # t\n}\n", insert("hc", "start_period", THIRTY)));
  }

  @Test
  void writesNestedValuesInFlowStyleInsideFlowMappings() {
    assertEquals(
        "svc: {image: x, deploy: {resources: {reservations: {devices: [{driver: nvidia, "
            + "count: \"${GPU_COUNT:-1}\", capabilities: [gpu]}]}}}}\n",
        edit("svc: {image: x}\n", insert("svc", "deploy", GPU)));
  }

  @Test
  void refusesAFlowMappingWithoutBraces() {
    YDocument document = Yaml.parse("list: [a: 1]\n");
    YMapping implicit = (YMapping) ((YSequence) Yaml.at(document, "list")).items().get(0);
    assertThrows(
        CannotEditException.class,
        () -> new YamlEditor(document).insertEntry(implicit, "b", THIRTY));
  }

  @Test
  void refusesADuplicateKey() {
    YDocument document = Yaml.parse("hc:\n  start_period: 10s\n");
    assertThrows(
        CannotEditException.class,
        () ->
            new YamlEditor(document)
                .insertEntry(Yaml.mappingAt(document, "hc"), "start_period", THIRTY));
  }

  @Test
  void insertsNestedBlocksWithIndentedSequences() {
    String yaml = "services:\n  gpu:\n    image: x\n    ports:\n      - 80\n";
    assertEquals(
        """
        services:
          gpu:
            image: x
            ports:
              - 80
            deploy:
              resources:
                reservations:
                  devices:
                    - driver: nvidia
                      count: ${GPU_COUNT:-1}
                      capabilities: [gpu]
        """,
        edit(yaml, insert("services.gpu", "deploy", GPU)));
  }

  @Test
  void insertsNestedBlocksInFourSpacesWithFlushSequences() {
    String yaml = "services:\n    gpu:\n        ports:\n        - 80\n";
    assertEquals(
        """
        services:
            gpu:
                ports:
                - 80
                deploy:
                    resources:
                        reservations:
                            devices:
                            - driver: nvidia
                              count: ${GPU_COUNT:-1}
                              capabilities: [gpu]
        """,
        edit(yaml, insert("services.gpu", "deploy", GPU)));
  }

  @Test
  void editsAnAnchorOnceForEveryAlias() {
    String yaml =
        "x-hc: &hc\n"
            + "  test: x\n"
            + "services:\n"
            + "  a:\n"
            + "    healthcheck: *hc\n"
            + "  b:\n"
            + "    healthcheck:\n"
            + "      <<: *hc\n";
    assertEquals(
        "x-hc: &hc\n"
            + "  test: x\n"
            + "  start_period: 30s\n"
            + "services:\n"
            + "  a:\n"
            + "    healthcheck: *hc\n"
            + "  b:\n"
            + "    healthcheck:\n"
            + "      <<: *hc\n",
        edit(yaml, insert("services.a.healthcheck", "start_period", THIRTY)));
  }

  @Test
  void appendsToBlockAndFlowSequences() {
    Edit appendEnv =
        (editor, document) ->
            editor.appendItem(
                (YSequence) Yaml.at(document, "environment"),
                NewValue.string("NVIDIA_VISIBLE_DEVICES=${NVIDIA_VISIBLE_DEVICES:-all}"));
    assertEquals(
        "environment:\n  - A=1\n  - NVIDIA_VISIBLE_DEVICES=${NVIDIA_VISIBLE_DEVICES:-all}\nx: 1\n",
        edit("environment:\n  - A=1\nx: 1\n", appendEnv));
    assertEquals(
        "environment:\n-   A=1\n-   NVIDIA_VISIBLE_DEVICES=${NVIDIA_VISIBLE_DEVICES:-all}\n",
        edit("environment:\n-   A=1\n", appendEnv));
    assertEquals(
        "environment: [A=1, \"NVIDIA_VISIBLE_DEVICES=${NVIDIA_VISIBLE_DEVICES:-all}\"]\n",
        edit("environment: [A=1]\n", appendEnv));
    assertEquals(
        "environment: [\"NVIDIA_VISIBLE_DEVICES=${NVIDIA_VISIBLE_DEVICES:-all}\"]\n",
        edit("environment: []\n", appendEnv));
  }

  @Test
  void appendsSeveralItemsInOneEditInTheGivenQuoting() {
    Edit monitoring =
        (editor, document) ->
            editor.appendItems(
                (YSequence) Yaml.at(document, "command"),
                List.of(
                    NewValue.string("-m", ScalarStyle.DOUBLE_QUOTED),
                    NewValue.string("8222", ScalarStyle.DOUBLE_QUOTED)));
    assertEquals(
        "command: [\"-js\", \"-m\", \"8222\"] # c\n", edit("command: [\"-js\"] # c\n", monitoring));
    assertEquals(
        "command: [\n  \"-js\", \"-m\", \"8222\", # c\n]\n",
        edit("command: [\n  \"-js\", # c\n]\n", monitoring));
    assertEquals(
        "command:\n  - -js\n  - \"-m\"\n  - \"8222\"\nx: 1\n",
        edit("command:\n  - -js\nx: 1\n", monitoring));
    Edit styled =
        (editor, document) ->
            editor.appendItems(
                (YSequence) Yaml.at(document, "command"),
                List.of(
                    NewValue.string("-m", ScalarStyle.SINGLE_QUOTED),
                    NewValue.string("8222", ScalarStyle.PLAIN)));
    assertEquals("command: [-js, '-m', \"8222\"]\n", edit("command: [-js]\n", styled));
  }

  @Test
  void fillsAnEmptyValue() {
    Edit fill =
        (editor, document) ->
            editor.fillEmptyValue(
                Yaml.mappingAt(document, "svc").ownEntry("deploy").orElseThrow(), GPU);
    assertEquals(
        """
        svc:
          deploy: # later
            resources:
              reservations:
                devices:
                  - driver: nvidia
                    count: ${GPU_COUNT:-1}
                    capabilities: [gpu]
          image: x
        """,
        edit("svc:\n  deploy: # later\n  image: x\n", fill));
    assertEquals(
        "svc:\n  period: 30s\n",
        edit(
            "svc:\n  period:\n",
            (editor, document) ->
                editor.fillEmptyValue(
                    Yaml.mappingAt(document, "svc").ownEntry("period").orElseThrow(), THIRTY)));
  }

  @Test
  void replacesScalarsKeepingTheirStyle() {
    Edit pin =
        (editor, document) ->
            editor.replaceScalar((YScalar) Yaml.at(document, "image"), "redis:7-alpine");
    assertEquals("image: redis:7-alpine # c\n", edit("image: redis # c\n", pin));
    assertEquals("image: 'redis:7-alpine'\n", edit("image: 'redis'\n", pin));
    assertEquals("image: \"redis:7-alpine\"\n", edit("image: \"redis\"\n", pin));
    Edit risky =
        (editor, document) -> editor.replaceScalar((YScalar) Yaml.at(document, "image"), "a: b #c");
    assertEquals("image: \"a: b #c\"\n", edit("image: x\n", risky));
    Edit number =
        (editor, document) -> editor.replaceScalar((YScalar) Yaml.at(document, "image"), "123");
    assertEquals("image: \"123\"\n", edit("image: x\n", number));
  }

  @Test
  void replacesPartsOfScalarsInEveryStyle() {
    Edit secret =
        (editor, document) -> {
          YScalar scalar = (YScalar) Yaml.at(document, "url");
          int from = scalar.value().indexOf("${PW");
          int to = scalar.value().indexOf('}', from) + 1;
          return editor.replaceInScalar(scalar, from, to, "${PW:?PW is required}");
        };
    assertEquals(
        "url: postgres://u:${PW:?PW is required}@db/app # c\n",
        edit("url: postgres://u:${PW:-x}@db/app # c\n", secret));
    assertEquals("url: 'it''s ${PW:?PW is required}'\n", edit("url: 'it''s ${PW:-x}'\n", secret));
    assertEquals("url: \"\\t${PW:?PW is required}\"\n", edit("url: \"\\t${PW:-x}\"\n", secret));
    assertEquals(
        "url: |\n  first\n  x=${PW:?PW is required}\n",
        edit("url: |\n  first\n  x=${PW:-x}\n", secret));
    assertEquals(
        "url: >\n  first\n  x=${PW:?PW is required} y\n",
        edit("url: >\n  first\n  x=${PW:-x} y\n", secret));
  }

  @Test
  void fallsBackToTheWholeScalarWhenAPartHasNoSingleRun() {
    Edit edit =
        (editor, document) -> editor.replaceInScalar((YScalar) Yaml.at(document, "a"), 2, 5, "Z");
    assertEquals("a: \"onZwo\"\n", edit("a: \"on\\u0065 two\"\n", edit));
  }

  @Test
  void editsAfterAnEmojiLandInPlace() {
    assertEquals(
        "a: \"\uD83D\uDE00\"\nhc:\n  test: x\n  start_period: 30s\n",
        edit("a: \"\uD83D\uDE00\"\nhc:\n  test: x\n", insert("hc", "start_period", THIRTY)));
  }

  private static Edit replaceItems(int from, int to, String... values) {
    return (editor, document) ->
        editor.replaceItems((YSequence) Yaml.at(document, "test"), from, to, List.of(values));
  }

  @Test
  void replacesItemsOfAFlowSequenceInTheirQuoting() {
    assertEquals(
        "test: [\"CMD\", \"wget\", \"-q\", \"--spider\", 'http://x'] # c\n",
        edit(
            "test: [\"CMD\", \"curl\", \"-f\", 'http://x'] # c\n",
            replaceItems(1, 3, "wget", "-q", "--spider")));
    assertEquals(
        "test: [CMD, curl, -sf, http://x]\n",
        edit(
            "test: [CMD, wget, --no-verbose, --tries=1, --spider, http://x]\n",
            replaceItems(1, 5, "curl", "-sf")));
    assertEquals(
        "test: [\"CMD\", 'wget', \"x y\"]\n",
        edit("test: [\"CMD\", 'curl', \"x\"]\n", replaceItems(1, 3, "wget", "x y")));
    assertEquals(
        "test: [\"CMD\",\n  \"curl\",\n  \"-sf\",\n  \"u\"]\n",
        edit("test: [\"CMD\",\n  \"wget\",\n  \"u\"]\n", replaceItems(1, 2, "curl", "-sf")));
  }

  @Test
  void replacesItemsOfABlockSequenceLineByLine() {
    assertEquals(
        "test:\n  - CMD\n  - wget\n  - -q\n  - --spider\n  - http://x\n",
        edit(
            "test:\n  - CMD\n  - curl\n  - -f\n  - http://x\n",
            replaceItems(1, 3, "wget", "-q", "--spider")));
    assertEquals(
        "test:\r\n- CMD\r\n- curl\r\n- -sf\r\n",
        edit(
            "test:\r\n- CMD\r\n- wget\r\n- -q\r\n- --spider\r\n",
            replaceItems(1, 4, "curl", "-sf")));
  }

  @Test
  void refusesItemsItCannotRewriteExactly() {
    YDocument commented = Yaml.parse("test:\n  - CMD\n  - curl # c\n  - -f\n");
    YamlEditor editor = new YamlEditor(commented);
    YSequence sequence = (YSequence) Yaml.at(commented, "test");
    assertEquals(
        "a comment stands between the items to replace",
        assertThrows(
                CannotEditException.class,
                () -> editor.replaceItems(sequence, 1, 3, List.of("wget")))
            .getMessage());
    YDocument anchored = Yaml.parse("test: [CMD, &p curl, -f]\nother: *p\n");
    assertEquals(
        "an item to replace carries an anchor or a tag",
        assertThrows(
                CannotEditException.class,
                () ->
                    new YamlEditor(anchored)
                        .replaceItems((YSequence) Yaml.at(anchored, "test"), 1, 2, List.of("wget")))
            .getMessage());
    YDocument aliased = Yaml.parse("x: &p curl\ntest: [CMD, *p, -f]\n");
    assertEquals(
        "an item to replace is not a one-line scalar",
        assertThrows(
                CannotEditException.class,
                () ->
                    new YamlEditor(aliased)
                        .replaceItems((YSequence) Yaml.at(aliased, "test"), 1, 2, List.of("wget")))
            .getMessage());
    YDocument single = Yaml.parse("test: [curl]\n");
    assertEquals(
        "the sequence has no two items without a comment between them to copy the layout from",
        assertThrows(
                CannotEditException.class,
                () ->
                    new YamlEditor(single)
                        .replaceItems(
                            (YSequence) Yaml.at(single, "test"), 0, 1, List.of("wget", "-q")))
            .getMessage());
    assertEquals("test: [wget]\n", edit("test: [curl]\n", replaceItems(0, 1, "wget")));
  }

  @Test
  void editsTheDocumentItWasMadeFor() {
    YDocument document = Yaml.parse("a: 1\n");
    assertSame(document, new YamlEditor(document).document());
  }

  @Test
  void insertsAfterAnEmptyBlockScalarAboveTheBlankLinesAfterIt() {
    String yaml = "hc:\n  test: |\n\n# about b\nb: 1\n";
    assertEquals(
        "hc:\n  test: |\n  start_period: 30s\n\n# about b\nb: 1\n",
        edit(yaml, insert("hc", "start_period", THIRTY)));
  }

  @Test
  void keepsTheLineBreakBetweenEmptyFlowBraces() {
    assertEquals(
        "hc: {start_period: 30s\n}\n", edit("hc: {\n}\n", insert("hc", "start_period", THIRTY)));
    assertEquals(
        "hc: {start_period: 30s\r}\r", edit("hc: {\r}\r", insert("hc", "start_period", THIRTY)));
  }

  @Test
  void findsATrailingCommaPastSpacesAndComments() {
    assertEquals(
        "hc: {test: x , start_period: 30s,}\n",
        edit("hc: {test: x ,}\n", insert("hc", "start_period", THIRTY)));
    assertEquals(
        "hc: {\n  test: x # t\n  , start_period: 30s,\n}\n",
        edit("hc: {\n  test: x # t\n  ,\n}\n", insert("hc", "start_period", THIRTY)));
  }

  @Test
  void appendsWithTheDashSpacingOfTheSequenceItself() {
    Edit append =
        (editor, document) ->
            editor.appendItem((YSequence) Yaml.at(document, "command"), NewValue.string("--save"));
    assertEquals(
        "ports:\n  - \"80\"\n  - \"443\"\ncommand:\n  -   redis-server\n  -   --save\n",
        edit("ports:\n  - \"80\"\n  - \"443\"\ncommand:\n  -   redis-server\n", append));
    assertEquals(
        "command:\n  -\n    redis-server\n  - --save\n",
        edit("command:\n  -\n    redis-server\n", append));
  }

  private static Edit replaceCommand(String value) {
    return (editor, document) ->
        editor.replaceScalar((YScalar) Yaml.at(document, "command"), value);
  }

  @Test
  void replacesAOneLineStrippedBlockScalarInsideItsBlock() {
    assertEquals(
        "command: |-\n  redis-server --save 60\n",
        edit("command: |-\n  redis-server\n", replaceCommand("redis-server --save 60")));
  }

  @Test
  void refusesToRewriteABlockScalarThatIsOrWouldBeSeveralLines() {
    assertEquals(
        "cannot rewrite a multi-line block scalar",
        refusal("command: |-\n  redis-server\n  --save 60\n", replaceCommand("x")));
    assertEquals(
        "cannot rewrite a multi-line block scalar",
        refusal("command: |\n  redis-server\n", replaceCommand("x")));
    assertEquals(
        "cannot rewrite a multi-line block scalar",
        refusal("command: |-\n  redis-server\n", replaceCommand("x\ny")));
  }

  private static Edit part(String path, int from, int to, String replacement) {
    return (editor, document) ->
        editor.replaceInScalar((YScalar) Yaml.at(document, path), from, to, replacement);
  }

  @Test
  void aPartEditReadsTheNewValueAsItsStyleDoes() {
    assertEquals("port: 123\n", edit("port: 12x\n", part("port", 2, 3, "3")));
    assertEquals("port: \"123\"\n", edit("port: \"12x\"\n", part("port", 2, 3, "3")));
    assertEquals("port: !!str 123\n", edit("port: !!str 12x\n", part("port", 2, 3, "3")));
  }

  @Test
  void severalPartEditsReadTheNewValueAsItsStyleDoes() {
    Edit digits =
        (editor, document) ->
            editor.replaceInScalar(
                (YScalar) Yaml.at(document, "port"),
                List.of(ValueEdit.delete(1, 2), ValueEdit.delete(3, 4)));
    assertEquals("port: 12\n", edit("port: 1x2y\n", digits));
    assertEquals("port: '12'\n", edit("port: '1x2y'\n", digits));
    assertEquals("port: !!str 12\n", edit("port: !!str 1x2y\n", digits));
  }

  @Test
  void editsAFoldedLineOfASingleQuotedScalarInPlace() {
    assertEquals(
        "command: 'redis-server\n  --save 120'\n",
        edit("command: 'redis-server\n  --save 60'\n", part("command", 20, 22, "120")));
  }

  @Test
  void escapesAPartInDoubleQuotesAndRewritesOtherStylesToHoldIt() {
    assertEquals("command: \"a\\tb\"\n", edit("command: 'a b'\n", part("command", 1, 2, "\t")));
    assertEquals("command: \"a\\nb\"\n", edit("command: a b\n", part("command", 1, 2, "\n")));
    assertEquals("command: \"a\\nb\"\n", edit("command: 'a b'\n", part("command", 1, 2, "\n")));
    assertEquals(
        "command: \"x\\ny\" # c\n", edit("command: \"x y\" # c\n", part("command", 1, 2, "\n")));
    assertEquals(
        "cannot edit this part of a block scalar exactly",
        refusal("command: |-\n  a b\n", part("command", 1, 2, "\n")));
  }

  @Test
  void editsTheStartOfABlockScalarLineWhenItStaysText() {
    String yaml = "command: >\n  redis-server\n  --save 60\n";
    assertEquals(
        "command: >\n  redis-server\n  --appendonly yes --save 60\n",
        edit(yaml, part("command", 13, 13, "--appendonly yes ")));
    assertEquals("command: >\n  redis-server\n  60\n", edit(yaml, part("command", 13, 20, "")));
    assertEquals(
        "command: >\n  redis-server --save\n  --save 60\n",
        edit(yaml, part("command", 12, 12, " --save")));
  }

  @Test
  void refusesBlockScalarEditsThatWouldLeaveALineBlankAtItsStart() {
    assertEquals(
        "cannot edit this part of a block scalar exactly",
        refusal("command: |\n  redis-server\n", part("command", 0, 0, " ")));
    assertEquals(
        "cannot edit this part of a block scalar exactly",
        refusal("command: >\n  redis-server\n  --save 60\n", part("command", 13, 13, " ")));
    assertEquals(
        "cannot edit this part of a block scalar exactly",
        refusal("command: >\n  x  redis-server\n", part("command", 0, 1, "")));
    assertEquals(
        "cannot edit this part of a block scalar exactly",
        refusal("command: >\n  a\n  b\n  c\n", part("command", 2, 3, "")));
  }

  @Test
  void refusesAnItemRangeThatIsEmptyOrOutside() {
    YDocument document = Yaml.parse("test: [CMD, curl, -f]\n");
    YamlEditor editor = new YamlEditor(document);
    YSequence sequence = (YSequence) Yaml.at(document, "test");
    assertEquals(
        "cannot replace items [1, 1) of 3 with 1",
        assertThrows(
                IllegalArgumentException.class,
                () -> editor.replaceItems(sequence, 1, 1, List.of("wget")))
            .getMessage());
    assertEquals(
        "cannot replace items [-1, 1) of 3 with 1",
        assertThrows(
                IllegalArgumentException.class,
                () -> editor.replaceItems(sequence, -1, 1, List.of("wget")))
            .getMessage());
    assertEquals(
        "cannot replace items [2, 4) of 3 with 1",
        assertThrows(
                IllegalArgumentException.class,
                () -> editor.replaceItems(sequence, 2, 4, List.of("wget")))
            .getMessage());
    assertEquals(
        "cannot replace items [0, 1) of 3 with 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> editor.replaceItems(sequence, 0, 1, List.of()))
            .getMessage());
  }

  @Test
  void replacesAnItemWithAComment() {
    assertEquals(
        "test:\n  - CMD\n  - wget # c\n  - -f\n",
        edit("test:\n  - CMD\n  - curl # c\n  - -f\n", replaceItems(1, 2, "wget")));
  }

  @Test
  void seesACommentWrittenRightAfterAQuotedItem() {
    String yaml = "test: [\"CMD\"#c\n  , \"curl\", \"-f\"]\n";
    assertEquals(
        "a comment stands between the items to replace", refusal(yaml, replaceItems(0, 2, "wget")));
    assertEquals(
        "test: [\"CMD\"#c\n  , \"curl\", \"-s\", \"-f\"]\n",
        edit(yaml, replaceItems(2, 3, "-s", "-f")));
  }
}
