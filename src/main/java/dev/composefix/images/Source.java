package dev.composefix.images;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a fact comes from: a file of a public repository at a commit or release tag, and the day
 * someone read it.
 *
 * @param key the short name facts cite it by
 * @param repo the repository, as {@code owner/name}
 * @param path the file in that repository
 * @param ref a 40-hex commit or a release tag
 * @param says what in the file backs the facts, when written down
 */
public record Source(
    String key, String repo, String path, String ref, LocalDate checked, Optional<String> says) {

  /** One line, as {@code compose-fix image} prints it. */
  public String describe() {
    return repo + " " + path + " @ " + ref + " (checked " + checked + ")";
  }
}
