package dev.composefix.rules.schema;

import dev.composefix.yaml.YNode;

/**
 * One way the document breaks the Compose schema.
 *
 * @param at the node the problem is in: the offending value, or the key for an unknown or missing
 *     key
 * @param message what is wrong, starting with the path, e.g. {@code
 *     services.web.healthcheck.interval: expected a duration like 30s, got 30}
 */
public record SchemaViolation(YNode at, String message) {}
