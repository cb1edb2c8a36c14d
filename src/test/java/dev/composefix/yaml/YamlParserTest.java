package dev.composefix.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.support.Yaml;
import dev.composefix.text.Position;
import dev.composefix.text.SourceText;
import dev.composefix.text.TextRange;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;

class YamlParserTest {

  private static String slice(YDocument document, YNode node) {
    return document.source().slice(node.span());
  }

  @Test
  void plainTextsResolveAsTheCoreSchemaResolverSays() {
    // resolvePlain answers str at once for a first character no core-schema type starts with; the
    // resolver itself must agree for every first character, whatever follows it.
    CoreScalarResolver resolver = new CoreScalarResolver(true);
    List<String> rests =
        List.of(
            "", "x", "rue", "alse", "RUE", "ull", "ULL", "ul", "12", "_1", ".5e3", "inf", "nan",
            "<");
    List<String> differing = new java.util.ArrayList<>();
    for (char first = 0; first < Character.MAX_VALUE; first++) {
      for (String rest : rests) {
        String text = first + rest;
        String expected = resolver.resolve(text, true).getValue();
        expected = expected.startsWith("!") ? YamlTags.STR : expected;
        if (!expected.equals(YamlParser.resolvePlain(text))) {
          differing.add(text);
        }
      }
    }
    assertEquals(List.of(), differing);
    assertEquals(
        List.of(
            YamlTags.NULL,
            YamlTags.NULL,
            YamlTags.NULL,
            YamlTags.BOOL,
            YamlTags.INT,
            YamlTags.FLOAT,
            YamlTags.FLOAT,
            YamlTags.STR,
            YamlTags.MERGE,
            YamlTags.STR),
        List.of("", "~", "NULL", "False", "-12", ".inf", "1.5e3", "${A:-1}", "<<", "web").stream()
            .map(YamlParser::resolvePlain)
            .toList());
  }

  @Test
  void equalShortTextsShareOneStringAndLongOnesDoNot() throws InvalidYamlException {
    String longText = "x".repeat(65);
    YDocument document =
        new YamlParser()
            .parse(
                SourceText.of(
                    "a:\n  image: \"web\"\n  long: "
                        + longText
                        + "\nb:\n  image: web\n  long: "
                        + longText
                        + "\n"));
    YMapping a = Yaml.mappingAt(document, "a");
    YMapping b = Yaml.mappingAt(document, "b");
    YScalar quoted = (YScalar) a.entries().get(0).value();
    YScalar plain = (YScalar) b.entries().get(0).value();
    assertEquals(ScalarStyle.DOUBLE_QUOTED, quoted.style());
    assertEquals(ScalarStyle.PLAIN, plain.style());
    assertSame(quoted.value(), plain.value());
    assertSame(a.entries().get(0).keyText(), b.entries().get(0).keyText());
    Object longA = ((YScalar) a.entries().get(1).value()).value();
    Object longB = ((YScalar) b.entries().get(1).value()).value();
    assertEquals(longA, longB);
    assertNotSame(longA, longB);
  }

  @Test
  void readsWholeSmallFilesAndLargeOnesInSixteenChunks() {
    assertEquals(11, YamlParser.readChunk(10));
    assertEquals(64 * 1024, YamlParser.readChunk(64 * 1024));
    assertEquals(64 * 1024, YamlParser.readChunk(200_000));
    assertEquals(1024 * 1024 + 1, YamlParser.readChunk(16 * 1024 * 1024));
  }

  @Test
  void tokensAcrossReadChunksKeepTheirValuesAndSpans() throws InvalidYamlException {
    // 1.2 MB in chunks of 75,000 characters: a plain scalar, a folded double-quoted scalar and
    // a run of surrogate pairs each span several chunks, and a pair may straddle a boundary.
    String plain = "p".repeat(300_001);
    String quoted = "q".repeat(200_000) + "\n  " + "r".repeat(200_000);
    String emoji = "\uD83D\uDE00".repeat(150_001);
    String text =
        "a: "
            + plain
            + "\nb: \""
            + quoted
            + "\"\nc: "
            + emoji
            + "\nd: "
            + "s".repeat(100_000)
            + "\n";
    YDocument document = new YamlParser().parse(SourceText.of(text));
    YMapping root = (YMapping) document.root().orElseThrow();
    YScalar a = (YScalar) root.entries().get(0).value();
    YScalar b = (YScalar) root.entries().get(1).value();
    YScalar c = (YScalar) root.entries().get(2).value();
    assertEquals(plain, a.value());
    assertEquals("q".repeat(200_000) + " " + "r".repeat(200_000), b.value());
    assertEquals(emoji, c.value());
    assertEquals(plain, slice(document, a));
    assertEquals("\"" + quoted + "\"", slice(document, b));
    assertEquals(emoji, slice(document, c));
    assertEquals(text.lastIndexOf("d: ") + 3, root.entries().get(3).value().span().start());
  }

