package dev.composefix.images.dockerfile;

/**
 * Something the reader could not read, or chose not to, and why: never an exception, so that one
 * odd file never hides the facts of the others.
 *
 * @param file the file it is about, relative to the build context ("Dockerfile", "app/main.py"), or
 *     empty for the build as a whole
 * @param line the 1-based line it is about, or 0
 * @param message what happened, as a sentence without a final period
 */
public record ReadNote(String file, int line, String message) {

  public static ReadNote of(String message) {
    return new ReadNote("", 0, message);
  }

  @Override
  public String toString() {
    if (file.isEmpty()) {
      return message;
    }
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
