package dev.composefix.rules.healthcheck;

import java.util.Optional;

/**
 * What the probe ladder found for a service: a probe, or why there is none.
 *
 * @param probe the probe; empty when none fits
 * @param reason why none fits: what is missing, and what would work
 */
record ProbeChoice(Optional<Probe> probe, String reason) {

  static ProbeChoice of(Probe probe) {
    return new ProbeChoice(Optional.of(probe), "");
  }

  static ProbeChoice none(String reason) {
    return new ProbeChoice(Optional.empty(), reason);
  }
}
