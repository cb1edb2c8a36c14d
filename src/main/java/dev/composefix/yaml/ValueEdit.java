package dev.composefix.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A replacement of the characters {@code [from, to)} of a scalar's value, in value coordinates. */
public record ValueEdit(int from, int to, String replacement) {

  public ValueEdit {
    Objects.requireNonNull(replacement, "replacement");
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("invalid value range [" + from + ", " + to + ")");
    }
  }

  public static ValueEdit insert(int at, String text) {
    return new ValueEdit(at, at, text);
  }

  public static ValueEdit delete(int from, int to) {
    return new ValueEdit(from, to, "");
  }

  // A class rather than Comparator.comparingInt(...), whose JDK lambdas a cold run would spin.
  private static final Comparator<ValueEdit> VALUE_ORDER =
      new Comparator<>() {
        @Override
        public int compare(ValueEdit a, ValueEdit b) {
          int order = Integer.compare(a.from(), b.from());
          return order != 0 ? order : Integer.compare(a.to(), b.to());
        }
      };

  /**
   * The edits in value order, touching ones joined into one; overlapping edits are a programming
   * error.
   */
  static List<ValueEdit> normalized(List<ValueEdit> edits) {
    List<ValueEdit> sorted = new ArrayList<>(edits);
    sorted.sort(VALUE_ORDER);
    List<ValueEdit> joined = new ArrayList<>();
    for (ValueEdit edit : sorted) {
      if (!joined.isEmpty()) {
        ValueEdit last = joined.get(joined.size() - 1);
        if (edit.from() < last.to()) {
          throw new IllegalArgumentException("value edits " + last + " and " + edit + " overlap");
        }
        if (edit.from() == last.to()) {
          joined.set(
              joined.size() - 1,
              new ValueEdit(last.from(), edit.to(), last.replacement() + edit.replacement()));
          continue;
        }
      }
      joined.add(edit);
    }
    return joined;
  }

  /** The value with the edits made; they must be {@link #normalized}. */
  static String apply(String value, List<ValueEdit> normalized) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    int cursor = 0;
    for (ValueEdit edit : normalized) {
      if (edit.to() > value.length()) {
        throw new IllegalArgumentException(
            "range ["
                + edit.from()
                + ", "
                + edit.to()
                + ") outside a value of length "
                + value.length());
      }
      out.append(value, cursor, edit.from()).append(edit.replacement());
      cursor = edit.to();
    }
    return out.append(value, cursor, value.length()).toString();
  }
}
