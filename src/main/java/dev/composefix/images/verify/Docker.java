package dev.composefix.images.verify;

/**
 * Runs one {@code docker} command and waits, at most {@link #timeoutSeconds()}, for its answer. The
 * command line implements it; tests answer from memory.
 */
public interface Docker {

  /**
   * The answer to one call; a call that runs past the timeout is stopped, its container removed,
   * and answered as timed out.
   *
   * @throws DockerUnavailableException when {@code docker} cannot be started at all
   */
  DockerAnswer run(DockerCall call) throws DockerUnavailableException;

  /** How long one call may take, for messages. */
  int timeoutSeconds();
}
