package dev.composefix.pipeline;

import java.nio.file.Path;

/**
 * A file to process: where it is, and how to name it in output, which is the path as the user gave
 * it (joined with the file's place below a directory they gave).
 */
public record FileTarget(Path path, String display) {}
