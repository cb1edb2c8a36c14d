package dev.composefix.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The text of one file as the editor sees it: decoded UTF-8 without its byte-order mark, plus what
 * is needed to give back the same bytes (the BOM) and to place edits (line starts, line breaks,
 * code point offsets).
 *
 * <p>All offsets are UTF-16 offsets into {@link #text()}. The YAML parser counts code points, so
 * {@link #offsetOfCodePoint(int)} converts its marks once, at the parser boundary.
 */
public final class SourceText {

  private static final char BOM = '\uFEFF';
  private static final char REPLACEMENT = '\uFFFD';
  private static final byte[] BOM_BYTES = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final String text;
  private final boolean bom;
  private final int[] lineStarts;
  private final LineBreak lineBreak;

  /** Code point index of every supplementary character, in order; empty for most files. */
  private final int[] supplementaryCodePoints;

  private SourceText(String text, boolean bom) {
    this.text = text;
    this.bom = bom;
    this.lineStarts = computeLineStarts(text);
    this.lineBreak = dominantLineBreak(text);
    this.supplementaryCodePoints = computeSupplementary(text);
  }

  /** Decodes a file's bytes, refusing anything that is not well-formed UTF-8. */
  public static SourceText decode(byte[] bytes) throws InvalidEncodingException {
    boolean bom =
        bytes.length >= 3
            && bytes[0] == BOM_BYTES[0]
            && bytes[1] == BOM_BYTES[1]
            && bytes[2] == BOM_BYTES[2];
    int offset = bom ? 3 : 0;
    // The lenient String decoder is much cheaper on a cold start than a CharsetDecoder, and gives
    // the same text for well-formed input. It writes U+FFFD for what it cannot read, so only a
    // text holding one goes through the strict decoder, which finds the bad byte or takes a
    // U+FFFD written in the file.
    String lenient = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    if (lenient.indexOf(REPLACEMENT) < 0) {
      return new SourceText(lenient, bom);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length - offset);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw invalidByte(bytes, in.position(), offset);
    }
    out.flip();
    return new SourceText(out.toString(), bom);
  }

  /** Wraps a string; a leading U+FEFF is taken as a byte-order mark. */
  public static SourceText of(String content) {
    if (!content.isEmpty() && content.charAt(0) == BOM) {
      return new SourceText(content.substring(1), true);
    }
    return new SourceText(content, false);
  }

  /** The same file with new content: the BOM is kept. */
  public SourceText withText(String newText) {
    return new SourceText(newText, bom);
  }

  public String text() {
    return text;
  }

  public boolean hasBom() {
    return bom;
  }

  /** The text as it appears in the file, BOM included. */
  public String textWithBom() {
    return bom ? BOM + text : text;
  }

  public byte[] encode() {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    if (!bom) {
      return body;
    }
    byte[] all = Arrays.copyOf(BOM_BYTES, BOM_BYTES.length + body.length);
    System.arraycopy(body, 0, all, BOM_BYTES.length, body.length);
    return all;
  }

  /** The style most lines end with; LF when the file has no line break. */
  LineBreak lineBreak() {
    return lineBreak;
  }

  public boolean endsWithNewline() {
    return !text.isEmpty() && isBreakChar(text.charAt(text.length() - 1));
  }

  public int length() {
    return text.length();
  }

  public char charAt(int offset) {
    return text.charAt(offset);
  }

  public String slice(TextRange range) {
    return text.substring(range.start(), range.end());
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** 0-based line index of an offset. */
  public int lineIndexOf(int offset) {
    int found = Arrays.binarySearch(lineStarts, offset);
    return found >= 0 ? found : -found - 2;
  }

  /** Offset of the first character of a 0-based line. */
  public int lineStart(int lineIndex) {
    return lineStarts[lineIndex];
  }

  /** Offset just past the last character of a 0-based line, before its line break. */
  public int lineContentEnd(int lineIndex) {
    int end = lineIndex + 1 < lineStarts.length ? lineStarts[lineIndex + 1] : text.length();
    while (end > lineStarts[lineIndex] && isBreakChar(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Offset of the next line's start, or the end of the text on the last line. */
  public int nextLineStart(int offset) {
    int line = lineIndexOf(offset);
    return line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
  }

  /** The break that ends a 0-based line, or the file's style when the line has none. */
  public LineBreak lineBreakOfLine(int lineIndex) {
    int end = lineContentEnd(lineIndex);
    if (end < text.length()
        && text.charAt(end) == '\r'
        && end + 1 < text.length()
        && text.charAt(end + 1) == '\n') {
      return LineBreak.CRLF;
    }
    if (end < text.length() && text.charAt(end) == '\n') {
      return LineBreak.LF;
    }
    if (end < text.length() && text.charAt(end) == '\r') {
      return LineBreak.CR;
    }
    return lineBreak;
  }

  boolean isLineStart(int offset) {
    return offset == 0
        || isBreakChar(text.charAt(offset - 1))
            && !(text.charAt(offset - 1) == '\r'
                && offset < text.length()
                && text.charAt(offset) == '\n');
  }

  /** The column of an offset as a count of UTF-16 units from the line start, for indentation. */
  public int indentColumn(int offset) {
    return offset - lineStarts[lineIndexOf(offset)];
  }

  public Position positionOf(int offset) {
    if (offset >= text.length() && endsWithNewline()) {
      // The end of a file that ends with a line break is the start of the line after it.
      return new Position(lineStarts.length + 1, 1);
    }
    int line = lineIndexOf(offset);
    int column = text.codePointCount(lineStarts[line], Math.min(offset, text.length())) + 1;
    return new Position(line + 1, column);
  }

  /** Converts a code point index, as YAML marks count, into a UTF-16 offset. */
  public int offsetOfCodePoint(int codePointIndex) {
    if (supplementaryCodePoints.length == 0) {
      return codePointIndex;
    }
    int found = Arrays.binarySearch(supplementaryCodePoints, codePointIndex);
    int before = found >= 0 ? found : -found - 1;
    return codePointIndex + before;
  }

  public static boolean isBreakChar(char c) {
    return c == '\n' || c == '\r';
  }

  private static int[] computeLineStarts(String text) {
    if (text.indexOf('\r') < 0) {
      return lineFeedStarts(text);
    }
    LineStarts starts = new LineStarts();
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean lineEnds = c == '\n' || c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n');
      if (lineEnds && i + 1 <= length) {
        starts.add(i + 1);
      }
    }
    return starts.toArray(length);
  }

  /**
   * {@link #computeLineStarts} of a text without carriage returns, the usual case: String's own
   * search finds each line feed, where a loop over charAt would run interpreted on a cold start.
   */
  private static int[] lineFeedStarts(String text) {
    LineStarts starts = new LineStarts();
    for (int lf = text.indexOf('\n'); lf >= 0; lf = text.indexOf('\n', lf + 1)) {
      starts.add(lf + 1);
    }
    return starts.toArray(text.length());
  }

  /** The offsets where a text's lines start, collected in order; the first line's 0 is given. */
  private static final class LineStarts {
    private int[] starts = new int[16];
    private int count = 1;

    void add(int start) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = start;
    }

    /** The starts in a text of this length: a final line break does not open a line of its own. */
    int[] toArray(int length) {
      return Arrays.copyOf(starts, count > 1 && starts[count - 1] == length ? count - 1 : count);
    }
  }

  private static LineBreak dominantLineBreak(String text) {
    // Without a carriage return every break is a line feed (and a text without breaks counts as
    // LF).
    if (text.indexOf('\r') < 0) {
      return LineBreak.LF;
    }
    int crlf = 0;
    int lf = 0;
    int cr = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        crlf++;
        i++;
      } else if (c == '\r') {
        cr++;
      } else if (c == '\n') {
        lf++;
      }
    }
    if (cr > lf && cr > crlf) {
      return LineBreak.CR;
    }
    return crlf > lf ? LineBreak.CRLF : LineBreak.LF;
  }

  private static int[] computeSupplementary(String text) {
    // As many code points as chars means no surrogate pair: String answers that at once for a
    // text of Latin-1 characters, most files.
    if (text.codePointCount(0, text.length()) == text.length()) {
      return new int[0];
    }
    int[] found = new int[0];
    int count = 0;
    int codePoint = 0;
    for (int i = 0; i < text.length(); i++, codePoint++) {
      if (Character.isHighSurrogate(text.charAt(i))
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (count == found.length) {
          found = Arrays.copyOf(found, Math.max(8, count * 2));
        }
        found[count++] = codePoint;
        i++;
      }
    }
    return Arrays.copyOf(found, count);
  }

  private static InvalidEncodingException invalidByte(byte[] bytes, int badOffset, int bodyStart) {
    int lineStart = bodyStart;
    int line = 1;
    for (int i = bodyStart; i < badOffset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = 1;
    try {
      column =
          StandardCharsets.UTF_8
                  .newDecoder()
                  .decode(ByteBuffer.wrap(bytes, lineStart, badOffset - lineStart))
                  .codePoints()
                  .toArray()
                  .length
              + 1;
    } catch (CharacterCodingException unreachable) {
      // The prefix decoded cleanly a moment ago; keep column 1 if it somehow does not.
      column = 1;
    }
    String message =
        String.format(
            "not valid UTF-8 (byte 0x%02X); compose-fix reads UTF-8 only, so re-save the file as"
                + " UTF-8",
            bytes[badOffset] & 0xFF);
    return new InvalidEncodingException(new Position(line, column), message);
  }
}
