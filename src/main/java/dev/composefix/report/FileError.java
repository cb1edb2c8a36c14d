package dev.composefix.report;

import dev.composefix.text.Position;

/**
 * Why a file could not be processed: where, and what to do about it.
 *
 * @param internal true for a bug in compose-fix rather than a problem with the file
 */
public record FileError(Position position, String message, boolean internal) {}
