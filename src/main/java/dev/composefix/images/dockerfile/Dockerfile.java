package dev.composefix.images.dockerfile;

import dev.composefix.text.JsonArrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile as BuildKit reads it: parser directives, instructions with their 1-based lines,
 * continuation lines joined, comment lines dropped, exec forms parsed and here-documents read.
 * Parsing never fails: what it cannot read becomes a {@link ReadNote}, and a file larger than
 * {@link #MAX_CHARS} or with more than {@link #MAX_INSTRUCTIONS} instructions is refused.
 */
public final class Dockerfile {

  /** The largest Dockerfile read, in characters (1 MiB); real ones are a few kilobytes. */
  public static final int MAX_CHARS = 1 << 20;

  /** The most instructions read. */
  public static final int MAX_INSTRUCTIONS = 10_000;

  private static final Set<String> KEYWORDS =
      Set.of(
          "FROM",
          "RUN",
          "CMD",
          "LABEL",
          "MAINTAINER",
          "EXPOSE",
          "ENV",
          "ADD",
          "COPY",
          "ENTRYPOINT",
          "VOLUME",
          "USER",
          "WORKDIR",
          "ARG",
          "ONBUILD",
          "STOPSIGNAL",
          "HEALTHCHECK",
          "SHELL");

  /** Instructions whose leading {@code --name=value} words are flags. */
  private static final Set<String> WITH_FLAGS = Set.of("FROM", "RUN", "COPY", "ADD", "HEALTHCHECK");

  /** Instructions that may be written as a JSON array. */
  private static final Set<String> WITH_EXEC_FORM =
      Set.of("RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD", "VOLUME");

  private static final Set<String> WITH_HEREDOCS = Set.of("RUN", "COPY", "ADD");

  private static final Set<String> DIRECTIVES = Set.of("syntax", "escape", "check");

  private static final Pattern DIRECTIVE =
      Pattern.compile("\\s*#\\s*([A-Za-z][A-Za-z0-9]*)\\s*=\\s*(\\S.*?)\\s*");

  private static final Pattern HEREDOC =
      Pattern.compile("<<(-?)([\"']?)([A-Za-z_][A-Za-z0-9_]*)\\2");

  private final String name;
  private final List<Instruction> instructions;
  private final Map<String, String> directives;
  private final char escape;
  private final List<ReadNote> notes;

  private Dockerfile(
      String name,
      List<Instruction> instructions,
      Map<String, String> directives,
      char escape,
      List<ReadNote> notes) {
    this.name = name;
    this.instructions = List.copyOf(instructions);
    this.directives = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(directives));
    this.escape = escape;
    this.notes = List.copyOf(notes);
  }

  /** Reads a Dockerfile; its notes name it "Dockerfile". */
  public static Dockerfile parse(String text) {
    return parse(text, "Dockerfile");
  }

  /** Reads a Dockerfile; {@code name} is the file its notes point at. */
  public static Dockerfile parse(String text, String name) {
    return new Reader(text, name).read();
  }

  /** The file name its notes point at. */
  public String name() {
    return name;
  }

  public List<Instruction> instructions() {
    return instructions;
  }

  /** The parser directives at its top, by lower-case name: {@code syntax}, {@code escape}. */
  public Map<String, String> directives() {
    return directives;
  }

  /** The escape character: a backslash, or a backtick after {@code # escape=`}. */
  public char escape() {
    return escape;
  }

  public List<ReadNote> notes() {
    return notes;
  }

  /** One pass over the lines. */
  private static final class Reader {
    private final String text;
    private final String name;
    private final List<Instruction> instructions = new ArrayList<>();
    private final Map<String, String> directives = new LinkedHashMap<>();
    private final List<ReadNote> notes = new ArrayList<>();
    private List<String> lines;
    private char escape = '\\';
    private int i;

    Reader(String text, String name) {
      this.text = text;
      this.name = name;
    }

    Dockerfile read() {
      if (text.length() > MAX_CHARS) {
        notes.add(
            new ReadNote(
                name,
                0,
                "not read: larger than "
                    + (MAX_CHARS >> 10)
                    + " KiB ("
                    + text.length()
                    + " characters)"));
        return done();
      }
      // A byte-order mark is not part of the first instruction.
      lines = splitLines(text.startsWith("\uFEFF") ? text.substring(1) : text);
      readDirectives();
      while (i < lines.size()) {
        String line = lines.get(i);
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          i++;
          continue;
        }
        if (instructions.size() >= MAX_INSTRUCTIONS) {
          // Facts from the first part of a file would be taken for the file's: refuse it all.
          instructions.clear();
          notes.add(
              new ReadNote(name, 0, "not read: more than " + MAX_INSTRUCTIONS + " instructions"));
          break;
        }
        instruction();
      }
      return done();
    }

    private Dockerfile done() {
      return new Dockerfile(name, instructions, directives, escape, notes);
    }

    /** Directives count only at the very top, before any comment, blank line or instruction. */
    private void readDirectives() {
      while (i < lines.size()) {
        Matcher m = DIRECTIVE.matcher(lines.get(i));
        if (!m.matches()) {
          return;
        }
        String key = m.group(1).toLowerCase(Locale.ROOT);
        if (!DIRECTIVES.contains(key) || directives.containsKey(key)) {
          return;
        }
        String value = m.group(2);
        if (key.equals("escape")) {
          if (value.equals("`") || value.equals("\\")) {
            escape = value.charAt(0);
          } else {
            notes.add(new ReadNote(name, i + 1, "invalid escape directive '" + value + "'"));
          }
        }
        directives.put(key, value);
        i++;
      }
    }

    private void instruction() {
      int first = i + 1;
      StringBuilder joined = new StringBuilder();
      boolean continues = true;
      boolean firstLine = true;
      while (continues && i < lines.size()) {
        String line = lines.get(i++);
        if (!firstLine) {
          String trimmed = line.strip();
          if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            continue;
          }
        }
        firstLine = false;
        String right = line.stripTrailing();
        if (!right.isEmpty() && right.charAt(right.length() - 1) == escape) {
          joined.append(right, 0, right.length() - 1);
        } else {
          joined.append(line);
          continues = false;
        }
      }
      if (continues) {
        notes.add(new ReadNote(name, first, "the last instruction ends in a line continuation"));
      }
      String source = joined.toString().strip();
      int space = 0;
      while (space < source.length() && !Character.isWhitespace(source.charAt(space))) {
        space++;
      }
      String keyword = source.substring(0, space).toUpperCase(Locale.ROOT);
      if (!KEYWORDS.contains(keyword)) {
        String shown = keyword.length() > 40 ? keyword.substring(0, 40) + "..." : keyword;
        notes.add(new ReadNote(name, first, "unknown instruction '" + shown + "' skipped"));
        return;
      }
      String rest = source.substring(space).strip();
      List<String> flags = new ArrayList<>();
      if (WITH_FLAGS.contains(keyword)) {
        while (rest.startsWith("--")) {
          int end = 0;
          while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
            end++;
          }
          flags.add(rest.substring(0, end));
          rest = rest.substring(end).strip();
        }
      }
      List<Heredoc> heredocs = WITH_HEREDOCS.contains(keyword) ? heredocs(rest) : List.of();
      Optional<List<String>> exec =
          WITH_EXEC_FORM.contains(keyword) ? JsonArrays.parse(rest) : Optional.empty();
      instructions.add(new Instruction(keyword, flags, rest, exec, heredocs, first, i));
    }

    /** Reads the bodies of the here-documents the instruction opens, from the following lines. */
    private List<Heredoc> heredocs(String arguments) {
      List<Heredoc> found = new ArrayList<>();
      Matcher m = HEREDOC.matcher(arguments);
      while (m.find()) {
        boolean stripTabs = !m.group(1).isEmpty();
        String delimiter = m.group(3);
        int bodyLine = i + 1;
        StringBuilder body = new StringBuilder();
        boolean closed = false;
        while (i < lines.size()) {
          String line = lines.get(i++);
          String compared = stripTabs ? line.replaceFirst("^\t+", "") : line;
          if (compared.equals(delimiter)) {
            closed = true;
            break;
          }
          body.append(compared).append('\n');
        }
        if (!closed) {
          notes.add(
              new ReadNote(name, bodyLine - 1, "here-document " + delimiter + " is not closed"));
        }
        found.add(new Heredoc(delimiter, body.toString(), bodyLine));
      }
      return found;
    }
  }

  /** Lines without their breaks; LF, CRLF and CR all end a line. */
  static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, k));
        if (c == '\r' && k + 1 < text.length() && text.charAt(k + 1) == '\n') {
          k++;
        }
        start = k + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }
}
