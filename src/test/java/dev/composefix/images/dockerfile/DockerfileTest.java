package dev.composefix.images.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Dockerfile parser: instructions with their lines, and notes instead of exceptions. */
class DockerfileTest {

  private static Instruction instruction(
      String keyword,
      List<String> flags,
      String arguments,
      List<String> exec,
      int line,
      int endLine) {
    return new Instruction(
        keyword, flags, arguments, Optional.ofNullable(exec), List.of(), line, endLine);
  }

  @Test
  void readsInstructionsWithLinesSkippingCommentsAndBlankLines() {
    Dockerfile file =
        Dockerfile.parse(
            """
            # a comment

            from python:3.12-slim AS Base
              run echo hi
            CMD ["python", "app.py"]
            """);
    assertEquals(
        List.of(
            instruction("FROM", List.of(), "python:3.12-slim AS Base", null, 3, 3),
            instruction("RUN", List.of(), "echo hi", null, 4, 4),
            instruction(
                "CMD", List.of(), "[\"python\", \"app.py\"]", List.of("python", "app.py"), 5, 5)),
        file.instructions());
    assertEquals(List.of(), file.notes());
  }

  @Test
  void joinsContinuationLinesAndDropsCommentLinesInside() {
    Dockerfile file =
        Dockerfile.parse(
            "FROM alpine\nRUN apk add \\\n# a comment inside\n\n    curl \\\n    wget\nUSER app\n");
    assertEquals(
        List.of(
            instruction("FROM", List.of(), "alpine", null, 1, 1),
            instruction("RUN", List.of(), "apk add     curl     wget", null, 2, 6),
            instruction("USER", List.of(), "app", null, 7, 7)),
        file.instructions());
  }

  @Test
  void backtickEscapeDirectiveChangesTheContinuationCharacter() {
    Dockerfile file =
        Dockerfile.parse(
            "# escape=`\n# syntax=docker/dockerfile:1\nFROM windows\nRUN dir `\n  c:\\\n");
    assertEquals('`', file.escape());
    assertEquals(Map.of("escape", "`", "syntax", "docker/dockerfile:1"), file.directives());
    assertEquals(
        List.of(
            instruction("FROM", List.of(), "windows", null, 3, 3),
            instruction("RUN", List.of(), "dir   c:\\", null, 4, 5)),
        file.instructions());
  }

  @Test
  void directivesCountOnlyAtTheTop() {
    Dockerfile file = Dockerfile.parse("FROM alpine\n# escape=`\nRUN a \\\n b\n");
    assertEquals('\\', file.escape());
    assertEquals(Map.of(), file.directives());
    assertEquals("a  b", file.instructions().get(1).arguments());
  }

  @Test
  void anInvalidEscapeDirectiveIsANote() {
    Dockerfile file = Dockerfile.parse("# escape=x\nFROM alpine\n");
    assertEquals('\\', file.escape());
    assertEquals(
        List.of(new ReadNote("Dockerfile", 1, "invalid escape directive 'x'")), file.notes());
  }

  @Test
  void flagsAreSeparatedFromArguments() {
    Dockerfile file =
        Dockerfile.parse(
            """
            FROM --platform=$BUILDPLATFORM golang:1.22 AS build
            RUN --mount=type=cache,target=/root/.cache go build
            COPY --from=build --chown=app:app /out/app /usr/local/bin/
            HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost/
            """);
    List<Instruction> instructions = file.instructions();
    assertEquals(List.of("--platform=$BUILDPLATFORM"), instructions.get(0).flags());
    assertEquals("golang:1.22 AS build", instructions.get(0).arguments());
    assertEquals(Optional.of("type=cache,target=/root/.cache"), instructions.get(1).flag("mount"));
    assertEquals(Optional.of("build"), instructions.get(2).flag("from"));
    assertEquals(Optional.of("app:app"), instructions.get(2).flag("chown"));
    assertEquals(Optional.empty(), instructions.get(2).flag("link"));
    assertEquals("/out/app /usr/local/bin/", instructions.get(2).arguments());
    assertEquals(List.of("--interval=30s", "--timeout=3s"), instructions.get(3).flags());
    assertEquals("CMD curl -f http://localhost/", instructions.get(3).arguments());
  }

