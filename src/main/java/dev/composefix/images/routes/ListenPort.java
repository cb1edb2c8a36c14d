package dev.composefix.images.routes;

/**
 * A port the app listens on, and how that was found.
 *
 * @param evidence what kind of evidence it is, strongest first
 * @param how the evidence itself: "uvicorn --port 5050", "default of gunicorn (127.0.0.1:8000)",
 *     "EXPOSE 8080 (line 5)"
 * @param servesApp false for a server with pages of its own, such as Celery's Flower or Jupyter,
 *     which does not serve the routes in the app's sources
 */
public record ListenPort(int port, Evidence evidence, String how, boolean servesApp) {

  /** A port of a server that runs the app's own code. */
  public ListenPort(int port, Evidence evidence, String how) {
    this(port, evidence, how, true);
  }

  /** The same port, of a server of its own. */
  ListenPort ofOwnServer() {
    return new ListenPort(port, evidence, how, false);
  }

  /** Kinds of evidence, from the strongest. */
  public enum Evidence {
    /** A flag or argument of the command. */
    COMMAND,
    /** An environment variable the server reads, such as {@code UVICORN_PORT} or {@code PORT}. */
    ENVIRONMENT,
    /** A configuration file the server reads: {@code gunicorn.conf.py}, {@code config/puma.rb}. */
    CONFIG,
    /** The app's source: {@code app.listen(3000)}, {@code uvicorn.run(app, port=8000)}. */
    SOURCE,
    /** The server's documented default. */
    DEFAULT,
    /** An {@code EXPOSE} of the Dockerfile, which declares a port but does not open it. */
    EXPOSE
  }
}
