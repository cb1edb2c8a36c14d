package dev.composefix.cli;

import dev.composefix.images.verify.ContainerNames;
import dev.composefix.images.verify.DockerProbes;
import dev.composefix.images.verify.DockerUnavailableException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/** Finds {@code docker} and checks that it reaches its daemon, before any image is looked at. */
final class DockerConnection {

  private DockerConnection() {}

  /** The probes to ask Docker with; empty, after one line on stderr, when it cannot be used. */
  static Optional<DockerProbes> open(
      Map<String, String> environment, DockerOptions options, CommandLine commandLine) {
    int timeout = options.timeoutSeconds(commandLine);
    PrintWriter err = commandLine.getErr();
    try {
      DockerProbes probes =
          new DockerProbes(
              new DockerProcess(DockerExecutable.find(environment), timeout),
              // Unique to this run, so that a container left by a stopped probe can be named.
              new ContainerNames("compose-fix-" + ProcessHandle.current().pid()),
              options.pull);
      probes.connect();
      return Optional.of(probes);
    } catch (DockerUnavailableException e) {
      err.println("compose-fix: " + e.getMessage());
      err.flush();
      return Optional.empty();
    }
  }
}
