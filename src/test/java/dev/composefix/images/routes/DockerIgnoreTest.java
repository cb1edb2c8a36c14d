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
  void aWalkMatchesEachPathOnceAndAgreesWithTheWholePathMatch() {
    // A walk passes each folder's answer to its entries and matches only the entry itself: over
    // random pattern lists and a tree of paths, that must equal matching the path and its folders.
    List<String> pieces =
        List.of("a", "b", "node_modules", "*.py", "**/", "**", "?", "!", "/", "[ab]", "build");
    List<String> names = List.of("a", "b", "node_modules", "x.py", "build", "ab");
    java.util.Random random = new java.util.Random(18);
    List<String> differing = new java.util.ArrayList<>();
    for (int round = 0; round < 300; round++) {
      StringBuilder patterns = new StringBuilder();
      for (int line = random.nextInt(6); line >= 0; line--) {
        for (int piece = 1 + random.nextInt(4); piece > 0; piece--) {
          patterns.append(pieces.get(random.nextInt(pieces.size())));
        }
        patterns.append('\n');
      }
      DockerIgnore ignore = DockerIgnore.parse(patterns.toString());
      walk(ignore, "", DockerIgnore.NO_MATCH, names, 4, patterns.toString(), differing);
    }
    assertEquals(List.of(), differing);
    DockerIgnore excludesOnly = DockerIgnore.parse("a");
    DockerIgnore reincludes = DockerIgnore.parse("a\n!a/b");
    assertEquals(
        List.of(true, false, false),
        List.of(
            excludesOnly.excludesAllBelow(excludesOnly.lastMatch("a")),
            reincludes.excludesAllBelow(reincludes.lastMatch("a")),
            excludesOnly.excludesAllBelow(excludesOnly.lastMatch("b"))));
  }

  private static void walk(
      DockerIgnore ignore,
      String folder,
      int folderMatch,
      List<String> names,
      int depth,
      String patterns,
      List<String> differing) {
    if (depth == 0) {
      return;
    }
    for (String name : names) {
      String path = folder.isEmpty() ? name : folder + "/" + name;
      int stepped = ignore.lastMatch(path, folderMatch);
      if (stepped != ignore.lastMatch(path)) {
        differing.add(patterns.replace("\n", " | ") + " at " + path);
      }
      walk(ignore, path, stepped, names, depth - 1, patterns, differing);
    }
  }

  @Test
  void anInvalidClassMatchesOnlyItself() {
    assertEquals(List.of(false, true), excludes("[z-a]", "b", "[z-a]"));
  }
}
