package dev.composefix.images.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DockerIgnoreTest {

  private static List<Boolean> excludes(String patterns, String... paths) {
    DockerIgnore ignore = DockerIgnore.parse(patterns);
    return List.of(paths).stream().map(ignore::excludes).toList();
  }

  @Test
  void patternsMatchPathsAndTheirParents() {
    assertEquals(
        List.of(true, true, false),
        excludes("node_modules", "node_modules", "node_modules/a/b.js", "src/node_modules"));
    assertEquals(
        List.of(true, true, false), excludes("/tests/", "tests", "tests/a.py", "src/tests/a.py"));
    assertEquals(List.of(true, false), excludes("*.md", "README.md", "docs/README.md"));
    assertEquals(List.of(true, true), excludes("**/*.md", "README.md", "docs/a/README.md"));
    assertEquals(List.of(true, false), excludes("./build/?.js", "build/a.js", "build/ab.js"));
    assertEquals(List.of(true, false), excludes("data/[a-c]*", "data/b1", "data/d1"));
  }

  @Test
  void theLastMatchingPatternWins() {
    assertEquals(List.of(false, true), excludes("*.py\n!keep.py", "keep.py", "drop.py"));
    assertEquals(List.of(true), excludes("!keep.py\n*.py", "keep.py"));
    assertEquals(List.of(false, false), excludes("# *.py\n\n   ", "a.py", "b"));
  }

  @Test
  void anInvalidClassMatchesOnlyItself() {
    assertEquals(List.of(false, true), excludes("[z-a]", "b", "[z-a]"));
  }
}
