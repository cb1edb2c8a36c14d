package dev.composefix.images;

import java.util.List;

/**
 * A value with the sources that back it.
 *
 * @param <T> the value's type
 */
public record Cited<T>(T value, List<Source> sources) {
  public Cited {
    sources = List.copyOf(sources);
  }
}
