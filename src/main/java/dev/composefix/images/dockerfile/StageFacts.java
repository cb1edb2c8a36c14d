package dev.composefix.images.dockerfile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the Dockerfile says about the image of one stage, with the stages it is built {@code FROM}
 * folded in; every fact carries its line.
 *
 * @param stage the stage's name, or its 0-based index when it has none
 * @param base the external image the stage chain ends on
 * @param packages the packages installed and not removed again, in install order
 * @param removedPackages packages removed ({@code apt-get purge}, {@code apk del}, ...), whether or
 *     not this Dockerfile installed them
 * @param programs the commands put into the image and not removed again, by name
 * @param user the last {@code USER}
 * @param workdir the last {@code WORKDIR}, made absolute
 * @param env the {@code ENV} variables, values substituted
 * @param exposedPorts the {@code EXPOSE}d ports
 * @param healthcheck the last {@code HEALTHCHECK}
 * @param cmd the {@code CMD} in effect ({@code ENTRYPOINT} in a later stage clears an inherited
 *     one)
 * @param entrypoint the {@code ENTRYPOINT} in effect
 * @param copies the {@code COPY} and {@code ADD} instructions whose files end up in the image or go
 *     into building it: those of this stage, of the stages it is built from, and of the stages it
 *     copies from
 */
public record StageFacts(
    String stage,
    BaseImage base,
    List<InstalledPackage> packages,
    List<InstalledPackage> removedPackages,
    List<Program> programs,
    Optional<Located<String>> user,
    Optional<Located<String>> workdir,
    Map<String, Located<String>> env,
    List<ExposedPort> exposedPorts,
    Optional<HealthcheckFact> healthcheck,
    Optional<CommandForm> cmd,
    Optional<CommandForm> entrypoint,
    List<CopyFact> copies) {

  public StageFacts {
    packages = List.copyOf(packages);
    removedPackages = List.copyOf(removedPackages);
    programs = List.copyOf(programs);
    env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
    exposedPorts = List.copyOf(exposedPorts);
    copies = List.copyOf(copies);
  }

  /** The names of {@link #programs()}, sorted. */
  public List<String> programNames() {
    return programs.stream().map(Program::name).sorted().distinct().toList();
  }

  /** The environment as plain values, in declaration order. */
  public Map<String, String> environment() {
    Map<String, String> values = new LinkedHashMap<>();
    env.forEach((k, v) -> values.put(k, v.value()));
    return Collections.unmodifiableMap(values);
  }

  /** The copies from the build context. */
  public List<CopyFact> contextCopies() {
    return copies.stream().filter(CopyFact::fromContext).toList();
  }

  /**
   * What the container runs by default: Docker appends {@code CMD} to an exec-form {@code
   * ENTRYPOINT}; a shell-form {@code ENTRYPOINT} runs its command line and ignores {@code CMD}.
   */
  public Optional<EffectiveCommand> effectiveCommand() {
    if (entrypoint.isPresent()) {
      CommandForm entry = entrypoint.get();
      if (entry.shellForm()) {
        return Optional.of(
            new EffectiveCommand(
                entry.argv(),
                cmd.isPresent() ? "shell-form ENTRYPOINT (CMD ignored)" : "ENTRYPOINT"));
      }
      if (cmd.isPresent()) {
        List<String> argv = new ArrayList<>(entry.argv());
        argv.addAll(cmd.get().argv());
        return Optional.of(new EffectiveCommand(argv, "ENTRYPOINT + CMD"));
      }
      return Optional.of(new EffectiveCommand(entry.argv(), "ENTRYPOINT"));
    }
    return cmd.map(c -> new EffectiveCommand(c.argv(), "CMD"));
  }
}
