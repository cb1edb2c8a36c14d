package dev.composefix.images.dockerfile;

/**
 * A fact and the Dockerfile line that states it.
 *
 * @param line the 1-based line of the instruction
 */
public record Located<T>(T value, int line) {}