  private static InvalidYamlException failure(String text) {
    return assertThrows(
        InvalidYamlException.class, () -> new YamlParser().parse(SourceText.of(text)));
  }

  private static Position failurePosition(String text) {
    InvalidYamlException e = failure(text);
    return SourceText.of(text).positionOf(e.offset());
  }

  @Test
  void spansSkipAnchorsAndTags() {
    YDocument document = Yaml.parse("a: &x !!str  value # c\nb: &m\n  k: 1\nc: !custom [1]\n");
    assertEquals("value", slice(document, Yaml.at(document, "a")));
    assertEquals("k: 1", slice(document, Yaml.at(document, "b")));
    assertEquals("[1]", slice(document, Yaml.at(document, "c")));
    assertEquals("x", Yaml.at(document, "a").anchor().orElseThrow());
    assertEquals("tag:yaml.org,2002:str", Yaml.at(document, "a").explicitTag().orElseThrow());
  }

  @Test
  void aVerbatimTagWithACommaIsNotPartOfTheSpan() {
    YDocument document = Yaml.parse("a: !<tag:yaml.org,2002:str> value\nb: !<tag:x,y> [1]\n");
    assertEquals("value", slice(document, Yaml.at(document, "a")));
    assertEquals("[1]", slice(document, Yaml.at(document, "b")));
    assertEquals("tag:yaml.org,2002:str", Yaml.at(document, "a").explicitTag().orElseThrow());
  }

  @Test
  void anAliasUsedAsAKeyReadsAsTheAnchoredKey() {
    YDocument document = Yaml.parse("x: &k start_period\nm:\n  *k : 10s\n");
    YEntry entry = ((YMapping) Yaml.at(document, "m")).entries().get(0);
    assertEquals("start_period", entry.keyText());
    assertEquals(true, entry.keyIsAlias());
    assertEquals(
        "10s",
        ((YScalar) Mappings.get((YMapping) Yaml.at(document, "m"), "start_period").orElseThrow())
            .value());
  }

  @Test
  void composeMergeTagsSayHowToMergeNotWhatAValueIs() {
    YDocument document =
        Yaml.parse("a: !override 5\nb: !reset null\nc: !override latest\nd: !reset {}\ne: 1\n");
    YMapping root = (YMapping) document.root().orElseThrow();
    assertEquals(YamlTags.INT, ((YScalar) Yaml.at(document, "a")).resolvedTag());
    assertEquals(YamlTags.STR, ((YScalar) Yaml.at(document, "c")).resolvedTag());
    assertEquals("!override", Yaml.at(document, "a").explicitTag().orElseThrow());
    assertEquals(java.util.Optional.empty(), Mappings.find(root, "b"), "a reset value is absent");
    assertEquals(java.util.Optional.empty(), Mappings.find(root, "d"));
    assertEquals(
        java.util.List.of("a", "c", "e"),
        Mappings.effectiveEntries(root).stream().map(found -> found.entry().keyText()).toList());
  }

  @Test
  void parseErrorsNeverQuoteTheFilesText() {
    assertEquals(
        "expected escape sequence of 8 hexadecimal numbers, but found something else (while"
            + " scanning a double-quoted scalar); fix the YAML syntax and run again",
        failure("p: \"C0rr3ct\\UHorseBatteryStaple\"\n").getMessage());
    assertEquals(
        "found an unknown escape character (while scanning a double-quoted scalar); fix the YAML"
            + " syntax and run again",
        failure("p: \"\\qsecret\"\n").getMessage());
    assertEquals(
        "expected '>', but found something else (while scanning a tag); fix the YAML syntax and"
            + " run again",
        failure("p: !<tag:x secret\n").getMessage());
    assertEquals(
        "expected <block end>, but found '<block mapping start>' (while parsing a block mapping);"
            + " fix the YAML syntax and run again",
        failure("a:\n  b: 1\n c: 2\n").getMessage());
  }

