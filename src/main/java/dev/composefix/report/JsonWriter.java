package dev.composefix.report;

import dev.composefix.text.JsonArrays;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small JSON writer with two-space indentation: enough for our reports, and one dependency fewer.
 * Keys and values are escaped as RFC 8259 asks.
 */
public final class JsonWriter {

  private final StringBuilder out = new StringBuilder();

  /** For each open container: whether it has a member yet. */
  private final Deque<boolean[]> open = new ArrayDeque<>();

  private boolean afterKey;

  public JsonWriter beginObject() {
    return open('{');
  }

  public JsonWriter endObject() {
    return close('}');
  }

  public JsonWriter beginArray() {
    return open('[');
  }

  private JsonWriter open(char opener) {
    raw(String.valueOf(opener));
    open.push(new boolean[] {false});
    return this;
  }

  public JsonWriter endArray() {
    return close(']');
  }

  public JsonWriter name(String name) {
    separate();
    out.append(quote(name)).append(": ");
    afterKey = true;
    return this;
  }

  public JsonWriter value(String text) {
    if (text == null) {
      return raw("null");
    }
    return raw(quote(text));
  }

  public JsonWriter value(long number) {
    return raw(Long.toString(number));
  }

  public JsonWriter value(boolean flag) {
    return raw(Boolean.toString(flag));
  }

  public JsonWriter nullValue() {
    return raw("null");
  }

  /** Shorthand for {@code name(key).value(text)}. */
  public JsonWriter field(String key, String text) {
    return name(key).value(text);
  }

  public JsonWriter field(String key, Integer number) {
    return name(key).value(number.longValue());
  }

  public JsonWriter field(String key, long number) {
    return name(key).value(number);
  }

  public JsonWriter field(String key, boolean flag) {
    return name(key).value(flag);
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** How many containers are open: for embedding one writer's output in another. */
  int depth() {
    return open.size();
  }

  /** Writes a finished token or JSON text as the next value. */
  JsonWriter raw(String token) {
    if (afterKey) {
      out.append(token);
      afterKey = false;
    } else {
      separate();
      out.append(token);
    }
    return this;
  }

  private void separate() {
    if (open.isEmpty()) {
      return;
    }
    boolean[] hasMember = open.peek();
    out.append(hasMember[0] ? ",\n" : "\n").append("  ".repeat(open.size()));
    hasMember[0] = true;
  }

  private JsonWriter close(char closer) {
    boolean[] hasMember = open.pop();
    if (hasMember[0]) {
      out.append('\n').append("  ".repeat(open.size()));
    }
    out.append(closer);
    return this;
  }

  static String quote(String text) {
    return JsonArrays.quote(text);
  }
}
