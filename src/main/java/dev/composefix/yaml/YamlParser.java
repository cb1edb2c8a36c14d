package dev.composefix.yaml;

import dev.composefix.text.SourceText;
import dev.composefix.text.TextRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.CommentEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Parses YAML into a {@link YDocument} with exact source spans.
 *
 * <p>The tree is composed here from snakeyaml-engine's event stream rather than by its Composer:
 * the Composer resolves every alias to the anchor's node (losing the alias's position) and flattens
 * merge keys into the mapping (losing the {@code <<} entry), and an editor needs both. Marks count
 * code points; they are turned into UTF-16 offsets here and nowhere else.
 */
public final class YamlParser {

  private static final ScalarResolver RESOLVER = new CoreScalarResolver(true);

  /**
   * The first characters of a plain scalar that the core schema can read as other than a string:
   * booleans (t, f, T, F), numbers (sign, digit, dot, for .inf and .nan), nulls (n, N, ~, and a
   * lone space) and the merge key {@code <<}. Any other text is a string, and most of a Compose
   * file's texts are: asking the resolver would try its regular expressions in vain, most of all on
   * a cold start, where they run interpreted. {@code $} is not here: its environment-variable tag
   * is read as str.
   */
  private static final String CORE_SCHEMA_FIRSTS = "tfTF-+0123456789.nN~ <";

  /** Mappings of up to this many keys are checked for duplicates pairwise. */
  private static final int FEW_KEYS = 12;

  /** Files up to this many characters are read whole. */
  private static final int SMALL_TEXT = 64 * 1024;

  /**
   * Events read ahead before their nodes are built: a few services' worth. From 128 to 1,024 the
   * time of a warm check is the same; reading the whole file first held every event at once, and
   * made the parse slower than the gain.
   */
  private static final int EVENT_BATCH = 512;

  /** Texts up to this length are shared within a document; longer ones rarely repeat. */
  private static final int SHARED_TEXT_LIMIT = 64;

  private final ParserLimits limits;
  private final String documentKind;

  public YamlParser() {
    this(ParserLimits.DEFAULTS);
  }

  public YamlParser(ParserLimits limits) {
    this(limits, "a Compose file");
  }

  /**
   * @param documentKind what messages call the file, such as "a Compose file"
   */
  public YamlParser(ParserLimits limits, String documentKind) {
    this.limits = limits;
    this.documentKind = documentKind;
  }

  /**
   * The tag a plain scalar resolves to under the YAML 1.2 core schema. A {@code ${VAR}} value is a
   * string to Compose, so the resolver's environment-variable tag is read as str.
   */
  public static String resolvePlain(String value) {
    if (!value.isEmpty() && CORE_SCHEMA_FIRSTS.indexOf(value.charAt(0)) < 0) {
      return YamlTags.STR;
    }
    String tag = RESOLVER.resolve(value, true).getValue();
    return tag.startsWith("!") ? YamlTags.STR : tag;
  }

  public YDocument parse(SourceText source) throws InvalidYamlException {
    // A text has no more code points than chars: only a long one is counted (a loop over every
    // char, interpreted on a cold start).
    int codePoints =
        source.length() > limits.maxCodePoints()
            ? source.text().codePointCount(0, source.length())
            : source.length();
    if (codePoints > limits.maxCodePoints()) {
      throw new InvalidYamlException(
          0,
          "file too large: "
              + codePoints
              + " characters, the limit is "
              + limits.maxCodePoints()
              + "; raise it with --max-file-size if the file is genuine");
    }
    requireShortCommentRuns(source);
    LoadSettings settings =
        LoadSettings.builder()
            .setParseComments(true)
            .setUseMarks(true)
            .setAllowDuplicateKeys(true)
            .setCodePointLimit(limits.maxCodePoints() + 1)
            // The reader reads the text in chunks of this size into a window of code points,
            // copying the window's unread part each time. A small chunk made a long line cost time
            // with the square of its length; a chunk as large as the text kept two copies of it
            // (4 and 2 bytes a character) alive for the whole parse, which young collections of
            // a large file copied again and again. Sixteen chunks at most keep the copying linear
            // (at most sixteen times the longest token) and the window a sixteenth of the text.
            .setBufferSize(readChunk(source.length()))
            .build();
    Builder builder = new Builder(source);
    try {
      build(new ParserImpl(settings, new StreamReader(settings, source.text())), builder);
    } catch (MarkedYamlEngineException e) {
      throw new InvalidYamlException(
          offsetOf(source, e.getProblemMark().or(e::getContextMark)), SyntaxMessages.describe(e));
    } catch (ReaderException e) {
      throw new InvalidYamlException(
          source.offsetOfCodePoint(e.getPosition()),
          String.format(
              "character U+%04X is not allowed in YAML; is this a binary file?", e.getCodePoint()));
    } catch (YamlEngineException e) {
      throw new InvalidYamlException(0, SyntaxMessages.describe(e));
    } catch (StackOverflowError e) {
      // The limits keep every known way into the parser's recursion short; should one be missed,
      // the file is refused like any other the parser cannot read, and the run goes on.
      throw new InvalidYamlException(
          0,
          "the YAML parser ran out of stack space on this file;"
              + " check it for very deep nesting or very long runs of comments");
    }
    return new YDocument(
        source,
        builder.root,
        builder.comments,
        builder.aliases,
        builder.nodes,
        builder.indentVotes.style(),
        builder.dollarValues,
        limits);
  }

