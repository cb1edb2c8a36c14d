package dev.composefix.images.routes;

import java.util.Objects;

/**
 * A port a source or configuration file sets for the app to listen on.
 *
 * @param file the file, relative to the build context
 * @param line its 1-based line
 * @param how what sets it, as written or summarized: "app.listen(port), port = process.env.PORT ||
 *     3000 (PORT unset)"
 */
public record SourcePort(int port, String file, int line, String how) {

  // Written out: a record's generated equals and hashCode are linked at run time, with classes
  // spun that no class-data archive holds; a route's port is compared when routes are told apart.
  @Override
  public boolean equals(Object other) {
    return other instanceof SourcePort that
        && port == that.port
        && line == that.line
        && file.equals(that.file)
        && how.equals(that.how);
  }

  @Override
  public int hashCode() {
    return Objects.hash(port, file, line, how);
  }
}
