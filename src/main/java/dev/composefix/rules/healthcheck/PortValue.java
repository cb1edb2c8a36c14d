package dev.composefix.rules.healthcheck;

import dev.composefix.compose.Interpolation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A port a probe connects to: its number, and the text the probe writes for it. A port that the
 * service sets with a Compose variable and a default ({@code ${API_PORT:-8000}}) is written as that
 * variable, so that Compose gives the probe the value it gives the server; its number is the
 * default.
 */
record PortValue(int number, String written) {

  static PortValue of(int number) {
    return new PortValue(number, Integer.toString(number));
  }

  /**
   * The port at the end of {@code 9002}, {@code 0.0.0.0:9002} or {@code 0.0.0.0:${PORT:-9002}};
   * empty for anything else, a variable without a default included.
   */
  static Optional<PortValue> of(String text) {
    String trimmed = text.trim();
    List<Interpolation.Reference> references = Interpolation.references(trimmed);
    if (references.isEmpty()) {
      OptionalInt port = ServiceSettings.port(trimmed);
      return port.isPresent() ? Optional.of(of(port.getAsInt())) : Optional.empty();
    }
    Interpolation.Reference last = references.get(references.size() - 1);
    String before = trimmed.substring(0, last.start());
    if (last.end() != trimmed.length()
        || !last.hasDefault()
        || !(before.isEmpty() || before.endsWith(":"))) {
      return Optional.empty();
    }
    String fallback = last.argument(trimmed);
    OptionalInt port =
        fallback.matches("\\d{1,5}") ? ServiceSettings.port(fallback) : OptionalInt.empty();
    return port.isPresent()
        ? Optional.of(new PortValue(port.getAsInt(), trimmed.substring(last.start())))
        : Optional.empty();
  }
}
