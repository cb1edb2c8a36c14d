package dev.composefix.images;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which tags a knowledge-base row covers: variant words the tag must or must not have, a range over
 * its leading version and a range over its release date. An empty scope covers every tag, and an
 * image pinned by digest alone, whose tag is unknown, matches only an empty scope.
 *
 * @param anyVariant some word of the tag starts with one of these; empty for no such condition
 * @param noVariant no word of the tag starts with one of these
 * @param newestWords words that, at the start of a tag without a version ({@code apache}, {@code
 *     fpm-alpine}), name the newest release of this image, as {@code latest} does
 */
public record TagScope(
    List<String> anyVariant,
    List<String> noVariant,
    Optional<VersionRange> version,
    Optional<ReleaseRange> released,
    List<String> newestWords) {

  public static final TagScope EVERY_TAG =
      new TagScope(List.of(), List.of(), Optional.empty(), Optional.empty(), List.of());

  public TagScope {
    anyVariant = List.copyOf(anyVariant);
    noVariant = List.copyOf(noVariant);
    newestWords = List.copyOf(newestWords);
  }

  public boolean coversEveryTag() {
    return anyVariant.isEmpty()
        && noVariant.isEmpty()
        && version.isEmpty()
        && released.isEmpty()
        && newestWords.isEmpty();
  }

  /**
   * @param tag the tag; empty for an image pinned by digest alone
   * @param today the day {@code latest} stands for in release ranges
   */
  public boolean matches(Optional<ImageTag> tag, LocalDate today) {
    if (coversEveryTag()) {
      return true;
    }
    if (tag.isEmpty()) {
      return false;
    }
    ImageTag t = tag.get();
    if (t.version().isEmpty() && !t.newest() && newestWords.contains(t.words().get(0))) {
      t = t.asNewest();
    }
    // Loops, not streams: every look-up in the knowledge base runs this on the cold path.
    if (!anyVariant.isEmpty() && !hasWordStartingWithAny(t, anyVariant)) {
      return false;
    }
    if (hasWordStartingWithAny(t, noVariant)) {
      return false;
    }
    if (version.isPresent() && !version.get().satisfiedBy(t)) {
      return false;
    }
    return released.isEmpty() || released.get().satisfiedBy(t, today);
  }

  private static boolean hasWordStartingWithAny(ImageTag tag, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (tag.hasWordStartingWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** The scope as a knowledge-base file writes it, for {@code compose-fix image}. */
  public String describe() {
    if (coversEveryTag()) {
      return "every tag";
    }
    StringBuilder text = new StringBuilder();
    if (!anyVariant.isEmpty()) {
      text.append("variant ").append(String.join(" or ", anyVariant)).append("; ");
    }
    if (!noVariant.isEmpty()) {
      text.append("not ").append(String.join(", ", noVariant)).append("; ");
    }
    version.ifPresent(v -> text.append("version ").append(v).append("; "));
    released.ifPresent(r -> text.append("released ").append(r).append("; "));
    return text.substring(0, text.length() - 2);
  }
}
