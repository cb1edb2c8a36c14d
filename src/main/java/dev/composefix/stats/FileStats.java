package dev.composefix.stats;

import java.util.Map;

/**
 * The verification report for one file, or a total: the hardening review's "Verification Commands",
 * counted from the parsed document instead of grep.
 *
 * @param services services in the file
 * @param healthchecks enabled healthchecks, with and without {@code start_period}, and disabled
 *     ones
 * @param images service images: pinned (a version tag or a digest), {@code :latest}, untagged, and
 *     unresolved (written with a variable)
 * @param secrets secret variables: required ({@code ${X:?...}}), defaulted ({@code ${X:-...}}) and
 *     hard-coded in an environment
 * @param gpus services that need a GPU, with and without a device reservation
 * @param findings findings per rule, every rule listed
 */
public record FileStats(
    int services,
    Healthchecks healthchecks,
    Images images,
    Secrets secrets,
    Gpus gpus,
    Map<String, Integer> findings) {

  /** Healthcheck counts. */
  public record Healthchecks(int withStartPeriod, int withoutStartPeriod, int disabled) {
    public int enabled() {
      return withStartPeriod + withoutStartPeriod;
    }

    Healthchecks plus(Healthchecks other) {
      return new Healthchecks(
          withStartPeriod + other.withStartPeriod,
          withoutStartPeriod + other.withoutStartPeriod,
          disabled + other.disabled);
    }
  }

  /** Image counts. */
  public record Images(int pinned, int latest, int untagged, int unresolved) {
    public int total() {
      return pinned + latest + untagged + unresolved;
    }

    Images plus(Images other) {
      return new Images(
          pinned + other.pinned,
          latest + other.latest,
          untagged + other.untagged,
          unresolved + other.unresolved);
    }
  }

  /** Secret variable counts. */
  public record Secrets(int required, int defaulted, int hardCoded) {
    public int total() {
      return required + defaulted + hardCoded;
    }

    Secrets plus(Secrets other) {
      return new Secrets(
          required + other.required, defaulted + other.defaulted, hardCoded + other.hardCoded);
    }
  }

  /** GPU service counts. */
  public record Gpus(int withReservation, int withoutReservation) {
    public int total() {
      return withReservation + withoutReservation;
    }

    Gpus plus(Gpus other) {
      return new Gpus(
          withReservation + other.withReservation, withoutReservation + other.withoutReservation);
    }
  }

  public int findingCount() {
    return findings.values().stream().mapToInt(Integer::intValue).sum();
  }

  public FileStats plus(FileStats other) {
    Map<String, Integer> sum = new java.util.LinkedHashMap<>(findings);
    other.findings.forEach((rule, count) -> sum.merge(rule, count, Integer::sum));
    return new FileStats(
        services + other.services,
        healthchecks.plus(other.healthchecks),
        images.plus(other.images),
        secrets.plus(other.secrets),
        gpus.plus(other.gpus),
        sum);
  }
}
