package dev.composefix.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A stand-in for the {@code docker} CLI: a shell script that answers {@code version}, {@code pull},
 * {@code image inspect}, {@code run} and {@code rm} from canned files per image, and logs every
 * call one line each, so that tests can compare exactly what was run.
 */
public final class DockerStub {

  /** The docker daemon's message when the image's program does not exist, as runc gives it. */
  private static final String SCRIPT =
      """
      #!/bin/sh
      # A stand-in for docker: answers from the files beside it and logs every call.
      here=$(cd "$(dirname "$0")" && pwd)
      printf '%s\\n' "$*" >> "$here/calls.log"
      folder() { printf '%s' "$here/images/$(printf '%s' "$1" | tr '/:@' '___')"; }
      said() { awk -v p="$2" 'substr($0, index($0, " ") + 1) == p { print; exit }' "$1/programs" 2>/dev/null; }
      case "$1" in
      version)
        if [ -f "$here/no-daemon" ]; then
          echo "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?" >&2
          exit 1
        fi
        echo 27.3.1 ;;
      pull)
        d=$(folder "$3")
        if [ -f "$d/pull-error" ]; then cat "$d/pull-error" >&2; exit 1; fi
        mkdir -p "$d" && touch "$d/local"
        echo "$3" ;;
      image)
        d=$(folder "$5")
        if [ ! -f "$d/local" ]; then echo "Error response from daemon: No such image: $5" >&2; exit 1; fi
        cat "$d/inspect" ;;
      run)
        shift 4
        entry=${2#--entrypoint=}
        d=$(folder "$3")
        shift 3
        if [ -f "$d/sleep" ]; then sleep "$(cat "$d/sleep")"; fi
        if [ "$entry" = /bin/sh ] && [ ! -f "$d/shell" ]; then
          echo 'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/bin/sh": stat /bin/sh: no such file or directory: unknown.' >&2
          exit 127
        fi
        if [ "$entry" = /bin/sh ]; then
          shift 3
          for p do line=$(said "$d" "$p"); echo "${line:-missing $p}"; done
          exit 0
        fi
        case $(said "$d" "$entry") in
        found*) echo "$entry 1.0" ;;
        applet*) echo "$entry: unrecognized option '--version'" >&2; echo "BusyBox v1.36.1 (2024-06-10 07:11:47 UTC) multi-call binary." >&2; exit 1 ;;
        *) echo "docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: \\"$entry\\": executable file not found in \\$PATH: unknown." >&2; exit 127 ;;
        esac ;;
      rm) echo "$3" ;;
      *) echo "stub docker: unknown call $*" >&2; exit 125 ;;
      esac
      """;

  private final Path folder;

  private DockerStub(Path folder) {
    this.folder = folder;
  }

  /** Writes the stub into {@code folder}, as {@code folder/docker}. */
  public static DockerStub in(Path folder) {
    try {
      Files.createDirectories(folder.resolve("images"));
      Path docker = folder.resolve("docker");
      Files.writeString(docker, SCRIPT, StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(docker, PosixFilePermissions.fromString("rwxr-xr-x"));
      return new DockerStub(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path executable() {
    return folder.resolve("docker");
  }

  public Path folder() {
    return folder;
  }

  /** An image as the stub's daemon has it. */
  public final class Image {
    private final Path dir;

    private Image(Path dir) {
      this.dir = dir;
    }

    /** Present locally, inspected as {@code ARCH HEALTHCHECK-JSON}, e.g. {@code amd64 null}. */
    public Image local(String inspect) {
      write("local", "");
      return write("inspect", inspect + "\n");
    }

    /** Not present locally, and pulled as {@code ARCH HEALTHCHECK-JSON} with --pull. */
    public Image pullable(String inspect) {
      return write("inspect", inspect + "\n");
    }

    /** Its pull fails with this message. */
    public Image pullFails(String message) {
      return write("pull-error", message + "\n");
    }

    /** It has /bin/sh. */
    public Image shell() {
      return write("shell", "");
    }

    /**
     * What the probe finds: lines {@code found curl}, {@code applet wget}, {@code builtin exit}.
     */
    public Image programs(String... lines) {
      return write("programs", String.join("\n", List.of(lines)) + "\n");
    }

    /** Every run of it takes this long. */
    public Image slow(int seconds) {
      return write("sleep", seconds + "\n");
    }

    private Image write(String name, String content) {
      try {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        return this;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public Image image(String name) {
    return new Image(folder.resolve("images").resolve(name.replaceAll("[/:@]", "_")));
  }

  /** Its daemon is down: {@code docker version} fails. */
  public void daemonDown() {
    try {
      Files.writeString(folder.resolve("no-daemon"), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The calls made, one a line, with container names' process id written {@code PID} so that runs
   * compare equal.
   */
  public String calls() {
    try {
      Path log = folder.resolve("calls.log");
      return Files.exists(log)
          ? Files.readString(log, StandardCharsets.UTF_8)
              .replaceAll("compose-fix-[0-9]+-", "compose-fix-PID-")
          : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
