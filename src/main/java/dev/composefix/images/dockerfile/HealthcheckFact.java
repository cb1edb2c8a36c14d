package dev.composefix.images.dockerfile;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code HEALTHCHECK} instruction.
 *
 * @param disabled {@code HEALTHCHECK NONE}
 * @param test Compose's form of the test: {@code ["CMD", ...]}, {@code ["CMD-SHELL", "..."]}, or
 *     {@code ["NONE"]}
 * @param options its flags by name without dashes: {@code interval -> 30s}
 * @param inheritedFrom the stage it was inherited from, when an earlier stage set it
 */
public record HealthcheckFact(
    boolean disabled,
    List<String> test,
    Map<String, String> options,
    int line,
    Optional<String> inheritedFrom) {

  public HealthcheckFact {
    test = List.copyOf(test);
    options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
  }

  HealthcheckFact inherited(String stage) {
    return inheritedFrom.isPresent()
        ? this
        : new HealthcheckFact(disabled, test, options, line, Optional.of(stage));
  }
}
