package dev.composefix.secrets;

import dev.composefix.config.Config;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds literal secrets inside one string, in one pass each and without regular expressions, so
 * that time grows with the length of the string and nothing recurses on it:
 *
 * <ul>
 *   <li>URL passwords, {@code scheme://user:password@host}, where the password may hold {@code @},
 *       {@code /}, {@code +}, {@code $$} and spaces: it runs to the last {@code @} before the next
 *       URL or line break;
 *   <li>assignments to secret names anywhere in the string: {@code export DB_PASSWORD=x}, {@code
 *       MYSQL_PWD=x} in a script, {@code ?user=a&password=x} in a JDBC URL;
 *   <li>the values of password options: {@code redis-cli -a x}, {@code --requirepass x}, {@code
 *       --password x} or {@code --password=x}, {@code mysql -px}.
 * </ul>
 *
 * A value that holds a variable reference is not written in the file and is left alone, as are
 * switches and paths to secret files ({@link SecretValues#isSwitchOrPath}).
 */
final class SecretsInText {

  /** Options whose next word, or text after {@code =}, is a password. */
  private static final Set<String> PASSWORD_OPTIONS =
      Set.of("--pass", "--password", "--requirepass", "--masterauth");

  /** Redis clients, whose {@code -a} takes the password. */
  private static final Set<String> REDIS_CLIENTS = Set.of("redis-cli", "valkey-cli", "keydb-cli");

  /** Programs whose {@code -p} option takes its password attached: {@code mysql -psecret}. */
  private static final Set<String> ATTACHED_P =
      Set.of("mysql", "mysqladmin", "mysqldump", "mariadb", "mariadb-admin", "mariadb-dump");

  private SecretsInText() {}

  /** The ranges of literal secrets in the text, possibly overlapping, in no particular order. */
  static List<int[]> find(String text, Config.Secrets secrets) {
    List<int[]> ranges = new ArrayList<>();
    urlPasswords(text, ranges);
    assignments(text, secrets, ranges);
    passwordOptions(text, ranges);
    return ranges;
  }

  /** {@code scheme://user:password@host}: the password. */
  static void urlPasswords(String text, List<int[]> ranges) {
    int from = 0;
    while (true) {
      int separator = text.indexOf("://", from);
      if (separator < 0) {
        return;
      }
      from = separator + 3;
      int scheme = separator;
      while (scheme > 0 && isSchemeChar(text.charAt(scheme - 1))) {
        scheme--;
      }
      if (scheme == separator || !isAsciiLetter(text.charAt(scheme))) {
        continue;
      }
      int colon = userEnd(text, from);
      if (colon < 0) {
        continue;
      }
      int bound = text.indexOf("://", from);
      bound = bound < 0 ? text.length() : bound;
      int lineBreak = indexOfLineBreak(text, from, bound);
      bound = lineBreak < 0 ? bound : lineBreak;
      int at = text.lastIndexOf('@', bound - 1);
      if (at <= colon + 1 || at + 1 >= text.length() || !isHostStart(text.charAt(at + 1))) {
        continue;
      }
      String password = text.substring(colon + 1, at);
      if (!isPort(password) && isLiteral(password)) {
        ranges.add(new int[] {colon + 1, at});
      }
      from = at + 1;
    }
  }

  /**
   * The {@code :} that ends the user part of an authority starting at {@code from}, or -1 when
   * there is no user part: a {@code /}, {@code ?}, {@code #}, {@code @} or white space comes first.
   */
  private static int userEnd(String text, int from) {
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' && i > 0 && text.charAt(i - 1) == '$') {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      } else if (depth == 0 && c == ':') {
        return i;
      } else if (depth == 0 && (c == '/' || c == '?' || c == '#' || c == '@')) {
        return -1;
      } else if (Character.isWhitespace(c)) {
        return -1;
      }
    }
    return -1;
  }

  /** {@code NAME=value} where NAME is a secret: the value, up to the next separator. */
  static void assignments(String text, Config.Secrets secrets, List<int[]> ranges) {
    for (int equals = text.indexOf('='); equals > 0; equals = text.indexOf('=', equals + 1)) {
      int start = equals;
      while (start > 0 && isNameChar(text.charAt(start - 1))) {
        start--;
      }
      if (start == equals || !SecretNames.isSecret(text.substring(start, equals), secrets)) {
        continue;
      }
      int end = equals + 1;
      char quote = end < text.length() ? text.charAt(end) : 0;
      if (quote == '"' || quote == '\'') {
        int close = text.indexOf(quote, end + 1);
        if (close > end + 1) {
          addLiteral(text, end + 1, close, ranges);
        }
        continue;
      }
      while (end < text.length() && !isValueEnd(text.charAt(end))) {
        end++;
      }
      if (end > equals + 1) {
        addLiteral(text, equals + 1, end, ranges);
      }
    }
  }

  /** The values of password options, word by word. */
  static void passwordOptions(String text, List<int[]> ranges) {
    int i = 0;
    String program = "";
    int previousStart = -1;
    int previousEnd = -1;
    while (i < text.length()) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (start == i) {
        break;
      }
      String word = unquoted(text, start, i);
      String previous = previousStart < 0 ? "" : unquoted(text, previousStart, previousEnd);
      if (PASSWORD_OPTIONS.contains(previous)
          || previous.equals("-a") && REDIS_CLIENTS.contains(program)) {
        addWord(text, start, i, ranges);
      }
      int equals = word.indexOf('=');
      if (word.startsWith("--")
          && equals > 0
          && PASSWORD_OPTIONS.contains(word.substring(0, equals))) {
        addWord(text, start + equals + 1 + quoteOffset(text, start), i, ranges);
      }
      String base = word.substring(word.lastIndexOf('/') + 1);
      if (ATTACHED_P.contains(base) || REDIS_CLIENTS.contains(base)) {
        program = base;
      } else if (ATTACHED_P.contains(program) && word.startsWith("-p") && word.length() > 2) {
        addWord(text, start + 2 + quoteOffset(text, start), i, ranges);
      } else if (word.equals("|") || word.equals("&&") || word.equals("||") || word.endsWith(";")) {
        program = "";
      }
      previousStart = start;
      previousEnd = i;
    }
  }

  private static int quoteOffset(String text, int start) {
    char c = text.charAt(start);
    return c == '"' || c == '\'' ? 1 : 0;
  }

  /** A word's text without one pair of surrounding quotes. */
  private static String unquoted(String text, int start, int end) {
    if (end - start >= 2) {
      char first = text.charAt(start);
      char last = text.charAt(end - 1);
      if ((first == '"' || first == '\'') && last == first) {
        return text.substring(start + 1, end - 1);
      }
    }
    return text.substring(start, end);
  }

  /** A word's range without its surrounding quotes and a trailing {@code ;}, when literal. */
  private static void addWord(String text, int start, int end, List<int[]> ranges) {
    while (end > start && ";)".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end - start >= 2) {
      char first = text.charAt(start);
      if ((first == '"' || first == '\'') && text.charAt(end - 1) == first) {
        start++;
        end--;
      }
    }
    if (end > start) {
      addLiteral(text, start, end, ranges);
    }
  }

  private static void addLiteral(String text, int start, int end, List<int[]> ranges) {
    String value = text.substring(start, end);
    if (isLiteral(value) && !SecretValues.isSwitchOrPath(value)) {
      ranges.add(new int[] {start, end});
    }
  }

  /**
   * Whether a value is written here rather than taken from a variable: no {@code $NAME} or {@code
   * ${...}} in it, and it does not start with {@code $$NAME} or {@code $${...}}, which a shell in
   * the container expands. Elsewhere {@code $$} is an escaped dollar sign, part of the literal
   * ({@code pa$$word1}).
   */
  static boolean isLiteral(String value) {
    if (value.startsWith("$$") && value.length() > 2 && startsReference(value.charAt(2))) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) != '$') {
        continue;
      }
      char next = i + 1 < value.length() ? value.charAt(i + 1) : 0;
      if (next == '$') {
        i++;
      } else if (startsReference(next)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsReference(char c) {
    return c == '{' || c == '_' || Character.isLetter(c);
  }

  /** {@code host:8443/path@x}: what stands after the colon is a port, not a password. */
  private static boolean isPort(String afterColon) {
    int digits = 0;
    while (digits < afterColon.length() && Character.isDigit(afterColon.charAt(digits))) {
      digits++;
    }
    return digits > 0 && (digits == afterColon.length() || afterColon.charAt(digits) == '/');
  }

  private static int indexOfLineBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        return i;
      }
    }
    return -1;
  }

  private static boolean isValueEnd(char c) {
    return Character.isWhitespace(c) || "&;\"'|,)`".indexOf(c) >= 0;
  }

  private static boolean isNameChar(char c) {
    return c == '_' || c == '.' || c == '-' || Character.isLetterOrDigit(c);
  }

  private static boolean isSchemeChar(char c) {
    return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-';
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isHostStart(char c) {
    return Character.isLetterOrDigit(c) || c == '[' || c == '$' || c == '_';
  }
}
