package dev.composefix.images.verify;

/** {@code docker} cannot be run, or cannot reach its daemon: nothing can be checked. */
public final class DockerUnavailableException extends Exception {

  private static final long serialVersionUID = 1L;

  public DockerUnavailableException(String message) {
    super(message);
  }
}
