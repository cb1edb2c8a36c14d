package dev.composefix.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceTextTest {

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void bomIsKeptOutOfTheTextAndWrittenBack() throws Exception {
    byte[] bytes = utf8("\uFEFFa: 1\n");
    SourceText source = SourceText.decode(bytes);
    assertTrue(source.hasBom());
    assertEquals("a: 1\n", source.text());
    assertEquals("\uFEFFa: 1\n", source.textWithBom());
    assertArrayEquals(bytes, source.encode());
    assertArrayEquals(utf8("\uFEFFb: 2"), source.withText("b: 2").encode());
  }

  @Test
  void detectsLineBreakStyleAndFinalNewline() throws Exception {
    SourceText crlf = SourceText.decode(utf8("a: 1\r\nb: 2\r\n"));
    assertEquals(LineBreak.CRLF, crlf.lineBreak());
    assertTrue(crlf.endsWithNewline());
    SourceText lf = SourceText.decode(utf8("a: 1\nb: 2"));
    assertEquals(LineBreak.LF, lf.lineBreak());
    assertFalse(lf.endsWithNewline());
    assertEquals(LineBreak.LF, SourceText.of("a: 1").lineBreak());
  }

  @Test
  void linesAndTheirBreaks() {
    SourceText source = SourceText.of("a\r\nbb\ncc\r\n");
    assertEquals(3, source.lineCount());
    assertEquals(0, source.lineStart(0));
    assertEquals(3, source.lineStart(1));
    assertEquals(6, source.lineStart(2));
    assertEquals(1, source.lineContentEnd(0));
    assertEquals(5, source.lineContentEnd(1));
    assertEquals(8, source.lineContentEnd(2));
    assertEquals(LineBreak.CRLF, source.lineBreakOfLine(0));
    assertEquals(LineBreak.LF, source.lineBreakOfLine(1));
    assertEquals(2, source.lineIndexOf(7));
    assertTrue(source.isLineStart(3));
    assertFalse(source.isLineStart(2));
    assertEquals(6, source.nextLineStart(4));
  }

  @Test
  void positionsCountCodePoints() {
    SourceText source = SourceText.of("a: \uD83D\uDE00x\nb: é\n");
    assertEquals(new Position(1, 5), source.positionOf(5));
    assertEquals(new Position(2, 4), source.positionOf(10));
  }

  @Test
  void convertsCodePointIndexesToOffsets() {
    SourceText source = SourceText.of("\uD83D\uDE00a\uD83D\uDE00b");
    assertEquals(0, source.offsetOfCodePoint(0));
    assertEquals(2, source.offsetOfCodePoint(1));
    assertEquals(3, source.offsetOfCodePoint(2));
    assertEquals(5, source.offsetOfCodePoint(3));
    assertEquals(6, source.offsetOfCodePoint(4));
    assertEquals(7, SourceText.of("plain ascii").offsetOfCodePoint(7));
  }

  @Test
  void rejectsInvalidUtf8WithItsPosition() {
    byte[] bytes = {
      'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xC3, (byte) 0xA9, (byte) 0xFF, '\n'
    };
    InvalidEncodingException e =
        assertThrows(InvalidEncodingException.class, () -> SourceText.decode(bytes));
    assertEquals(new Position(2, 5), e.position());
    assertEquals(
        "not valid UTF-8 (byte 0xFF); compose-fix reads UTF-8 only, so re-save the file as UTF-8",
        e.getMessage());
  }

  @Test
  void rejectsTruncatedMultiByteCharacterAtTheEnd() {
    byte[] bytes = {'a', ':', ' ', (byte) 0xE2, (byte) 0x82};
    InvalidEncodingException e =
        assertThrows(InvalidEncodingException.class, () -> SourceText.decode(bytes));
    assertEquals(new Position(1, 4), e.position());
  }

  @Test
  void keepsAReplacementCharacterWrittenInTheFile() throws Exception {
    SourceText source = SourceText.decode(utf8("a: \uFFFD\nb: \uD83D\uDE00\n"));
    assertEquals("a: \uFFFD\nb: \uD83D\uDE00\n", source.text());
    assertEquals(3, source.offsetOfCodePoint(3));
    assertEquals(11, source.offsetOfCodePoint(10));
  }

  @Test
  void rejectsAnEncodedSurrogateThatTheLenientDecoderWouldReplace() {
    byte[] bytes = {'a', ':', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'};
    InvalidEncodingException e =
        assertThrows(InvalidEncodingException.class, () -> SourceText.decode(bytes));
    assertEquals(new Position(1, 4), e.position());
  }

  @Test
  void lineFeedOnlyTextHasTheSameLinesAsTheGeneralScan() {
    SourceText lf = SourceText.of("a\n\nbb\nc");
    SourceText crlf = SourceText.of("a\r\n\r\nbb\r\nc");
    assertEquals(4, lf.lineCount());
    assertEquals(4, crlf.lineCount());
    assertEquals(0, lf.lineStart(0));
    assertEquals(2, lf.lineStart(1));
    assertEquals(3, lf.lineStart(2));
    assertEquals(6, lf.lineStart(3));
    assertEquals(2, SourceText.of("a\nb\n").lineCount());
    assertEquals(1, SourceText.of("").lineCount());
  }

  @Test
  void rejectsUtf16() {
    byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'a', 0};
    assertThrows(InvalidEncodingException.class, () -> SourceText.decode(bytes));
  }
}
