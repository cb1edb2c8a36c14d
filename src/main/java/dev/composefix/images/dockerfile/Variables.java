package dev.composefix.images.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Dockerfile variable substitution: {@code $NAME}, {@code ${NAME}}, {@code ${NAME:-word}}, {@code
 * ${NAME-word}}, {@code ${NAME:+word}}, {@code ${NAME+word}}, with the escape character before a
 * {@code $} keeping it literal. Words may hold further references, read up to {@link #MAX_DEPTH}
 * levels deep.
 */
final class Variables {

  static final int MAX_DEPTH = 16;

  /**
   * The text after substitution, and the variables it used that had no value and no default (each
   * became the empty string).
   */
  record Result(String text, List<String> unset) {
    Result {
      unset = List.copyOf(unset);
    }

    boolean complete() {
      return unset.isEmpty();
    }
  }

  private Variables() {}

  static Result substitute(String text, Function<String, Optional<String>> lookup, char escape) {
    List<String> unset = new ArrayList<>();
    String out = substitute(text, lookup, escape, unset, 0);
    return new Result(out, unset);
  }

  private static String substitute(
      String text,
      Function<String, Optional<String>> lookup,
      char escape,
      List<String> unset,
      int depth) {
    if (text.indexOf('$') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == escape && i + 1 < text.length() && text.charAt(i + 1) == '$') {
        out.append('$');
        i += 2;
      } else if (c != '$' || i + 1 >= text.length()) {
        out.append(c);
        i++;
      } else if (text.charAt(i + 1) == '{') {
        int close = closingBrace(text, i + 2);
        if (close < 0 || depth >= MAX_DEPTH) {
          out.append(text, i, text.length());
          break;
        }
        out.append(braced(text.substring(i + 2, close), lookup, escape, unset, depth));
        i = close + 1;
      } else {
        int end = i + 1;
        while (end < text.length() && isNameChar(text.charAt(end), end == i + 1)) {
          end++;
        }
        if (end == i + 1) {
          out.append(c);
          i++;
          continue;
        }
        String name = text.substring(i + 1, end);
        out.append(valueOf(name, lookup, unset));
        i = end;
      }
    }
    return out.toString();
  }

  private static String braced(
      String inside,
      Function<String, Optional<String>> lookup,
      char escape,
      List<String> unset,
      int depth) {
    int end = 0;
    while (end < inside.length() && isNameChar(inside.charAt(end), end == 0)) {
      end++;
    }
    String name = inside.substring(0, end);
    String rest = inside.substring(end);
    if (name.isEmpty()) {
      return "${" + inside + "}";
    }
    if (rest.isEmpty()) {
      return valueOf(name, lookup, unset);
    }
    Optional<String> value = lookup.apply(name);
    boolean colon = rest.startsWith(":");
    String operator = colon ? rest.substring(0, Math.min(2, rest.length())) : rest.substring(0, 1);
    String word = rest.substring(operator.length());
    boolean set = value.isPresent() && (!colon || !value.get().isEmpty());
    switch (operator) {
      case ":-", "-" -> {
        return set ? value.get() : substitute(word, lookup, escape, unset, depth + 1);
      }
      case ":+", "+" -> {
        return set ? substitute(word, lookup, escape, unset, depth + 1) : "";
      }
      case ":?", "?" -> {
        if (!set) {
          unset.add(name);
        }
        return value.orElse("");
      }
      default -> {
        // ${NAME#pattern} and the like: the name's value is still the best guess of none.
        unset.add(name);
        return "";
      }
    }
  }

  private static String valueOf(
      String name, Function<String, Optional<String>> lookup, List<String> unset) {
    Optional<String> value = lookup.apply(name);
    if (value.isEmpty()) {
      unset.add(name);
      return "";
    }
    return value.get();
  }

  private static int closingBrace(String text, int from) {
    int depth = 1;
    for (int k = from; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return k;
      }
    }
    return -1;
  }

  private static boolean isNameChar(char c, boolean first) {
    return c == '_'
        || c >= 'A' && c <= 'Z'
        || c >= 'a' && c <= 'z'
        || !first && c >= '0' && c <= '9';
  }
}
