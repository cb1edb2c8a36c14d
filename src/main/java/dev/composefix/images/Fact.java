package dev.composefix.images;

/**
 * A value and where it comes from, said the way a finding quotes it: {@code knowledge base row
 * postgres-alpine (docker-library/postgres 17/alpine3.23/Dockerfile @ 6edb0a8)}, or {@code
 * Dockerfile line 12}.
 *
 * @param <T> the value's type
 */
public record Fact<T>(T value, String from) {

  /** A fact of a knowledge-base row, citing the row and its first source. */
  static <T> Fact<T> ofRow(T value, ImageFacts row, java.util.List<Source> sources) {
    return new Fact<>(value, cite(row, sources));
  }

  static String cite(ImageFacts row, java.util.List<Source> sources) {
    String where = "knowledge base row " + row.id();
    if (sources.isEmpty()) {
      return where;
    }
    Source first = sources.get(0);
    String ref = isFullCommit(first.ref()) ? first.ref().substring(0, 7) : first.ref();
    return where + " (" + first.repo() + " " + first.path() + " @ " + ref + ")";
  }

  /**
   * Whether a ref is a full commit id, 40 lowercase hex digits. Checked by hand: {@code
   * String.matches} compiles its pattern on every call, and every fact of a row is cited.
   */
  static boolean isFullCommit(String ref) {
    if (ref.length() != 40) {
      return false;
    }
    for (int i = 0; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }
}
