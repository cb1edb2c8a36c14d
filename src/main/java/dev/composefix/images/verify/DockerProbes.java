package dev.composefix.images.verify;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The questions a check asks Docker, and how their answers are read. An image is pulled (with
 * {@code --pull}) and inspected once however many checks name it.
 */
public final class DockerProbes {

  private final Docker docker;
  private final ContainerNames names;
  private final boolean pull;
  private final Map<String, Prepared> prepared = new HashMap<>();

  /** An image's config, or why there is none. */
  private record Prepared(Optional<ImageConfig> config, Optional<ProbeFailure> failure) {}

  /**
   * @param pull whether to pull each image first; otherwise an image that is not present locally is
   *     skipped
   */
  public DockerProbes(Docker docker, ContainerNames names, boolean pull) {
    this.docker = docker;
    this.names = names;
    this.pull = pull;
  }

  /**
   * Asks for the daemon's version, so that an unreachable daemon is one error, not one an image.
   */
  public void connect() throws DockerUnavailableException {
    DockerCall call = DockerCalls.version();
    DockerAnswer answer = docker.run(call);
    if (answer.timedOut()) {
      throw new DockerUnavailableException(
          timedOut(call) + "; is the Docker daemon running and reachable?");
    }
    if (!answer.succeeded()) {
      throw new DockerUnavailableException(
          "docker cannot reach its daemon: " + answer.firstErrorLine());
    }
  }

  /** The image's config, pulled first with {@code --pull}. */
  public ImageConfig prepare(String image) throws ProbeFailure, DockerUnavailableException {
    Prepared known = prepared.get(image);
    if (known == null) {
      known = prepareOnce(image);
      prepared.put(image, known);
    }
    if (known.failure().isPresent()) {
      throw known.failure().get();
    }
    return known.config().orElseThrow();
  }

  private Prepared prepareOnce(String image) throws DockerUnavailableException {
    if (pull) {
      DockerCall call = DockerCalls.pull(image);
      DockerAnswer answer = docker.run(call);
      if (answer.timedOut()) {
        return failed(timedOut(call));
      }
      if (!answer.succeeded()) {
        return failed("docker pull failed: " + answer.firstErrorLine());
      }
    }
    DockerCall call = DockerCalls.inspect(image);
    DockerAnswer answer = docker.run(call);
    if (answer.timedOut()) {
      return failed(timedOut(call));
    }
    if (!answer.succeeded()) {
      if (!pull && answer.err().toLowerCase(Locale.ROOT).contains("no such image")) {
        return new Prepared(Optional.empty(), Optional.of(ProbeFailure.notPresentLocally(image)));
      }
      return failed(call.command() + " failed: " + answer.firstErrorLine());
    }
    Optional<ImageConfig> config = ImageConfig.parse(answer.out());
    if (config.isEmpty()) {
      return failed(call.command() + " gave an answer in an unknown form: " + firstLine(answer));
    }
    return new Prepared(config, Optional.empty());
  }

  /** The answer to a probe; a probe that runs out of time fails. */
  private DockerAnswer runInTime(DockerCall call) throws ProbeFailure, DockerUnavailableException {
    DockerAnswer answer = docker.run(call);
    if (answer.timedOut()) {
      throw ProbeFailure.failed(timedOut(call));
    }
    return answer;
  }

  /**
   * What {@code /bin/sh} finds under each name, in one container; empty when the image has no
   * {@code /bin/sh}.
   */
  public Optional<Map<String, ProgramState>> withShell(String image, List<String> programs)
      throws ProbeFailure, DockerUnavailableException {
    DockerCall call = DockerCalls.shellProbe(image, names.next(), programs);
    DockerAnswer answer = runInTime(call);
    if (answer.programNotFound()) {
      return Optional.empty();
    }
    if (!answer.succeeded()) {
      throw ProbeFailure.failed(call.command() + " failed: " + answer.firstErrorLine());
    }
    Optional<Map<String, ProgramState>> states = ProbeScript.read(answer.out(), programs);
    if (states.isEmpty()) {
      throw ProbeFailure.failed(
          call.command() + " with /bin/sh gave an answer in an unknown form: " + firstLine(answer));
    }
    return states;
  }

  /**
   * Whether Docker can start the program itself, as it starts a {@code CMD} healthcheck: in an
   * image without {@code /bin/sh}, or for a name the shell answers itself.
   */
  public ProgramState byStarting(String image, String program)
      throws ProbeFailure, DockerUnavailableException {
    DockerCall call = DockerCalls.execProbe(image, names.next(), program);
    DockerAnswer answer = runInTime(call);
    if (answer.programNotFound()) {
      return ProgramState.MISSING;
    }
    if (answer.exitCode() == DockerAnswer.DAEMON_ERROR) {
      throw ProbeFailure.failed(call.command() + " failed: " + answer.firstErrorLine());
    }
    // The program ran, whatever it made of --version; busybox names itself in the usage it prints.
    return (answer.out() + answer.err()).contains("BusyBox v")
        ? ProgramState.BUSYBOX_APPLET
        : ProgramState.OWN_FILE;
  }

  private String timedOut(DockerCall call) {
    return call.command()
        + " did not finish within "
        + docker.timeoutSeconds()
        + " s and was stopped (raise --timeout)";
  }

  private static Prepared failed(String message) {
    return new Prepared(Optional.empty(), Optional.of(ProbeFailure.failed(message)));
  }

  private static String firstLine(DockerAnswer answer) {
    return answer.out().lines().findFirst().orElse("(nothing)");
  }
}
