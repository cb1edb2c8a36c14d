package dev.composefix.secrets;

import dev.composefix.config.Config;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which variable names hold secrets. The last segment of the name decides (POSTGRES_PASSWORD,
 * OPENAI_API_KEY, GITHUB_TOKEN, jwtSecret ...); {@code MINIO_ROOT_USER} counts too, because MinIO
 * treats the root user as half of the credential; configuration adds names and exempts names.
 */
public final class SecretNames {

  static final Set<String> SECRET_SEGMENTS =
      Set.of("PASSWORD", "PASSWD", "PASS", "PWD", "SECRET", "TOKEN", "KEY", "CREDENTIALS");
  static final Set<String> ALWAYS = Set.of("MINIO_ROOT_USER");

  /**
   * Names the segment rule would take for secrets but that are not: the shell's working directory.
   */
  static final Set<String> NEVER = Set.of("PWD");

  /** The naming rule's answers, since the same names come back in every rule and every file. */
  private static final Map<String, Boolean> BY_NAMING_RULE = new ConcurrentHashMap<>();

  private SecretNames() {}

  /**
   * Whether a variable holds a secret; {@code secrets.ignore} wins over {@code secrets.names}, both
   * exact names.
   */
  public static boolean isSecret(String name, Config.Secrets secrets) {
    if (secrets.ignore().contains(name)) {
      return false;
    }
    if (secrets.names().contains(name)) {
      return true;
    }
    Boolean answer = BY_NAMING_RULE.get(name);
    if (answer == null) {
      answer = byNamingRule(name);
      BY_NAMING_RULE.put(name, answer);
    }
    return answer;
  }

  private static boolean byNamingRule(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    if (ALWAYS.contains(upper)) {
      return true;
    }
    if (NEVER.contains(upper)) {
      return false;
    }
    List<String> segments = segments(name);
    if (segments.isEmpty()) {
      return false;
    }
    String last = segments.get(segments.size() - 1);
    // A public key is published, not kept secret.
    boolean publicKey =
        last.equals("KEY")
            && segments.size() > 1
            && segments.get(segments.size() - 2).equals("PUBLIC");
    return SECRET_SEGMENTS.contains(last) && !publicKey;
  }

  /**
   * The name's words, upper case: split at {@code _ . -} and at camel-case humps (dbPassword,
   * DBPassword). Written out by hand: this runs for every variable of every file, on a cold JVM.
   */
  static List<String> segments(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_' || c == '.' || c == '-') {
        flush(word, words);
        continue;
      }
      if (word.length() > 0 && Character.isUpperCase(c)) {
        char previous = name.charAt(i - 1);
        boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        if (Character.isLowerCase(previous)
            || Character.isDigit(previous)
            || Character.isUpperCase(previous) && nextIsLower) {
          flush(word, words);
        }
      }
      word.append(c);
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString().toUpperCase(Locale.ROOT));
      word.setLength(0);
    }
  }
}
