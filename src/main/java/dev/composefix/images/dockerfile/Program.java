package dev.composefix.images.dockerfile;

/**
 * A program the Dockerfile puts into the image, by the name a command calls it.
 *
 * @param name the command name: {@code curl}, {@code nc}, {@code node}
 * @param how how it got there: "apt install curl", "downloaded to /usr/local/bin/sfw", "COPY
 *     --from=build /artifacts/web"
 */
public record Program(String name, String how, int line) {}
