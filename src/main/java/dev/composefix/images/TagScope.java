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
 */
public record TagScope(
    List<String> anyVariant,
    List<String> noVariant,
    Optional<VersionRange> version,
    Optional<ReleaseRange> released) {

  public static final TagScope EVERY_TAG =
      new TagScope(List.of(), List.of(), Optional.empty(), Optional.empty());

  public TagScope {
    anyVariant = List.copyOf(anyVariant);
    noVariant = List.copyOf(noVariant);
  }

  public boolean coversEveryTag() {
    return anyVariant.isEmpty() && noVariant.isEmpty() && version.isEmpty() && released.isEmpty();
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
    if (!anyVariant.isEmpty() && anyVariant.stream().noneMatch(t::hasWordStartingWith)) {
      return false;
    }
    if (noVariant.stream().anyMatch(t::hasWordStartingWith)) {
      return false;
    }
    if (version.isPresent() && !version.get().satisfiedBy(t)) {
      return false;
    }
    return released.isEmpty() || released.get().satisfiedBy(t, today);
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