  @Test
  void jsonFormNeedsValidJsonOtherwiseItIsShellForm() {
    Dockerfile file =
        Dockerfile.parse(
            """
            FROM alpine
            CMD ["echo", "a \\"b\\"", "\\u0041"]
            ENTRYPOINT ['single', 'quotes']
            CMD [ ]
            CMD ["unclosed"
            """);
    List<Instruction> instructions = file.instructions();
    assertEquals(Optional.of(List.of("echo", "a \"b\"", "A")), instructions.get(1).execForm());
    assertEquals(Optional.empty(), instructions.get(2).execForm());
    assertEquals(Optional.of(List.of()), instructions.get(3).execForm());
    assertEquals(Optional.empty(), instructions.get(4).execForm());
  }

  @Test
  void heredocsAreReadAndTheirBodiesAreNotInstructions() {
    Dockerfile file =
        Dockerfile.parse(
            """
            FROM alpine
            RUN <<EOF
            apk add curl
            FROM not-a-stage
            EOF
            COPY <<-CONF /etc/app.conf
            \tport = 8080
            \tCONF
            USER app
            """);
    List<Instruction> instructions = file.instructions();
    assertEquals(
        List.of("FROM", "RUN", "COPY", "USER"),
        instructions.stream().map(Instruction::keyword).toList());
    assertEquals(
        List.of(new Heredoc("EOF", "apk add curl\nFROM not-a-stage\n", 3)),
        instructions.get(1).heredocs());
    assertEquals(2, instructions.get(1).line());
    assertEquals(5, instructions.get(1).endLine());
    assertEquals(List.of(new Heredoc("CONF", "port = 8080\n", 7)), instructions.get(2).heredocs());
    assertEquals(9, instructions.get(3).line());
  }

  @Test
  void anUnclosedHeredocIsANote() {
    Dockerfile file = Dockerfile.parse("FROM alpine\nRUN <<EOF\necho hi\n");
    assertEquals(
        List.of(new Heredoc("EOF", "echo hi\n", 3)), file.instructions().get(1).heredocs());
    assertEquals(
        List.of(new ReadNote("Dockerfile", 2, "here-document EOF is not closed")), file.notes());
  }

  @Test
  void unknownInstructionsAndBrokenLinesAreNotes() {
    Dockerfile file =
        Dockerfile.parse("FROM alpine\nFROOM x\n}}}\nRUN echo \\", "build/Dockerfile.dev");
    assertEquals(
        List.of("FROM", "RUN"), file.instructions().stream().map(Instruction::keyword).toList());
    assertEquals(
        List.of(
            new ReadNote("build/Dockerfile.dev", 2, "unknown instruction 'FROOM' skipped"),
            new ReadNote("build/Dockerfile.dev", 3, "unknown instruction '}}}' skipped"),
            new ReadNote(
                "build/Dockerfile.dev", 4, "the last instruction ends in a line continuation")),
        file.notes());
  }

  @Test
  void crLineBreaksAndAByteOrderMarkAreRead() {
    Dockerfile file = Dockerfile.parse("\uFEFFFROM alpine\r\nRUN a \\\r\n  b\rUSER x");
    assertEquals(
        List.of(
            instruction("FROM", List.of(), "alpine", null, 1, 1),
            instruction("RUN", List.of(), "a   b", null, 2, 3),
            instruction("USER", List.of(), "x", null, 4, 4)),
        file.instructions());
  }

  @Test
  void aFileLargerThanOneMebibyteIsRefused() {
    String text = "FROM alpine\nRUN echo " + "x".repeat(2 << 20) + "\n";
    Dockerfile file =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Dockerfile.parse(text));
    assertEquals(List.of(), file.instructions());
    assertEquals(
        List.of(
            new ReadNote(
                "Dockerfile",
                0,
                "not read: larger than 1024 KiB (" + text.length() + " characters)")),
        file.notes());
  }

  @Test
  void moreThanTenThousandInstructionsAreRefusedWithANote() {
    assertEquals(
        10_000,
        Dockerfile.parse("FROM alpine\n" + "RUN true\n".repeat(9_999)).instructions().size());
    String text = "FROM alpine\n" + "RUN true\n".repeat(10_500);
    Dockerfile file = Dockerfile.parse(text);
    assertEquals(List.of(), file.instructions());
    assertEquals(
        List.of(new ReadNote("Dockerfile", 0, "not read: more than 10000 instructions")),
        file.notes());
  }

  @Test
  void aHundredThousandContinuationLinesTakeLinearTime() {
    String text = "FROM alpine\nRUN echo \\\n" + "  a \\\n".repeat(100_000) + "  end\n";
    Dockerfile file =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Dockerfile.parse(text));
    assertEquals(2, file.instructions().size());
    assertEquals(100_003, file.instructions().get(1).endLine());
    assertEquals(List.of(), file.notes());
  }
}
