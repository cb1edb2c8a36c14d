package dev.composefix.compose;

import dev.composefix.config.Config;
import java.util.Locale;
import java.util.Set;

/**
 * Which variable names hold secrets. The last segment of the name decides (POSTGRES_PASSWORD,
 * OPENAI_API_KEY, GITHUB_TOKEN, jwtSecret ...); {@code MINIO_ROOT_USER} counts too, because MinIO
 * treats the root user as half of the credential; configuration adds names and exempts names.
 */
public final class SecretNames {

  static final Set<String> SECRET_SEGMENTS =
      Set.of("PASSWORD", "PASSWD", "PASS", "PWD", "SECRET", "TOKEN", "KEY", "CREDENTIALS");
  static final Set<String> ALWAYS = Set.of("MINIO_ROOT_USER");
  /** Names the segment rule would take for secrets but that are not: the shell's working directory. */
  static final Set<String> NEVER = Set.of("PWD");

  private SecretNames() {}

  /** Whether a variable holds a secret; {@code secrets.ignore} wins over {@code secrets.names}, both exact names. */
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
    if (NEVER.contains(upper)) {
      return false;
    }
    String[] segments = segments(name);
    if (segments.length == 0) {
      return false;
    }
    String last = segments[segments.length - 1];
    // A public key is published, not kept secret.
    boolean publicKey = last.equals("KEY") && segments.length > 1 && segments[segments.length - 2].equals("PUBLIC");
    return SECRET_SEGMENTS.contains(last) && !publicKey;
  }

  /** The name's words, upper case: split at {@code _ . -} and at camel-case humps (dbPassword, DBPassword). */
  static String[] segments(String name) {
    String words = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z])([A-Z][a-z])", "$1_$2");
    return words.toUpperCase(Locale.ROOT).split("[_.\\-]+");
  }
}
