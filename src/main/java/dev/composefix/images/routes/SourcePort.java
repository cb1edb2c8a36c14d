package dev.composefix.images.routes;

/**
 * A port a source or configuration file sets for the app to listen on.
 *
 * @param file the file, relative to the build context
 * @param line its 1-based line
 * @param how what sets it, as written or summarized: "app.listen(port), port = process.env.PORT ||
 *     3000 (PORT unset)"
 */
public record SourcePort(int port, String file, int line, String how) {}
