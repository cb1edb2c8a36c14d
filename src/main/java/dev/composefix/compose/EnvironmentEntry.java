package dev.composefix.compose;

import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import java.util.Optional;

/**
 * One variable of a service's {@code environment}, list or map style.
 *
 * @param name the variable name
 * @param value the value as written, before interpolation; empty when the variable is only named
 *     ({@code - NAME}, or {@code NAME:} with no value)
 * @param scalar the scalar holding the value: the list item, or the map value; empty for a map
 *     entry without a value
 * @param valueOffset where the value starts inside {@code scalar}'s value: after {@code NAME=} for
 *     a list item, 0 for a map value
 * @param key the map key, or the list item for list style; where findings about the entry point
 */
public record EnvironmentEntry(
    String name,
    Optional<String> value,
    Optional<YScalar> scalar,
    int valueOffset,
    YNode key,
    boolean listStyle) {}
