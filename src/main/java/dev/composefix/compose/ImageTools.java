package dev.composefix.compose;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A small, documented table of image families and the health-probe tools their images ship with.
 * An image the table does not know has no entry: rules stay silent about it rather than guess.
 */
public final class ImageTools {

  /** Tools a healthcheck may call. */
  public enum Tool {
    CURL,
    WGET,
    MC,
    NC
  }

  /** One row: which images it covers, what they have, and why the table says so. */
  public record Family(String name, Predicate<ImageReference> matches, Set<Tool> tools, String note) {}

  private static boolean tagHas(ImageReference image, String word) {
    return image.tag().map(tag -> tag.contains(word)).orElse(false);
  }

  private static final List<Family> FAMILIES = List.of(
      new Family("distroless", image -> image.normalizedName().startsWith("gcr.io/distroless/") || tagHas(image, "distroless"),
          EnumSet.noneOf(Tool.class), "distroless images have no shell and no tools"),
      new Family("scratch", image -> image.normalizedName().equals("scratch"),
          EnumSet.noneOf(Tool.class), "scratch is empty"),
      new Family("minio", image -> image.baseName().equals("minio") && image.normalizedName().endsWith("minio/minio"),
          EnumSet.of(Tool.CURL), "minio/minio ships curl but not the mc client (hardening review)"),
      new Family("alpine", image -> image.baseName().equals("alpine") || image.baseName().equals("busybox") || tagHas(image, "alpine"),
          EnumSet.of(Tool.WGET, Tool.NC), "alpine-based images have busybox wget and nc but no curl"));

  private ImageTools() {}

  /** The family an image belongs to, when the table knows it. */
  public static Optional<Family> familyOf(ImageReference image) {
    return FAMILIES.stream().filter(family -> family.matches().test(image)).findFirst();
  }

  /** Whether the image is known to have the tool: empty when the table does not know the image. */
  public static Optional<Boolean> has(ImageReference image, Tool tool) {
    return familyOf(image).map(family -> family.tools().contains(tool));
  }

  public static List<Family> families() {
    return FAMILIES;
  }
}
