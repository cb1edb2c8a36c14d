package dev.composefix.images.verify;

import dev.composefix.compose.ComposeFile;
import dev.composefix.compose.ExtendedService;
import dev.composefix.compose.HealthcheckTest;
import dev.composefix.compose.Healthchecks;
import dev.composefix.compose.ImageReference;
import dev.composefix.compose.Service;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code compose-fix verify-healthchecks}: whether the image of each service with a healthcheck has
 * the programs its test calls, and {@code /bin/sh} when the test needs a shell.
 */
public final class HealthcheckVerification {

  private final DockerProbes probes;

  public HealthcheckVerification(DockerProbes probes) {
    this.probes = probes;
  }

  /** The services whose healthcheck is on, in file order. */
  public static List<Service> withHealthchecks(ComposeFile compose) {
    return compose.services().stream()
        .filter(service -> Healthchecks.enabled(service).isPresent())
        .toList();
  }

  /**
   * Checks one service's healthcheck.
   *
   * @param file how output names the Compose file
   */
  public Outcome verify(String file, ComposeFile compose, Service service)
      throws DockerUnavailableException {
    String prefix = file + ": service '" + service.name() + "'";
    ExtendedService extended = ExtendedService.of(compose, service);
    if (extended.has("build")) {
      return Outcome.skipped(
          prefix + ": skipped: it builds its image, which compose-fix does not build");
    }
    Optional<ImageReference> image = extended.image();
    if (image.isEmpty()) {
      return Outcome.skipped(
          prefix + ": skipped: its image is not known (a variable without a default, or none)");
    }
    String name = image.get().text();
    prefix += " (" + name + "): ";
    YMapping healthcheck = Healthchecks.enabled(service).orElseThrow();
    Optional<HealthcheckTest> test = HealthcheckTest.of(healthcheck);
    if (test.isEmpty()) {
      return Outcome.skipped(
          prefix
              + (Mappings.get(healthcheck, "test").isEmpty()
                  ? "skipped: its healthcheck has no test of its own; the image's runs"
                  : "skipped: its test is in no form that Compose runs"));
    }
    Optional<HealthcheckPrograms> programs = HealthcheckPrograms.of(test.get());
    if (programs.isEmpty()) {
      return Outcome.skipped(
          prefix
              + "skipped: its test has a subshell, a command substitution or arithmetic, whose"
              + " programs compose-fix does not read");
    }
    if (!programs.get().shell() && programs.get().programs().isEmpty()) {
      return Outcome.skipped(
          prefix + "skipped: its test's program is a variable, which only the container knows");
    }
    try {
      probes.prepare(name);
      return programs.get().shell()
          ? shellTest(name, prefix, programs.get().programs())
          : execTest(name, prefix, programs.get().programs().get(0));
    } catch (ProbeFailure failure) {
      return failure.outcome(prefix);
    }
  }

  private Outcome shellTest(String image, String prefix, List<String> programs)
      throws ProbeFailure, DockerUnavailableException {
    Optional<Map<String, ProgramState>> states = probes.withShell(image, programs);
    if (states.isEmpty()) {
      return Outcome.mismatched(
          List.of(prefix + "the healthcheck runs its test with /bin/sh, which the image lacks"));
    }
    List<String> lacking = new ArrayList<>();
    states
        .get()
        .forEach(
            (program, state) -> {
              if (state == ProgramState.MISSING) {
                lacking.add(
                    prefix + "the healthcheck calls " + program + ", which the image lacks");
              }
            });
    if (!lacking.isEmpty()) {
      return Outcome.mismatched(lacking);
    }
    List<String> has = new ArrayList<>(List.of("/bin/sh"));
    has.addAll(programs);
    return Outcome.held(prefix + "the image has " + String.join(", ", has));
  }

  /** Docker starts a CMD test's program itself: it must be a file, not a shell builtin. */
  private Outcome execTest(String image, String prefix, String program)
      throws ProbeFailure, DockerUnavailableException {
    Optional<ProgramState> state =
        probes
            .withShell(image, List.of(program))
            .map(states -> states.get(program))
            .filter(found -> found != ProgramState.SHELL_BUILTIN);
    if (state.isEmpty()) {
      state = Optional.of(probes.byStarting(image, program));
    }
    if (state.get() == ProgramState.MISSING) {
      return Outcome.mismatched(
          List.of(prefix + "the healthcheck calls " + program + ", which the image lacks"));
    }
    return Outcome.held(prefix + "the image has " + program);
  }
}