  @Test
  void blockCollectionsEndWithTheirLastChild() {
    String text =
        "svc:\n  image: x\n  ports:\n    - 80\n\n  # about db\n\ndb:\n  image: y   \n# end\n";
    YDocument document = Yaml.parse(text);
    assertEquals("image: x\n  ports:\n    - 80", slice(document, Yaml.at(document, "svc")));
    assertEquals("- 80", slice(document, Yaml.at(document, "svc.ports")));
    assertEquals("image: y", slice(document, Yaml.at(document, "db")));
    assertEquals(text.indexOf("y   ") + 1, document.root().orElseThrow().span().end());
  }

  @Test
  void blockScalarSpans() {
    YDocument document =
        Yaml.parse("a: |\n  one\n  two\n\n\nb: >-\n  x\n\nc: |+\n  kept\n\n\nd: 1\n");
    assertEquals("|\n  one\n  two", slice(document, Yaml.at(document, "a")));
    assertEquals(">-\n  x", slice(document, Yaml.at(document, "b")));
    assertEquals("|+\n  kept\n\n\n", slice(document, Yaml.at(document, "c")));
    assertEquals("kept\n\n\n", ((YScalar) Yaml.at(document, "c")).value());
  }

  @Test
  void emptyValuesSitAfterTheirColon() {
    String text = "a:\nb:   # note\n# comment\nc: 1\nd: &anchor\ne:";
    YDocument document = Yaml.parse(text);
    assertEquals(2, Yaml.at(document, "a").span().start());
    assertEquals(text.indexOf("b:") + 2, Yaml.at(document, "b").span().start());
    assertTrue(Yaml.at(document, "b").span().isEmpty());
    assertEquals(text.indexOf("&anchor") + 7, Yaml.at(document, "d").span().start());
    assertEquals(text.length(), Yaml.at(document, "e").span().start());
  }

  @Test
  void aliasesKeepTheirOwnPosition() {
    String text = "x: &hc {test: t}\na: *hc\nb:\n  <<: *hc\n";
    YDocument document = Yaml.parse(text);
    YMapping root = (YMapping) document.root().orElseThrow();
    YAlias alias = (YAlias) root.entries().get(1).value();
    assertEquals("*hc", slice(document, alias));
    assertEquals(text.indexOf("*hc"), alias.span().start());
    assertEquals(Yaml.at(document, "x"), alias.target());
    assertEquals(2, document.aliases().size());
    assertEquals(2, document.aliasCount(alias.target()));
    assertTrue(((YMapping) Yaml.at(document, "b")).entries().get(0).isMergeKey());
  }

  @Test
  void flowStyleAndFlowContext() {
    YDocument document = Yaml.parse("a: {k: [x, 'y'], e: {}}\n");
    YMapping flow = (YMapping) Yaml.at(document, "a");
    assertTrue(flow.isFlow());
    assertEquals("{k: [x, 'y'], e: {}}", slice(document, flow));
    YScalar quoted = (YScalar) ((YSequence) Yaml.at(document, "a.k")).items().get(1);
    assertEquals(ScalarStyle.SINGLE_QUOTED, quoted.style());
    assertEquals("'y'", slice(document, quoted));
    assertTrue(quoted.inFlow());
    assertFalse(
        ((YScalar) ((YMapping) document.root().orElseThrow()).entries().get(0).key()).inFlow());
  }

  @Test
  void collectsComments() {
    YDocument document = Yaml.parse("# head\na: 1 # inline\n# tail\n");
    assertEquals(
        List.of(" head", " inline", " tail"),
        document.comments().stream().map(YComment::text).toList());
    assertEquals("# inline", document.source().slice(document.comments().get(1).span()));
  }

  @Test
  void marksCountCodePointsBeforeEmoji() {
    String text = "a: \"\uD83D\uDE00\"\nb: x\n";
    YDocument document = Yaml.parse(text);
    assertEquals("x", slice(document, Yaml.at(document, "b")));
  }

  @Test
  void emptyAndCommentOnlyDocumentsHaveNoRoot() {
    assertTrue(Yaml.parse("").root().isEmpty());
    assertTrue(Yaml.parse("# only a comment\n\n").root().isEmpty());
  }

