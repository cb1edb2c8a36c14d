package dev.composefix.images.routes;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The code of source files with comments and strings masked, made once for the builds of a file
 * that copy the same files and kept for the others. A file is always masked in the syntax its name
 * gives it, so the file alone is the key; it is compared by identity, as the builds share the very
 * file objects read once.
 */
final class MaskedCode {

  private final Map<SourceFile, CodeText> masked = new IdentityHashMap<>();

  /** The file's masked code in {@code syntax}, the one its name gives it. */
  synchronized CodeText of(SourceFile file, CodeText.Syntax syntax) {
    CodeText text = masked.get(file);
    if (text == null) {
      text = CodeText.of(file.text(), syntax);
      masked.put(file, text);
    }
    return text;
  }
}
