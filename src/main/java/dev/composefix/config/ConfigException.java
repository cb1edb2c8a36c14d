package dev.composefix.config;

import dev.composefix.text.Position;

/** A configuration file that cannot be used; points at the offending line. */
public final class ConfigException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final transient Position position;

  public ConfigException(String path, Position position, String message) {
    super(message);
    this.path = path;
    this.position = position;
  }

  public String path() {
    return path;
  }

  public Position position() {
    return position;
  }

  /** The error as the CLI prints it: {@code path:line:col: message}. */
  public String describe() {
    return path + ":" + position + ": " + getMessage();
  }
}