  @Test
  void rejectsTabIndentation() {
    InvalidYamlException e = failure("services:\n\tweb:\n    image: x\n");
    assertEquals(
        "tab character where YAML expects indentation; indent with spaces only", e.getMessage());
    assertEquals(
        new Position(2, 1),
        SourceText.of("services:\n\tweb:\n    image: x\n").positionOf(e.offset()));
  }

  @Test
  void rejectsDuplicateKeys() {
    String text = "services:\n  web:\n    image: a\n    image: b\n";
    InvalidYamlException e = failure(text);
    assertEquals(
        "duplicate key 'image' (first defined at line 3); remove or rename one of them",
        e.getMessage());
    assertEquals(new Position(4, 5), SourceText.of(text).positionOf(e.offset()));
  }

  @Test
  void rejectsTheFirstDuplicateInFewAndInManyKeys() {
    // Up to 12 keys are compared pairwise, more through a map: both find the same duplicate.
    for (int keys : new int[] {3, 12, 13, 40}) {
      StringBuilder text = new StringBuilder("x: 0\n");
      for (int i = 1; i < keys; i++) {
        text.append("k").append(i).append(": ").append(i).append('\n');
      }
      text.append("k2: again\nk1: again\n");
      InvalidYamlException e = failure(text.toString());
      assertEquals(
          "duplicate key 'k2' (first defined at line 3); remove or rename one of them",
          e.getMessage(),
          keys + " keys");
      assertEquals(
          new Position(keys + 1, 1),
          SourceText.of(text.toString()).positionOf(e.offset()),
          keys + " keys");
    }
  }

  @Test
  void keysOfOneTextAndDifferentTagsAreNotDuplicates() throws InvalidYamlException {
    for (int keys : new int[] {2, 20}) {
      StringBuilder text = new StringBuilder("1: int\n\"1\": str\n");
      for (int i = 2; i < keys; i++) {
        text.append("k").append(i).append(": x\n");
      }
      YDocument document = new YamlParser().parse(SourceText.of(text.toString()));
      assertEquals(keys, ((YMapping) document.root().orElseThrow()).entries().size());
    }
  }

  @Test
  void aKeyWrittenAsAnAliasCountsForDuplicates() {
    String text = "x: &k image\nweb:\n  image: a\n  *k : b\n";
    assertEquals(
        "duplicate key 'image' (first defined at line 3); remove or rename one of them",
        failure(text).getMessage());
  }

  @Test
  void rejectsASecondDocument() {
    assertEquals(new Position(2, 1), failurePosition("a: 1\n---\nb: 2\n"));
    assertEquals(
        "a second YAML document starts here; a Compose file holds exactly one document",
        failure("---\na: 1\n---\nb: 2\n").getMessage());
  }

  @Test
  void rejectsUndefinedAndRecursiveAliases() {
    assertEquals(
        "alias *nope refers to no anchor defined before it", failure("a: *nope\n").getMessage());
    assertEquals(
        "alias *r refers to the node that contains it (a recursive alias)",
        failure("a: &r [1, *r]\n").getMessage());
  }

  @Test
  void anErrorOfTheTreeBeforeASyntaxErrorIsTheOneReported() {
    // The parser reads events ahead of the tree in batches; what it finds wrong later in the file
    // must wait until the events before it are built.
    String undefined = "alias *nope refers to no anchor defined before it";
    assertFailure("a: *nope\nb: c: d\n", undefined, new Position(1, 4));
    String many = manyEntries(700);
    assertFailure(many + "a: *nope\nb: c: d\n", undefined, new Position(701, 4));
    assertFailure(
        many + "b: c: d\na: *nope\n",
        "mapping values are not allowed here; fix the YAML syntax and run again",
        new Position(701, 5));
  }

  @Test
  void errorsFoundReadingAheadPointWhereTheyAre() {
    String many = manyEntries(1500);
    assertFailure(
        many + "a: \u0001\n",
        "character U+0001 is not allowed in YAML; is this a binary file?",
        new Position(1501, 4));
    assertFailure(
        many + "---\nb: 2\n",
        "a second YAML document starts here; a Compose file holds exactly one document",
        new Position(1501, 1));
  }

  private static void assertFailure(String text, String message, Position position) {
    InvalidYamlException e = failure(text);
    assertEquals(message, e.getMessage());
    assertEquals(position, SourceText.of(text).positionOf(e.offset()));
  }

