package dev.composefix.images.routes;

import java.util.ArrayList;
import java.util.List;

/**
 * Which web framework a source file uses: the first framework one of whose markers (texts such as
 * an import path) its code contains, in the order listed.
 */
final class Frameworks {

  private record Framework(String name, List<String> markers) {}

  private final List<Framework> frameworks;
  private final String fallback;

  private Frameworks(List<Framework> frameworks, String fallback) {
    this.frameworks = frameworks;
    this.fallback = fallback;
  }

  /**
   * Frameworks one a line: the name, then its markers, separated by spaces.
   *
   * @param fallback the name for code that contains no marker
   */
  static Frameworks of(String fallback, String table) {
    List<Framework> frameworks = new ArrayList<>();
    for (String line : table.strip().split("\n")) {
      List<String> words = List.of(line.strip().split(" +"));
      frameworks.add(new Framework(words.get(0), words.subList(1, words.size())));
    }
    return new Frameworks(List.copyOf(frameworks), fallback);
  }

  String of(String code) {
    for (Framework framework : frameworks) {
      for (String marker : framework.markers()) {
        if (code.contains(marker)) {
          return framework.name();
        }
      }
    }
    return fallback;
  }
}
