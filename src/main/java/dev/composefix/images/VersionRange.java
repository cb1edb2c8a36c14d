package dev.composefix.images;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A range over a tag's leading version, such as {@code ">=10.4.24 <10.5 || >=10.5.15"}: space means
 * and, {@code ||} means or. A floating tag stands for the newest release it can point to, so {@code
 * 10.6} satisfies {@code >=10.6.7} and {@code <10.7}; a tag for the newest release ({@code latest},
 * {@code alpine}) satisfies only ranges without an upper bound.
 */
public final class VersionRange extends RangeText<List<Integer>, ImageTag> {

  private static final Pattern COMPARATOR = Pattern.compile("(>=|<=|>|<|=)v?(\\d+(?:\\.\\d+)*)");

  private VersionRange(String text) {
    super(text, COMPARATOR, "version comparator such as >=1.2 or <2");
  }

  @Override
  List<Integer> bound(String text) {
    return ImageTag.numbers(text);
  }

  /**
   * Reads a range.
   *
   * @throws IllegalArgumentException naming the comparator that is not one
   */
  public static VersionRange parse(String text) {
    return new VersionRange(text);
  }

  public boolean satisfiedBy(ImageTag tag) {
    if (tag.version().isEmpty() && !tag.newest()) {
      return false;
    }
    return holds(tag);
  }

  @Override
  boolean holds(RangeText.Comparator<List<Integer>> comparator, ImageTag tag) {
    if (tag.version().isEmpty()) {
      // The newest release is above every bound.
      return comparator.operator().startsWith(">");
    }
    List<Integer> version = tag.version().get();
    List<Integer> bound = comparator.bound();
    // A floating tag (10.6) stands for every release under it, up to the newest (10.6.*).
    int newest = compare(version, bound, Integer.MAX_VALUE);
    int exact = compare(version, bound, 0);
    return switch (comparator.operator()) {
      case ">=" -> newest >= 0;
      case ">" -> newest > 0;
      case "<" -> newest < 0;
      case "<=" -> newest <= 0;
      // A floating tag shorter than the bound may point past it, so only as long a tag is equal.
      default -> version.size() >= bound.size() && exact == 0;
    };
  }

  /**
   * Compares a version whose missing parts are {@code pad} with a bound whose missing parts are 0.
   */
  private static int compare(List<Integer> version, List<Integer> bound, int pad) {
    int length = Math.max(version.size(), bound.size());
    for (int i = 0; i < length; i++) {
      int a = i < version.size() ? version.get(i) : pad;
      int b = i < bound.size() ? bound.get(i) : 0;
      if (a != b) {
        return Integer.compare(a, b);
      }
    }
    return 0;
  }
}
