package dev.composefix.rules.schema;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A path into the document as a person reads it: {@code services.web.ports[0]}, {@code
 * labels["traefik.enable"]}.
 */
public final class InstancePath {

  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]+");

  private InstancePath() {}

  /**
   * The path of keys ({@link String}) and item indexes ({@link Integer}); the root reads "top
   * level".
   */
  public static String text(List<Object> path) {
    if (path.isEmpty()) {
      return "top level";
    }
    StringBuilder text = new StringBuilder();
    for (Object segment : path) {
      if (segment instanceof Integer index) {
        text.append('[').append(index).append(']');
      } else if (PLAIN_KEY.matcher(segment.toString()).matches()) {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(segment);
      } else {
        // A key with dots or spaces would read as several keys; quote it.
        text.append("[\"")
            .append(segment.toString().replace("\\", "\\\\").replace("\"", "\\\""))
            .append("\"]");
      }
    }
    return text.toString();
  }
}
