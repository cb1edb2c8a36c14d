package dev.composefix.images.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The route syntaxes file and the readers agree: every pattern and template in it is asked for by
 * exactly one reader, every name a reader asks for is in it, and a broken file fails loudly.
 */
class RouteSyntaxTest {

  @Test
  void everyPatternInTheFileIsAskedForByOneReader() throws Exception {
    RouteSyntax.Table table = RouteSyntax.parse(resourceText());
    List<String> file = new ArrayList<>();
    // Asking for each compiles it: a pattern or template that does not compile fails here.
    table.patternNames().forEach(name -> file.add(flagged(table.pattern(name))));
    table.templateNames().forEach(name -> file.add("template " + table.template(name).text()));
    List<String> asked = new ArrayList<>();
    Set<String> readers = new TreeSet<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.composefix.images.routes")) {
      // Initializing a reader asks for its names: a name the file lacks fails right here.
      Class<?> reader = Class.forName(type.getName(), true, getClass().getClassLoader());
      for (Field field : reader.getDeclaredFields()) {
        field.setAccessible(true);
        if (Modifier.isStatic(field.getModifiers())
            && field.getType() == RouteSyntax.Template.class) {
          asked.add("template " + ((RouteSyntax.Template) field.get(null)).text());
          readers.add(reader.getSimpleName());
        }
        // A reader's Syntax enum: each constant holds its pattern. CodeText.Syntax is no such.
        if (reader.isEnum() && field.getName().equals("pattern")) {
          for (Object constant : reader.getEnumConstants()) {
            asked.add(flagged((Pattern) field.get(constant)));
          }
          readers.add(reader.getEnclosingClass().getSimpleName());
        }
      }
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
            "ScannedFile",
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
  void aTemplateNameTheFileLacksFailsWhenAsked() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> RouteSyntax.template("go", "nothing"));
    assertEquals("route-syntax.txt has no template named go.nothing", e.getMessage());
  }

  @Test
  void aPatternIsReadUnescapedToTheEndOfItsLine() {
    RouteSyntax.Table read =
        RouteSyntax.parse(
            "# a comment\n\n"
                + "go.handle  \\.Handle\\(\\s*\"([^\"]*)\" | x\n"
                + "ruby.root (?m)^root$\n");
    assertEquals(
        List.of("go.handle", "ruby.root"), List.copyOf(new TreeSet<>(read.patternNames())));
    assertEquals("\\.Handle\\(\\s*\"([^\"]*)\" | x", read.pattern("go.handle").pattern());
    assertEquals(Pattern.MULTILINE, read.pattern("ruby.root").flags());
  }

  @Test
  void aTemplateQuotesTheNameItIsMadeFor() {
    RouteSyntax.Table table = RouteSyntax.parse("port.assignment ^{name} *= *(\\d+)$\n");
    assertEquals(Set.of(), table.patternNames());
    Pattern pattern = table.template("port.assignment").with("$port.x");
    assertEquals("^\\Q$port.x\\E *= *(\\d+)$", pattern.pattern());
    assertEquals(
        List.of(true, false),
        List.of(
            pattern.matcher("$port.x = 80").matches(), pattern.matcher("$portax = 80").matches()));
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
        failure("go.handle a\n\ngo.handle {name}\n"));
  }

  @Test
  void aPatternThatDoesNotCompileFailsWhenAskedFor() {
    RouteSyntax.Table table = RouteSyntax.parse("go.handle (a\n");
    assertEquals(
        "route-syntax.txt:1: go.handle: Unclosed group",
        assertThrows(IllegalStateException.class, () -> table.pattern("go.handle")).getMessage());
  }

  @Test
  void aTemplateThatDoesNotCompileFailsWhenAskedFor() {
    RouteSyntax.Table table = RouteSyntax.parse("# c\ncall.argument ({name}\n");
    assertEquals(
        "route-syntax.txt:2: call.argument: Unclosed group",
        assertThrows(IllegalStateException.class, () -> table.template("call.argument"))
            .getMessage());
  }

  @Test
  void aPatternIsCompiledWhenFirstAskedForAndKept() {
    // The broken line is never compiled, because nobody asks for it: a run pays only for the
    // syntaxes of the languages it reads.
    RouteSyntax.Table table = RouteSyntax.parse("go.handle (a\ncontext.remote ^git@\n");
    Pattern remote = table.pattern("context.remote");
    assertEquals(
        List.of("^git@", true),
        List.of(remote.pattern(), remote == table.pattern("context.remote")));
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
