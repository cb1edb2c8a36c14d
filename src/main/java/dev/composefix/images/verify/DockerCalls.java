package dev.composefix.images.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code docker} commands a check runs. Every option is written as {@code --name=value}, and a
 * program is handed to the probe script as an argument, never pasted into it, so that no name from
 * a Compose file is read as an option or as shell code.
 */
public final class DockerCalls {

  /**
   * The image's architecture, then its {@code HEALTHCHECK} test as JSON ({@code null} when it
   * declares none): {@code amd64 ["CMD-SHELL","pg_isready"]}.
   */
  public static final String INSPECT_FORMAT =
      "{{.Architecture}} {{if .Config.Healthcheck}}{{json .Config.Healthcheck.Test}}"
          + "{{else}}null{{end}}";

  /**
   * Probe containers never pull (a run never waits on a registry unless {@code --pull} asked for
   * it, and then the image is pulled first) and get no network, which a lookup does not need.
   */
  private static final List<String> RUN = List.of("run", "--rm", "--pull=never", "--network=none");

  private DockerCalls() {}

  /** Whether the CLI reaches a daemon. */
  public static DockerCall version() {
    return new DockerCall(List.of("version", "--format", "{{.Server.Version}}"), Optional.empty());
  }

  public static DockerCall pull(String image) {
    return new DockerCall(List.of("pull", "--quiet", image), Optional.empty());
  }

  public static DockerCall inspect(String image) {
    return new DockerCall(
        List.of("image", "inspect", "--format", INSPECT_FORMAT, image), Optional.empty());
  }

  /** Runs the {@link ProbeScript} with {@code /bin/sh}: one container for every program. */
  public static DockerCall shellProbe(String image, String container, List<String> programs) {
    List<String> arguments = new ArrayList<>(RUN);
    arguments.add("--name=" + container);
    arguments.add("--entrypoint=/bin/sh");
    arguments.add(image);
    arguments.add("-c");
    arguments.add(ProbeScript.TEXT);
    arguments.add("sh");
    arguments.addAll(programs);
    return new DockerCall(arguments, Optional.of(container));
  }

  /**
   * Starts the program itself, for an image without {@code /bin/sh} or a program that must be a
   * file: Docker refuses to start a program it cannot find, whatever the program does with {@code
   * --version}.
   */
  public static DockerCall execProbe(String image, String container, String program) {
    List<String> arguments = new ArrayList<>(RUN);
    arguments.add("--name=" + container);
    arguments.add("--entrypoint=" + program);
    arguments.add(image);
    arguments.add("--version");
    return new DockerCall(arguments, Optional.of(container));
  }

  /** Removes a probe container that was stopped at the timeout. */
  public static DockerCall remove(String container) {
    return new DockerCall(List.of("rm", "--force", container), Optional.empty());
  }
}
