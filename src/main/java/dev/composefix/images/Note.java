package dev.composefix.images;

import java.util.List;

/** A fact that fits no field of a row, as text. */
public record Note(String text, List<Source> sources) {
  public Note {
    sources = List.copyOf(sources);
  }
}