  @Test
  void aFileOfManyBatchesOfEventsKeepsEveryNodeInPlace() throws InvalidYamlException {
    String many = manyEntries(1500);
    YDocument document = Yaml.parse(many);
    List<YEntry> entries = ((YMapping) document.root().orElseThrow()).entries();
    assertEquals(1500, entries.size());
    SourceText source = SourceText.of(many);
    for (int i = 0; i < entries.size(); i++) {
      YEntry entry = entries.get(i);
      assertEquals("key" + i, ((YScalar) entry.key()).value());
      assertEquals("value " + i, ((YScalar) entry.value()).value());
      assertEquals(new Position(i + 1, 1), source.positionOf(entry.key().span().start()));
      assertEquals(
          new Position(i + 1, 12 + String.valueOf(i).length() * 2),
          source.positionOf(entry.value().span().end()));
    }
  }

  /** Lines {@code key0: value 0} to {@code keyN-1: value N-1}, three events each. */
  private static String manyEntries(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append("key").append(i).append(": value ").append(i).append('\n');
    }
    return text.toString();
  }

  @Test
  void rejectsNonScalarKeys() {
    assertEquals(
        "a mapping key must be a plain value, not a sequence",
        failure("? [a, b]\n: 1\n").getMessage());
  }

  @Test
  void rejectsAnAliasBombQuickly() {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    char previous = 'a';
    for (char name = 'b'; name <= 'j'; name++) {
      bomb.append(name).append(": &").append(name).append(" [");
      for (int i = 0; i < 10; i++) {
        bomb.append(i == 0 ? "" : ", ").append('*').append(previous);
      }
      bomb.append("]\n");
      previous = name;
    }
    InvalidYamlException e = failure(bomb.toString());
    assertEquals(
        "aliases here expand to more than 2000000 nodes (an alias bomb?); raise the limit with"
            + " --max-expanded-nodes if the file is genuine",
        e.getMessage());
    // g's list is the first to pass the limit: 11,111,111 nodes, where f's has 1,111,111.
    assertEquals(new Position(7, 7), SourceText.of(bomb.toString()).positionOf(e.offset()));
  }

  @Test
  void rejectsDeepNesting() {
    String deep = "a: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
    assertEquals(
        "nesting deeper than 200 levels; raise the limit with --max-depth if the file is genuine",
        failure(deep).getMessage());
  }

  @Test
  void aBlankLineLongerThanTheBlockIndentationBelongsToTheBlock() {
    String text = "a: |\n  x\n\n   \n  \nb: 1\n";
    YDocument document = Yaml.parse(text);
    YScalar block = (YScalar) Yaml.at(document, "a");
    assertEquals("x\n\n \n", block.value());
    assertEquals("|\n  x\n\n   ", slice(document, block));
  }

  @Test
  void blankLinesWithinTheBlockIndentationTrailOff() {
    String text = "a: >-\n    folded\n    text\n\n    \n  \nb: 1\n";
    YDocument document = Yaml.parse(text);
    YScalar block = (YScalar) Yaml.at(document, "a");
    assertEquals("folded text", block.value());
    assertEquals(">-\n    folded\n    text", slice(document, block));
  }

  @Test
  void aRunOfCommentOrBlankLinesUpToTheLimitParses() {
    String text =
        "a: 1\n"
            + "# c\n".repeat(500)
            + "\n".repeat(250)
            + "  # indented\n".repeat(249)
            + "\t\n"
            + "b: 2\n";
    org.junit.jupiter.api.Assertions.assertDoesNotThrow(
        () -> new YamlParser().parse(SourceText.of(text)));
  }

  @Test
  void aLongerRunIsRefusedAtItsFirstLineTooMany() {
    String text = "a: 1\n" + "# c\n".repeat(500) + "\r\n".repeat(501) + "b: 2\n";
    assertEquals(
        "more than 1000 comment or blank lines in a row; raise the limit with --max-comment-lines"
            + " if the file is genuine",
        failure(text).getMessage());
    assertEquals(new Position(1002, 1), failurePosition(text));
  }

  @Test
  void contentBetweenRunsStartsTheCountAgain() {
    String text =
        "a: 1\n"
            + "# c\n".repeat(1000)
            + "b: 2  # not a comment line\n"
            + "# c\n".repeat(1000)
            + "c: 3\n";
    org.junit.jupiter.api.Assertions.assertDoesNotThrow(
        () -> new YamlParser().parse(SourceText.of(text)));
  }

  @Test
  void aParserThatRunsOutOfStackIsAnInvalidFileNotACrash() throws InterruptedException {
    // No file overflows a given stack every time: the parser's frames shrink once the JIT compiles
    // it, which made a fixed file on a small stack pass or fail by what ran before it. So the
    // parse starts ever deeper in a small stack, a few frames at a time, until the stack runs out
    // inside the parser; that parse must be refused with the message, and no depth may end any
    // other way than a parsed file or an overflow before the parser began.
    String text = "services:\n" + "# c\n".repeat(1000) + "  web: {}\n";
    for (int depth = 0; ; depth += 2) {
      StackOutcome outcome = parseBelow(depth, text);
      assertTrue(outcome.parseBegan, "the stack ran out before any parse ran out of it");
      if (outcome.thrown instanceof InvalidYamlException) {
        assertEquals(
            "the YAML parser ran out of stack space on this file; check it for very deep nesting"
                + " or very long runs of comments",
            outcome.thrown.getMessage());
        return;
      }
      if (outcome.thrown != null && !(outcome.thrown instanceof StackOverflowError)) {
        throw new AssertionError("depth " + depth + " ended in " + outcome.thrown, outcome.thrown);
      }
    }
  }

  /** How one parse begun {@code depth} frames down a 256 kB stack ended. */
  private static StackOutcome parseBelow(int depth, String text) throws InterruptedException {
    StackOutcome outcome = new StackOutcome();
    Thread small =
        new Thread(
            null,
            () -> {
              try {
                descend(depth, outcome, text);
              } catch (Throwable e) {
                outcome.thrown = e;
              }
            },
            "small-stack",
            256 * 1024);
    small.start();
    small.join();
    return outcome;
  }

  private static void descend(int depth, StackOutcome outcome, String text)
      throws InvalidYamlException {
    if (depth > 0) {
      descend(depth - 1, outcome, text);
      return;
    }
    outcome.parseBegan = true;
    new YamlParser().parse(SourceText.of(text));
  }

  private static final class StackOutcome {
    volatile boolean parseBegan;
    volatile Throwable thrown;
  }

  @Test
  void limitsCanOnlyBeRaised() {
    assertThrows(IllegalArgumentException.class, () -> new ParserLimits(1000, 200, 2_000_000));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ParserLimits(ParserLimits.DEFAULT_MAX_CODE_POINTS, 5000, 2_000_000));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ParserLimits(ParserLimits.DEFAULT_MAX_CODE_POINTS, 200, 2_000_000, 999));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ParserLimits(ParserLimits.DEFAULT_MAX_CODE_POINTS, 200, 2_000_000, 2001));
    String deep = "a: " + "[".repeat(300) + "]".repeat(300) + "\n";
    ParserLimits raised =
        new ParserLimits(
            ParserLimits.DEFAULT_MAX_CODE_POINTS, 400, ParserLimits.DEFAULT_MAX_EXPANDED_NODES);
    org.junit.jupiter.api.Assertions.assertDoesNotThrow(
        () -> new YamlParser(raised).parse(SourceText.of(deep)));
  }

  @Test
  void rejectsControlCharacters() {
    InvalidYamlException e = failure("a: \u0001\n");
    assertEquals("character U+0001 is not allowed in YAML; is this a binary file?", e.getMessage());
  }

  @Test
  void syntaxErrorsAreOneLineWithoutSourceSnippets() {
    InvalidYamlException e = failure("a: b: c\n");
    assertFalse(e.getMessage().contains("\n"));
    assertEquals(
        "mapping values are not allowed here; fix the YAML syntax and run again", e.getMessage());
  }

  @Test
  void acceptsAFileOfExactlyTheCharacterLimitAndRefusesOneMore() {
    // Lines of 1 KiB: one very long line would take the parser minutes to read.
    // A key now and then keeps the runs of comment lines under their own limit.
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < ParserLimits.DEFAULT_MAX_CODE_POINTS / 1024 - 1; i++) {
      lines.append(
          i % 500 == 499
              ? String.format("k%05d: %s\n", i, "x".repeat(1015))
              : "#" + "x".repeat(1022) + "\n");
    }
    // The parser checks its own limit only where it reads a token, so the file ends with one.
    String atLimit = lines + "image: " + "x".repeat(1016) + "\n";
    assertEquals(ParserLimits.DEFAULT_MAX_CODE_POINTS, atLimit.length());
    assertEquals("x".repeat(1016), ((YScalar) Yaml.at(Yaml.parse(atLimit), "image")).value());
    assertEquals(
        "file too large: 16777217 characters, the limit is 16777216; raise it with --max-file-size"
            + " if the file is genuine",
        failure(atLimit + "\n").getMessage());
  }

  @Test
  void aNonSpecificTagIsNoExplicitTag() {
    YDocument document = Yaml.parse("port: ! 12\nhc: ! {k: 1}\n");
    YScalar port = (YScalar) Yaml.at(document, "port");
    assertEquals(Optional.empty(), port.explicitTag());
    assertEquals(YamlTags.STR, port.resolvedTag());
    assertEquals(Optional.empty(), Yaml.at(document, "hc").explicitTag());
  }

  @Test
  void anAnchoredScalarSpanStartsAtItsText() {
    String text = "image: &img redis\n";
    YDocument document = Yaml.parse(text);
    assertEquals("redis", slice(document, Yaml.at(document, "image")));
    assertEquals(text.indexOf('&'), Yaml.at(document, "image").declarationStart());
  }

  @Test
  void aliasesAndCollectionsKnowWhetherTheyStandInAFlow() {
    YDocument document =
        Yaml.parse("x: &p 80\nports: [*p]\nport: *p\nhc: {test: [CMD]}\nafter: {k: v}\nb: x\n");
    YMapping root = (YMapping) document.root().orElseThrow();
    assertEquals(List.of(true, false), document.aliases().stream().map(YNode::inFlow).toList());
    assertFalse(Yaml.at(document, "hc").inFlow());
    assertTrue(Yaml.at(document, "hc.test").inFlow());
    assertFalse(root.entries().get(5).value().inFlow());
  }

  @Test
  void emptyValuesSitAfterAColonWrittenAfterSpaces() {
    String text = "a :  # note\nb: 1\n";
    assertEquals(TextRange.empty(text.indexOf(':') + 1), Yaml.at(Yaml.parse(text), "a").span());
  }

  @Test
  void anExplicitKeyWithoutAColonHasAnEmptyValueWhereItEnds() {
    String text = "x: 1\n? a";
    YEntry entry = ((YMapping) Yaml.parse(text).root().orElseThrow()).entries().get(1);
    assertTrue(((YScalar) entry.value()).isEmptyPlain());
    assertEquals(TextRange.empty(text.length()), entry.value().span());
  }

  @Test
  void propertiesAtTheEndOfTheFileEndAnEmptyValue() {
    assertEquals(TextRange.empty(5), Yaml.at(Yaml.parse("b: &x"), "b").span());
    assertEquals(TextRange.empty(5), Yaml.at(Yaml.parse("b: &x # note"), "b").span());
    assertEquals(TextRange.empty(8), Yaml.at(Yaml.parse("b: !!str"), "b").span());
  }

  @Test
  void aCommentAfterPropertiesIsNotPartOfTheSpan() {
    YDocument document = Yaml.parse("b: &m # shared\n  k: 1\n");
    assertEquals("k: 1", slice(document, Yaml.at(document, "b")));
  }

  @Test
  void anAnchorInAFlowEndsAtAComma() {
    String text = "a: [&x, b]\nc: *x\n";
    YDocument document = Yaml.parse(text);
    assertEquals(
        TextRange.empty(text.indexOf(',')),
        ((YSequence) Yaml.at(document, "a")).items().get(0).span());
  }

  @Test
  void emptyBlockScalarsEndWithTheirHeader() {
    YDocument document = Yaml.parse("a: |\n\n\nb: >-  \n\n# c\nc: |");
    assertEquals("|", slice(document, Yaml.at(document, "a")));
    assertEquals(">-  ", slice(document, Yaml.at(document, "b")));
    assertEquals("|", slice(document, Yaml.at(document, "c")));
  }

  @Test
  void documentsKeepTheLimitsTheyWereParsedWith() throws InvalidYamlException {
    ParserLimits raised =
        new ParserLimits(
            ParserLimits.DEFAULT_MAX_CODE_POINTS, 400, ParserLimits.DEFAULT_MAX_EXPANDED_NODES);
    assertEquals(raised, new YamlParser(raised).parse(SourceText.of("a: 1\n")).limits());
  }
}
