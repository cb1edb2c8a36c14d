package dev.composefix.images;

import java.util.Locale;

/** What a service of an image does, which decides how much a missing healthcheck matters. */
public enum Role {
  /** Databases, caches, brokers, object stores, search. */
  DATA,
  /** Anything that serves requests: APIs, web apps, UIs, proxies, monitoring servers. */
  API,
  /** Background work that serves nothing. */
  WORKER,
  /** Runs to completion: migrations, init jobs, certbot. */
  ONE_SHOT,
  /** Test and debug services such as whoami or log generators. */
  DIAGNOSTIC;

  /** The name a knowledge-base file writes. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