  /**
   * Hands the parser's events to the builder a batch at a time, in order. Between two events the
   * parser allocates tokens, marks and the event itself, several times the size of the node the
   * builder makes of it; building one event at a time scattered a service's nodes over that
   * garbage, and every rule that walked the document later touched several times the memory. A
   * batch's nodes are made together, so a service's nodes sit side by side: a warm check of 3,000
   * services took 0.88x the time. An error of the parser is raised once the events before it are
   * built, so that an error the builder finds earlier in the file is still the one reported.
   */
  private static void build(ParserImpl parser, Builder builder) throws InvalidYamlException {
    Event[] batch = new Event[EVENT_BATCH];
    boolean more = true;
    while (more) {
      int count = 0;
      YamlEngineException parserError = null;
      StackOverflowError parserOverflow = null;
      try {
        while (count < batch.length && (more = parser.hasNext())) {
          batch[count++] = parser.next();
        }
      } catch (YamlEngineException e) {
        parserError = e;
      } catch (StackOverflowError e) {
        parserOverflow = e;
      }
      for (int i = 0; i < count; i++) {
        builder.accept(batch[i]);
        batch[i] = null;
      }
      if (parserError != null) {
        throw parserError;
      }
      if (parserOverflow != null) {
        throw parserOverflow;
      }
    }
  }

  /** Whole files up to this size, and a sixteenth of a larger one, are read at a time. */
  static int readChunk(int length) {
    return Math.max(Math.min(length + 1, SMALL_TEXT), length / 16 + 1);
  }

  /** Refuses a run of comment or blank lines longer than the limit, at its first line too many. */
  private void requireShortCommentRuns(SourceText source) throws InvalidYamlException {
    String text = source.text();
    int run = 0;
    for (int line = 0; line < source.lineCount(); line++) {
      int i = source.lineStart(line);
      int end = source.lineContentEnd(line);
      while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      if (i < end && text.charAt(i) != '#') {
        run = 0;
      } else if (++run > limits.maxCommentLines()) {
        throw new InvalidYamlException(
            source.lineStart(line),
            "more than "
                + limits.maxCommentLines()
                + " comment or blank lines in a row; raise the limit with --max-comment-lines if"
                + " the file is genuine");
      }
    }
  }

  private static int offsetOf(SourceText source, Optional<Mark> mark) {
    return mark.isPresent() ? source.offsetOfCodePoint(mark.get().getIndex()) : 0;
  }

  /** Turns the event stream into nodes, one event at a time, without recursion. */
  private final class Builder {

    private final SourceText source;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Map<String, YNode> anchors = new HashMap<>();
    private final Set<YNode> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<YComment> comments = new ArrayList<>();
    private final List<YAlias> aliases = new ArrayList<>();
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, String> plainTags = new HashMap<>();
    private final IndentVotes indentVotes;
    private final List<YScalar> dollarValues = new ArrayList<>();
    private int documents;
    private int flowDepth;
    private int nodes;
    private YNode root;

    Builder(SourceText source) {
      this.source = source;
      this.indentVotes = new IndentVotes(source);
    }

