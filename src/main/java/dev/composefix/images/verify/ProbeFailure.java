package dev.composefix.images.verify;

/** Why an image could not be checked: it is not there to check, or Docker failed. */
public final class ProbeFailure extends Exception {

  private static final long serialVersionUID = 1L;

  private final boolean skipped;

  private ProbeFailure(boolean skipped, String message) {
    super(message);
    this.skipped = skipped;
  }

  /** The image is not present locally and was not to be pulled: nothing is wrong with it. */
  static ProbeFailure notPresentLocally(String image) {
    return new ProbeFailure(
        true,
        "skipped: the image is not present locally; pull it with docker pull "
            + image
            + ", or pass --pull");
  }

  static ProbeFailure failed(String message) {
    return new ProbeFailure(false, message);
  }

  /** The outcome of the image's check, each line starting with {@code prefix}. */
  Outcome outcome(String prefix) {
    return skipped ? Outcome.skipped(prefix + getMessage()) : Outcome.failed(prefix + getMessage());
  }
}
