package dev.composefix.images.dockerfile;

/**
 * A port an {@code EXPOSE} declares; a range {@code 8000-8010} keeps both ends.
 *
 * @param port the port, or the first of a range
 * @param lastPort the last port of a range; equal to {@code port} otherwise
 * @param protocol {@code tcp} or {@code udp}
 */
public record ExposedPort(int port, int lastPort, String protocol, int line) {}