    void accept(Event event) throws InvalidYamlException {
      switch (event.getEventId()) {
        case DocumentStart -> {
          if (++documents > 1) {
            throw new InvalidYamlException(
                start(event),
                "a second YAML document starts here; "
                    + documentKind
                    + " holds exactly one document");
          }
        }
        case Comment -> comment((CommentEvent) event);
        case Scalar -> attach(scalar((ScalarEvent) event));
        case Alias -> attach(alias((AliasEvent) event));
        case MappingStart, SequenceStart -> openCollection((CollectionStartEvent) event);
        case MappingEnd, SequenceEnd -> closeCollection(event);
        default -> {
          // Stream and document boundaries carry nothing the tree needs.
        }
      }
    }

    private void comment(CommentEvent event) {
      if (event.getCommentType() != CommentType.BLANK_LINE) {
        comments.add(new YComment(new TextRange(start(event), end(event)), event.getValue()));
      }
    }

    private YScalar scalar(ScalarEvent event) {
      String anchor = anchorOf(event);
      String tag = tagOf(event.getTag());
      ScalarStyle style = style(event);
      String resolved;
      boolean mergeTag = YamlTags.isComposeMergeTag(tag);
      if (tag != null && !mergeTag) {
        resolved = tag;
      } else if (style == ScalarStyle.PLAIN && (event.getTag().isEmpty() || mergeTag)) {
        resolved = plainTag(event.getValue());
      } else {
        resolved = YamlTags.STR;
      }
      boolean hasProperties = anchor != null || event.getTag().isPresent();
      int start;
      int end;
      if (style == ScalarStyle.PLAIN && event.getValue().isEmpty()) {
        // An empty value has no text; the parser marks it at the next token, possibly lines below.
        start = hasProperties ? propertiesEnd(start(event)) : start(event);
        end = start;
      } else {
        start = contentStart(start(event), hasProperties);
        end = Math.max(start, end(event));
      }
      if (style.isBlock()) {
        end = blockScalarEnd(start, end);
      }
      YScalar scalar =
          new YScalar(
              shared(event.getValue()),
              style,
              new TextRange(start, end),
              new Declaration(anchor, tag, start(event), flowDepth > 0),
              resolved);
      if (anchor != null) {
        anchors.put(anchor, scalar);
      }
      return scalar;
    }

    /**
     * One string per distinct short text of the file. A Compose file repeats its keys (image,
     * environment, healthcheck) and many values (30s, unless-stopped) in every service; sharing
     * them makes a large document a third smaller, and the key comparisons of look-ups stay within
     * a few strings.
     */
    private String shared(String text) {
      if (text.length() > SHARED_TEXT_LIMIT) {
        return text;
      }
      String known = texts.putIfAbsent(text, text);
      return known != null ? known : text;
    }

    /** {@link #resolvePlain}, once per distinct plain text of the file. */
    private String plainTag(String text) {
      String tag = plainTags.get(text);
      if (tag == null) {
        tag = resolvePlain(text);
        if (text.length() <= SHARED_TEXT_LIMIT) {
          plainTags.put(text, tag);
        }
      }
      return tag;
    }

    private YAlias alias(AliasEvent event) throws InvalidYamlException {
      String name = event.getAlias().getValue();
      YNode target = anchors.get(name);
      if (target == null) {
        throw new InvalidYamlException(
            start(event), "alias *" + name + " refers to no anchor defined before it");
      }
      if (open.contains(target)) {
        throw new InvalidYamlException(
            start(event),
            "alias *" + name + " refers to the node that contains it (a recursive alias)");
      }
      YAlias alias =
          new YAlias(name, target, new TextRange(start(event), end(event)), flowDepth > 0);
      aliases.add(alias);
      return alias;
    }

    private void openCollection(CollectionStartEvent event) throws InvalidYamlException {
      if (stack.size() >= limits.maxDepth()) {
        throw new InvalidYamlException(
            start(event),
            "nesting deeper than "
                + limits.maxDepth()
                + " levels; raise the limit with --max-depth if the file is genuine");
      }
      String anchor = anchorOf(event);
      String tag = tagOf(event.getTag());
      int start = contentStart(start(event), anchor != null || event.getTag().isPresent());
      Declaration declaration = new Declaration(anchor, tag, start(event), flowDepth > 0);
      YNode node =
          event.getEventId() == Event.ID.MappingStart
              ? new YMapping(start, event.isFlow(), declaration)
              : new YSequence(start, event.isFlow(), declaration);
      attach(node);
      if (anchor != null) {
        anchors.put(anchor, node);
      }
      open.add(node);
      if (event.isFlow()) {
        flowDepth++;
      }
      stack.push(new Frame(node));
    }

