package dev.composefix.images.routes;

/**
 * A text file of the build context that the Dockerfile copies.
 *
 * @param path its path relative to the build context, with {@code /} separators
 * @param imagePath where the copy puts it in the image
 * @param text its content, decoded as UTF-8 (malformed bytes replaced)
 */
public record SourceFile(String path, String imagePath, String text) {

  /** Its name without folders. */
  public String fileName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  @Override
  public String toString() {
    return "SourceFile[" + path + " -> " + imagePath + ", " + text.length() + " chars]";
  }
}
