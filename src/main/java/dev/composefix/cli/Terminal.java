package dev.composefix.cli;

/**
 * What the process's output is connected to, read once by {@link Main}: colour and progress are for
 * people at a terminal, never for pipes, files or CI logs.
 *
 * @param interactive whether stdout and stderr go to a terminal
 * @param colorDisabled whether the environment asks for no colour (NO_COLOR, TERM=dumb)
 */
record Terminal(boolean interactive, boolean colorDisabled) {

  /** Output to pipes or files, as in tests and CI. */
  static final Terminal NONE = new Terminal(false, false);
}
