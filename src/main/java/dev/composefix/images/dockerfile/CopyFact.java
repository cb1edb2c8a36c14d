package dev.composefix.images.dockerfile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code COPY} or {@code ADD}.
 *
 * @param keyword {@code COPY} or {@code ADD}
 * @param sources its sources after variable substitution, as written (relative to the build context
 *     unless {@code from} is set); here-documents and URLs are left out
 * @param destination its destination, made absolute against the {@code WORKDIR} of the time
 * @param from the stage or image of a {@code --from} copy
 * @param stage the stage the instruction stands in (its name, or its index)
 */
public record CopyFact(
    String keyword,
    List<String> sources,
    String destination,
    Optional<String> from,
    String stage,
    int line) {

  public CopyFact {
    sources = List.copyOf(sources);
  }

  // Written out: a record's generated equals and hashCode are linked at run time, with classes
  // spun that no class-data archive holds; a stage's copies are told apart in a set.
  @Override
  public boolean equals(Object other) {
    return other instanceof CopyFact that
        && line == that.line
        && keyword.equals(that.keyword)
        && sources.equals(that.sources)
        && destination.equals(that.destination)
        && from.equals(that.from)
        && stage.equals(that.stage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyword, sources, destination, from, stage, line);
  }

  /** Whether it copies from the build context rather than from a stage or image. */
  public boolean fromContext() {
    return from.isEmpty();
  }
}
