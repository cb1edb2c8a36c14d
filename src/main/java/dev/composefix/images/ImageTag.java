package dev.composefix.images;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image tag read the way the knowledge base's tag scopes read it: words split at {@code -}, a
 * leading version ({@code 16.4} in {@code 16.4-alpine3.20}, {@code 2.186.0} in {@code v2.186.0}),
 * the release date of a date-stamped tag ({@code RELEASE.2024-03-30T09-41-56Z}), and whether the
 * tag stands for the newest release ({@code latest}, {@code alpine}, {@code bookworm}).
 *
 * @param text the tag in lower case
 * @param words the tag split at {@code -}
 * @param version the leading version's numbers; empty when the tag starts with no version
 * @param released the date in a date-stamped tag
 * @param newest true for {@code latest} and for a tag that names only a variant of the newest
 *     release
 */
public record ImageTag(
    String text,
    List<String> words,
    Optional<List<Integer>> version,
    Optional<LocalDate> released,
    boolean newest) {

  private static final Pattern LEADING_VERSION = Pattern.compile("v?(\\d+(?:\\.\\d+)*)(?=$|[-_+])");
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern VARIANT_WORD = Pattern.compile("([a-z]+)[0-9.]*");

  /** Words that name a variant of the newest release when a tag starts with them. */
  private static final Set<String> NEWEST_VARIANTS =
      Set.of(
          "latest",
          "alpine",
          "bookworm",
          "bullseye",
          "buster",
          "trixie",
          "jammy",
          "focal",
          "noble",
          "lts",
          "stable",
          "slim");

  public ImageTag {
    words = List.copyOf(words);
    // A plain test, not Optional.map: this runs on the cold path, where a lambda costs a linked
    // call
    // site.
    if (version.isPresent()) {
      version = Optional.of(List.copyOf(version.get()));
    }
  }

  /** Reads a tag; {@code latest} when the reference has none. */
  public static ImageTag of(Optional<String> tag) {
    String text = tag.orElse("latest").toLowerCase(Locale.ROOT);
    List<String> words = Arrays.asList(text.split("-", -1));
    Matcher leading = LEADING_VERSION.matcher(text);
    Optional<List<Integer>> version = Optional.empty();
    if (leading.lookingAt()) {
      version = Optional.of(numbers(leading.group(1)));
    }
    Optional<LocalDate> released = Optional.empty();
    Matcher date = DATE.matcher(text);
    if (date.find()) {
      released = parseDate(date.group());
    }
    boolean newest = version.isEmpty() && isNewestVariant(words.get(0));
    return new ImageTag(text, words, version, released, newest);
  }

  private static boolean isNewestVariant(String word) {
    Matcher variant = VARIANT_WORD.matcher(word);
    return variant.matches() && NEWEST_VARIANTS.contains(variant.group(1));
  }

  static List<Integer> numbers(String dotted) {
    String[] parts = dotted.split("\\.");
    Integer[] numbers = new Integer[parts.length];
    for (int i = 0; i < parts.length; i++) {
      numbers[i] = number(parts[i]);
    }
    return List.of(numbers);
  }

  /** A version part; one too large for an int is as large as can be. */
  private static Integer number(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  private static Optional<LocalDate> parseDate(String text) {
    return Optional.ofNullable(IsoDay.parse(text));
  }

  /** The same tag read as naming the newest release, as a row's newest words say. */
  ImageTag asNewest() {
    return new ImageTag(text, words, version, released, true);
  }

  /** True when a word of the tag starts with the prefix ({@code alpine} matches alpine3.20). */
  public boolean hasWordStartingWith(String prefix) {
    for (String word : words) {
      if (word.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
