package dev.composefix.rules.images;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.ExtendedService;
import dev.composefix.compose.ImageReference;
import dev.composefix.compose.Service;
import dev.composefix.images.ImageTag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The newest tag the file already runs for each image, so that a pin is never older than what
 * another service of the same stack runs: {@code postgres:16.4} elsewhere beats a table pin of
 * {@code 15-alpine}. Tags compare by release date when both have one, else by version.
 */
final class StackTags {

  private final Map<String, String> newest = new HashMap<>();

  private StackTags() {}

  static StackTags of(ComposeFile compose) {
    StackTags tags = new StackTags();
    for (Service service : compose.services()) {
      Optional<ImageReference> image = ExtendedService.of(compose, service).image();
      if (image.isEmpty() || image.get().isFloating() || image.get().tag().isEmpty()) {
        continue;
      }
      String tag = image.get().tag().get();
      String name = image.get().normalizedName();
      String known = tags.newest.get(name);
      // Most services of an image run the same tag, which is never newer than itself: comparing
      // would parse both tags for every one of them.
      if (known == null || !tag.equals(known) && isNewer(tag, known)) {
        tags.newest.put(name, tag);
      }
    }
    return tags;
  }

  /**
   * The tag the stack runs for the image when it is newer than {@code pin}; empty when the stack
   * runs none, or none that is known to be newer.
   */
  Optional<String> newerThan(ImageReference image, String pin) {
    String tag = newest.get(image.normalizedName());
    if (tag == null) {
      return Optional.empty();
    }
    return isNewer(tag, pin) ? Optional.of(tag) : Optional.empty();
  }

  /** Whether tag {@code a} is known to be newer than {@code b}. */
  static boolean isNewer(String a, String b) {
    Optional<Integer> order = compare(a, b);
    return order.isPresent() && order.get() > 0;
  }

  /** How two tags order, when they can be compared: by release date, else by version. */
  static Optional<Integer> compare(String a, String b) {
    ImageTag left = ImageTag.of(Optional.of(a));
    ImageTag right = ImageTag.of(Optional.of(b));
    if (left.released().isPresent() && right.released().isPresent()) {
      return Optional.of(left.released().get().compareTo(right.released().get()));
    }
    if (left.version().isPresent() && right.version().isPresent()) {
      return Optional.of(compareVersions(left.version().get(), right.version().get()));
    }
    return Optional.empty();
  }

  private static int compareVersions(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      int x = i < a.size() ? a.get(i) : 0;
      int y = i < b.size() ? b.get(i) : 0;
      if (x != y) {
        return Integer.compare(x, y);
      }
    }
    return 0;
  }
}
