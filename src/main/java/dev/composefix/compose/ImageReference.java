package dev.composefix.compose;

import java.util.Locale;
import java.util.Optional;

/**
 * An image reference such as {@code registry:5000/team/app:1.2@sha256:...}, split the way Docker
 * reads it. {@code docker.io/library/redis}, {@code library/redis} and {@code redis} name the same
 * image; a registry port is not a tag.
 *
 * @param text the reference as written
 * @param registry the registry host (with port), or empty for Docker Hub
 * @param path the repository path without registry, e.g. {@code minio/minio} or {@code redis}
 * @param tag the tag, or empty
 * @param digest the digest after {@code @}, or empty
 * @param nameEnd offset in {@code text} where the name ends and {@code :tag} or {@code @digest}
 *     begins
 */
public record ImageReference(
    String text,
    Optional<String> registry,
    String path,
    Optional<String> tag,
    Optional<String> digest,
    int nameEnd) {

  private static final java.util.regex.Pattern VALID_TAG =
      java.util.regex.Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

  private static boolean hasWhitespace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Parses a reference; empty when it holds a variable or is not a reference at all. */
  public static Optional<ImageReference> parse(String text) {
    if (text.isBlank() || text.contains("$") || hasWhitespace(text)) {
      return Optional.empty();
    }
    int at = text.indexOf('@');
    String name = at < 0 ? text : text.substring(0, at);
    Optional<String> digest = at < 0 ? Optional.empty() : Optional.of(text.substring(at + 1));
    int lastSlash = name.lastIndexOf('/');
    int colon = name.indexOf(':', lastSlash + 1);
    Optional<String> tag = colon < 0 ? Optional.empty() : Optional.of(name.substring(colon + 1));
    String repository = colon < 0 ? name : name.substring(0, colon);
    if (repository.isEmpty() || tag.isPresent() && tag.get().isEmpty()) {
      return Optional.empty();
    }
    Optional<String> registry = Optional.empty();
    String path = repository;
    int firstSlash = repository.indexOf('/');
    if (firstSlash > 0) {
      String first = repository.substring(0, firstSlash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        registry = Optional.of(first);
        path = repository.substring(firstSlash + 1);
      }
    }
    return Optional.of(new ImageReference(text, registry, path, tag, digest, repository.length()));
  }

  /**
   * The name that identifies the image whatever way it is written: Docker Hub's registry and {@code
   * library/} prefix dropped, lower case.
   */
  public String normalizedName() {
    String host = registry.isPresent() ? registry.get().toLowerCase(Locale.ROOT) : "docker.io";
    boolean dockerHub =
        host.equals("docker.io")
            || host.equals("index.docker.io")
            || host.equals("registry-1.docker.io");
    String repository = path.toLowerCase(Locale.ROOT);
    if (dockerHub) {
      return repository.startsWith("library/")
          ? repository.substring("library/".length())
          : repository;
    }
    return host + "/" + repository;
  }

  /** The last path segment, e.g. {@code minio} for {@code quay.io/minio/minio}. */
  public String baseName() {
    String name = normalizedName();
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /** True when it has no tag, or one that Docker accepts: a word character, then up to 127 more. */
  public boolean hasValidTag() {
    return tag.isEmpty() || VALID_TAG.matcher(tag.get()).matches();
  }

  public boolean isPinnedByDigest() {
    return digest.isPresent();
  }

  /** No tag, or {@code latest}: whatever was newest when the image was pulled. */
  public boolean isFloating() {
    return digest.isEmpty() && (tag.isEmpty() || tag.get().equals("latest"));
  }

  /** Normalizes a name written in configuration or a table the same way. */
  public static String normalize(String name) {
    Optional<ImageReference> reference = parse(name);
    return reference.isPresent() ? reference.get().normalizedName() : name.toLowerCase(Locale.ROOT);
  }
}
