package dev.composefix.images;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds rows that claim the same image and tag, which would make a lookup depend on row order. Two
 * rows sharing a name are tried on their examples, {@code latest}, and each bound of either's
 * ranges, bare and with each variant word of either.
 */
final class RowOverlaps {

  private static final Pattern BOUND = Pattern.compile("[<>=]+v?(\\d{4}-\\d{2}-\\d{2}|[\\d.]+)");

  private RowOverlaps() {}

  /** One line for each pair of rows that overlap. */
  static List<String> find(List<ImageFacts> rows, LocalDate today) {
    List<String> overlaps = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      for (int j = i + 1; j < rows.size(); j++) {
        ImageFacts a = rows.get(i);
        ImageFacts b = rows.get(j);
        if (a.names().stream().noneMatch(b.names()::contains)) {
          continue;
        }
        if (a.tags().coversEveryTag() && b.tags().coversEveryTag()) {
          overlaps.add("rows " + a.id() + " and " + b.id() + " both cover every tag");
          continue;
        }
        for (String tag : probeTags(a, b)) {
          Optional<ImageTag> parsed = Optional.of(ImageTag.of(Optional.of(tag)));
          if (a.tags().matches(parsed, today) && b.tags().matches(parsed, today)) {
            overlaps.add("rows " + a.id() + " and " + b.id() + " both match tag " + tag);
          }
        }
      }
    }
    return overlaps;
  }

  private static Set<String> probeTags(ImageFacts a, ImageFacts b) {
    Set<String> tags = new LinkedHashSet<>(a.examples());
    tags.addAll(b.examples());
    tags.add("latest");
    Set<String> bounds = new LinkedHashSet<>();
    Set<String> variants = new LinkedHashSet<>();
    for (ImageFacts row : List.of(a, b)) {
      String ranges =
          row.tags().version().map(Object::toString).orElse("")
              + " "
              + row.tags().released().map(Object::toString).orElse("");
      Matcher bound = BOUND.matcher(ranges);
      while (bound.find()) {
        String value = bound.group(1);
        bounds.add(value.contains("-") ? "RELEASE." + value + "T00-00-00Z" : value);
      }
      variants.addAll(row.tags().anyVariant());
      variants.addAll(row.tags().noVariant());
    }
    for (String bound : bounds) {
      tags.add(bound);
      variants.forEach(variant -> tags.add(bound + "-" + variant));
    }
    return tags;
  }
}
