package dev.composefix.images.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The route syntaxes file and the readers agree: every pattern in it is asked for by exactly one
 * reader's syntax constant, every name a reader asks for is in it, and a broken file fails loudly.
 */
class RouteSyntaxTest {

  @Test
  void everyPatternInTheFileIsAskedForByOneReaderConstant() throws Exception {
    List<String> file = new ArrayList<>();
    RouteSyntax.parse(resourceText()).values().forEach(p -> file.add(flagged(p)));
    List<String> asked = new ArrayList<>();
    Set<String> readers = new TreeSet<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.composefix.images.routes")) {
      Class<?> syntax = type.reflect();
      // CodeText.Syntax is a kind of comment, not a reader's patterns.
      if (!syntax.isEnum()
          || !syntax.getSimpleName().equals("Syntax")
          || syntax.getEnclosingClass() == CodeText.class) {
        continue;
      }
      Field pattern = syntax.getDeclaredField("pattern");
      pattern.setAccessible(true);
      // Reading the constants initializes the enum: a name the file lacks fails right here.
      for (Object constant : syntax.getEnumConstants()) {
        asked.add(flagged((Pattern) pattern.get(constant)));
      }
      readers.add(syntax.getEnclosingClass().getSimpleName());
    }
    file.sort(null);
    asked.sort(null);
    // Patterns are compared by text, so no two names may share one.
    assertEquals(file.size(), file.stream().distinct().count());
    assertEquals(
        List.of(), file.stream().filter(p -> !asked.contains(p)).toList(), "never asked for");
    assertEquals(file, asked);
    assertEquals(
        List.of(
            "BuildReading",
            "GoRoutes",
            "ListenPorts",
            "PhpRoutes",
            "PortExpressions",
            "PythonRoutes",
            "RouteFinder",
            "RubyRoutes",
            "RustRoutes",
            "ScriptRoutes",
            "SpringRoutes"),
        List.copyOf(readers));
  }

  @Test
  void aNameTheFileLacksFailsWhenAsked() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> RouteSyntax.pattern("go", Missing.NO_SUCH_SYNTAX));
    assertEquals("route-syntax.txt has no pattern named go.no_such_syntax", e.getMessage());
  }

  @Test
  void aPatternIsReadUnescapedToTheEndOfItsLine() {
    Map<String, Pattern> read =
        RouteSyntax.parse(
            "# a comment\n\n"
                + "go.handle  \\.HandleFunc\\(\\s*\"([^\"\\n"
                + "]*)\" | x\n"
                + "ruby.root (?m)^root$\n");
    assertEquals(List.of("go.handle", "ruby.root"), List.copyOf(new TreeMap<>(read).keySet()));
    assertEquals("\\.HandleFunc\\(\\s*\"([^\"\\n]*)\" | x", read.get("go.handle").pattern());
    assertEquals(Pattern.MULTILINE, read.get("ruby.root").flags());
  }

  @Test
  void aLineWithoutAPatternFails() {
    assertEquals(
        "route-syntax.txt:2: not a name, spaces and a pattern: go.handle",
        failure("# c\ngo.handle\n"));
  }

  @Test
  void aLineWithTrailingSpaceFails() {
    assertEquals(
        "route-syntax.txt:1: not a name, spaces and a pattern: go.handle a ",
        failure("go.handle a \n"));
  }

  @Test
  void aNameWithoutItsLanguageFails() {
    assertEquals(
        "route-syntax.txt:1: not a name, spaces and a pattern: handle a", failure("handle a\n"));
  }

  @Test
  void aSecondPatternOfTheSameNameFails() {
    assertEquals(
        "route-syntax.txt:3: a second pattern named go.handle",
        failure("go.handle a\n\ngo.handle b\n"));
  }

  @Test
  void aPatternThatDoesNotCompileFails() {
    assertEquals("route-syntax.txt:1: go.handle: Unclosed group", failure("go.handle (a\n"));
  }

  private enum Missing {
    NO_SUCH_SYNTAX
  }

  private static String failure(String text) {
    return assertThrows(IllegalStateException.class, () -> RouteSyntax.parse(text)).getMessage();
  }

  private static String flagged(Pattern pattern) {
    return pattern.flags() + " " + pattern.pattern();
  }

  private static String resourceText() throws IOException {
    try (InputStream in = RouteSyntax.class.getResourceAsStream(RouteSyntax.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