    private void closeCollection(Event event) throws InvalidYamlException {
      YCollection<?> node = (YCollection<?>) stack.pop().node;
      open.remove(node);
      if (node instanceof YMapping mapping) {
        checkKeys(mapping);
        mapping.close(mapping.isFlow() ? end(event) : blockEnd(mapping));
        if (mapping.isFlow()) {
          flowDepth--;
        }
      } else {
        YSequence sequence = (YSequence) node;
        sequence.close(sequence.isFlow() ? end(event) : blockEnd(sequence));
        if (sequence.isFlow()) {
          flowDepth--;
        }
      }
      Expansion.measure(node, limits);
      if (!node.isFlow()) {
        indentVotes.count(node);
      }
    }

    private void attach(YNode node) {
      nodes++;
      if (stack.isEmpty()) {
        root = node;
        noteDollar(node);
        return;
      }
      Frame frame = stack.peek();
      if (frame.node instanceof YSequence sequence) {
        sequence.add(node);
        noteDollar(node);
      } else if (frame.pendingKey == null) {
        frame.pendingKey = node;
      } else {
        YNode value = placeEmptyValue(frame.pendingKey, node);
        ((YMapping) frame.node).add(new YEntry(frame.pendingKey, value));
        frame.pendingKey = null;
        noteDollar(value);
      }
    }

    /** Lists a value whose text holds a {@code $}, while its text is at hand. */
    private void noteDollar(YNode value) {
      if (value instanceof YScalar scalar && scalar.value().indexOf('$') >= 0) {
        dollarValues.add(scalar);
      }
    }

    /** Puts an empty value ({@code key:}) right after its colon, where a value would be written. */
    private YNode placeEmptyValue(YNode key, YNode value) {
      if (!(value instanceof YScalar scalar)
          || !scalar.isEmptyPlain()
          || scalar.anchor().isPresent()) {
        return value;
      }
      String text = source.text();
      int i = key.span().end();
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
      if (i < text.length() && text.charAt(i) == ':' && i + 1 <= scalar.span().start()) {
        return scalar.withSpan(TextRange.empty(i + 1));
      }
      return value;
    }

    /** Refuses duplicate and non-scalar keys: Compose rejects both. */
    private void checkKeys(YMapping mapping) throws InvalidYamlException {
      List<YEntry> entries = mapping.entries();
      // Most mappings have a few keys: comparing them pairwise makes no strings and no map.
      Map<String, YNode> seen = entries.size() > FEW_KEYS ? new HashMap<>() : null;
      for (int i = 0; i < entries.size(); i++) {
        YEntry entry = entries.get(i);
        YScalar scalar = keyScalar(entry);
        YNode first;
        if (seen != null) {
          first = seen.putIfAbsent(scalar.resolvedTag() + "\u0000" + scalar.value(), entry.key());
        } else {
          first = earlierKey(entries, i, scalar);
        }
        if (first != null) {
          throw new InvalidYamlException(
              entry.key().span().start(),
              "duplicate key '"
                  + scalar.value()
                  + "' (first defined at line "
                  + source.positionOf(first.span().start()).line()
                  + "); remove or rename one of them");
        }
      }
    }

    private static YScalar keyScalar(YEntry entry) throws InvalidYamlException {
      YNode key = entry.key() instanceof YAlias alias ? alias.target() : entry.key();
      if (!(key instanceof YScalar scalar)) {
        throw new InvalidYamlException(
            entry.key().span().start(),
            "a mapping key must be a plain value, not a "
                + (key instanceof YMapping ? "mapping" : "sequence"));
      }
      return scalar;
    }

    /** The first key before entry {@code i} with the same value and tag, or null. */
    private static YNode earlierKey(List<YEntry> entries, int i, YScalar scalar) {
      for (int j = 0; j < i; j++) {
        YScalar other = (YScalar) Mappings.resolve(entries.get(j).key());
        if (other.value().equals(scalar.value())
            && other.resolvedTag().equals(scalar.resolvedTag())) {
          return entries.get(j).key();
        }
      }
      return null;
    }

    /** A block collection ends where its last child ends, not after the comments that follow. */
    private int blockEnd(YCollection<?> collection) {
      int end = collection.startOffset();
      if (collection instanceof YMapping mapping && !mapping.entries().isEmpty()) {
        YEntry last = mapping.entries().get(mapping.entries().size() - 1);
        end = Math.max(last.key().span().end(), last.value().span().end());
      } else if (collection instanceof YSequence sequence && !sequence.items().isEmpty()) {
        end = sequence.items().get(sequence.items().size() - 1).span().end();
      }
      return end;
    }

