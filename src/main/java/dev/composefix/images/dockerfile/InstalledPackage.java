package dev.composefix.images.dockerfile;

/**
 * A package a {@code RUN} installs.
 *
 * @param manager {@code apt}, {@code apk}, {@code yum} (also dnf and microdnf), {@code pip} (also
 *     pip3 and uv pip), {@code npm} (global installs by npm, yarn or pnpm), {@code gem}, {@code go}
 *     or {@code cargo}
 * @param name the package name without version or extras; pip names are normalized (lower case,
 *     {@code _} and {@code .} as {@code -})
 */
public record InstalledPackage(String manager, String name, int line) {}
