package dev.composefix.images.dockerfile;

/**
 * A here-document of a {@code RUN}, {@code COPY} or {@code ADD} instruction.
 *
 * @param name its delimiter word, such as {@code EOF}
 * @param body the lines between the instruction and the delimiter, each ending in a line break
 * @param line the 1-based line of its first body line
 */
public record Heredoc(String name, String body, int line) {}