    private static String anchorOf(NodeEvent event) {
      Optional<Anchor> anchor = event.getAnchor();
      return anchor.isPresent() ? anchor.get().getValue() : null;
    }

    /** The tag written on a node; the non-specific {@code !} counts as none. */
    private static String tagOf(Optional<String> tag) {
      return tag.isPresent() && !"!".equals(tag.get()) ? tag.get() : null;
    }

    /**
     * Where a block scalar's content ends. Kept trailing line breaks ({@code |+}) belong to the
     * value; otherwise trailing blank lines do not, and the span stops after the last text line.
     */
    private int blockScalarEnd(int start, int end) {
      String text = source.text();
      int header = start;
      while (header < end && !SourceText.isBreakChar(text.charAt(header))) {
        header++;
      }
      if (text.substring(start, header).contains("+")) {
        return end;
      }
      int last = end;
      while (last > header && Character.isWhitespace(text.charAt(last - 1))) {
        last--;
      }
      int lastTextLine = source.lineIndexOf(last - 1);
      if (last == header) {
        // A block without a text line ends with its header's line.
        return source.lineContentEnd(lastTextLine);
      }
      // A blank line longer than the block's indentation still holds text (its extra spaces), so
      // the block reaches to the last such line; only lines within the indentation trail off.
      int firstTextLine = source.lineIndexOf(header) + 1;
      while (text.substring(source.lineStart(firstTextLine), source.lineContentEnd(firstTextLine))
          .isBlank()) {
        firstTextLine++;
      }
      int indent = leadingSpaces(firstTextLine);
      int blockEnd = source.lineContentEnd(lastTextLine);
      for (int line = lastTextLine + 1;
          line < source.lineCount() && source.lineStart(line) < end;
          line++) {
        if (source.lineContentEnd(line) - source.lineStart(line) > indent) {
          blockEnd = source.lineContentEnd(line);
        }
      }
      return blockEnd;
    }

    private int leadingSpaces(int line) {
      int i = source.lineStart(line);
      while (i < source.lineContentEnd(line) && source.text().charAt(i) == ' ') {
        i++;
      }
      return i - source.lineStart(line);
    }

    /** Skips an anchor and a tag written before a node's content. */
    private int contentStart(int offset, boolean hasProperties) {
      return hasProperties
          ? YamlText.skipSpaceAndComments(
              source.text(), propertiesEnd(offset), source.text().length())
          : offset;
    }

    /** The offset just past the anchor and tag tokens that start at {@code offset}. */
    private int propertiesEnd(int offset) {
      String text = source.text();
      int i = offset;
      int afterLast = offset;
      while (i < text.length() && (text.charAt(i) == '&' || text.charAt(i) == '!')) {
        if (text.startsWith("!<", i)) {
          // A verbatim tag, !<tag:yaml.org,2002:str>, may hold commas and brackets.
          int close = text.indexOf('>', i);
          i = close < 0 ? i : close + 1;
        }
        while (i < text.length()
            && !Character.isWhitespace(text.charAt(i))
            && ",[]{}".indexOf(text.charAt(i)) < 0) {
          i++;
        }
        afterLast = i;
        i = YamlText.skipSpaceAndComments(text, i, text.length());
      }
      return afterLast;
    }

    private ScalarStyle style(ScalarEvent event) {
      return switch (event.getScalarStyle()) {
        case DOUBLE_QUOTED, JSON_SCALAR_STYLE -> ScalarStyle.DOUBLE_QUOTED;
        case SINGLE_QUOTED -> ScalarStyle.SINGLE_QUOTED;
        case LITERAL -> ScalarStyle.LITERAL;
        case FOLDED -> ScalarStyle.FOLDED;
        default -> ScalarStyle.PLAIN;
      };
    }

    private int start(Event event) {
      return offsetOf(source, event.getStartMark());
    }

    private int end(Event event) {
      return offsetOf(source, event.getEndMark());
    }
  }

  /** An open collection and, for a mapping, the key still waiting for its value. */
  private static final class Frame {
    final YNode node;
    YNode pendingKey;

    Frame(YNode node) {
      this.node = node;
    }
  }
}
