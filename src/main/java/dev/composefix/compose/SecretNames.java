package dev.composefix.compose;

import dev.composefix.config.Config;
import java.util.Locale;
import java.util.Set;

/**
 * Which variable names hold secrets. The last segment of the name decides (POSTGRES_PASSWORD,
 * OPENAI_API_KEY, GITHUB_TOKEN ...); {@code MINIO_ROOT_USER} counts too, because MinIO treats the
 * root user as half of the credential; configuration adds names and exempts names.
 */
public final class SecretNames {

  static final Set<String> SECRET_SEGMENTS =
      Set.of("PASSWORD", "PASSWD", "PASS", "PWD", "SECRET", "TOKEN", "KEY", "CREDENTIALS");
  static final Set<String> ALWAYS = Set.of("MINIO_ROOT_USER");

  private SecretNames() {}

  public static boolean isSecret(String name, Config config) {
    if (config.secretIgnore().contains(name)) {
      return false;
    }
    if (config.secretNames().contains(name)) {
      return true;
    }
    String upper = name.toUpperCase(Locale.ROOT);
    if (ALWAYS.contains(upper)) {
      return true;
    }
    String[] segments = upper.split("[_.\\-]");
    if (segments.length == 0) {
      return false;
    }
    String last = segments[segments.length - 1];
    // A public key is published, not kept secret.
    boolean publicKey = last.equals("KEY") && segments.length > 1 && segments[segments.length - 2].equals("PUBLIC");
    return SECRET_SEGMENTS.contains(last) && !publicKey;
  }
}
