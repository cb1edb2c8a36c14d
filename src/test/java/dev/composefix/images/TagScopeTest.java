package dev.composefix.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a row's tag scope reads tags: variants, floating versions, release dates. */
class TagScopeTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  private static boolean version(String range, String tag) {
    return VersionRange.parse(range).satisfiedBy(ImageTag.of(Optional.of(tag)));
  }

  private static boolean released(String range, String tag) {
    return ReleaseRange.parse(range).satisfiedBy(ImageTag.of(Optional.of(tag)), TODAY);
  }

  @Test
  void aTagIsWordsWithALeadingVersion() {
    assertEquals(
        new ImageTag(
            "16.4-alpine3.20",
            List.of("16.4", "alpine3.20"),
            Optional.of(List.of(16, 4)),
            Optional.empty(),
            false),
        ImageTag.of(Optional.of("16.4-Alpine3.20")));
    assertEquals(Optional.of(List.of(2, 186, 0)), ImageTag.of(Optional.of("v2.186.0")).version());
    assertEquals(
        Optional.of(List.of(4, 40)), ImageTag.of(Optional.of("4.40_large_disk")).version());
    assertEquals(Optional.empty(), ImageTag.of(Optional.of("pg14-v0.2.0")).version());
    assertEquals(
        Optional.of(LocalDate.of(2024, 3, 30)),
        ImageTag.of(Optional.of("RELEASE.2024-03-30T09-41-56Z")).released());
  }

  @Test
  void latestAndBareVariantsAreTheNewestRelease() {
    assertEquals(true, ImageTag.of(Optional.empty()).newest());
    assertEquals(true, ImageTag.of(Optional.of("alpine3.20")).newest());
    assertEquals(true, ImageTag.of(Optional.of("stable-alpine")).newest());
    assertEquals(false, ImageTag.of(Optional.of("main")).newest());
    assertEquals(false, ImageTag.of(Optional.of("nightly")).newest());
  }

  @Test
  void aFloatingTagStandsForTheNewestReleaseUnderIt() {
    assertEquals(true, version(">=10.6.7", "10.6"));
    assertEquals(true, version("<10.7", "10.6"));
    assertEquals(true, version(">=10.4", "10"));
    assertEquals(false, version("<10.5", "10"));
    assertEquals(false, version(">=10.6.7", "10.6.4"));
    assertEquals(false, version("=10.6", "10.6.4"));
    assertEquals(true, version("=10.6", "10.6"));
    assertEquals(true, version("=10", "10-focal"));
    assertEquals(false, version("=10.6.4", "10.6"));
    assertEquals(false, version("=10.6.4", "10.6.5"));
    assertEquals(true, version(">=10.4.24 <10.5 || >=10.5.15", "10.5.15"));
    assertEquals(false, version(">=10.4.24 <10.5 || >=10.5.15", "10.5.2"));
    assertEquals(true, version(">=10.4.24 <10.5 || >=10.5.15", "10.4.30"));
  }

  @Test
  void theNewestReleaseSatisfiesOnlyRangesOpenAbove() {
    assertEquals(true, version(">=14", "latest"));
    assertEquals(false, version(">=14 <18", "latest"));
    assertEquals(false, version("=14", "alpine"));
    assertEquals(false, version(">=14", "main"));
  }

  @Test
  void releaseRangesReadTheDateAndLatestIsToday() {
    assertEquals(true, released(">=2024-03-30 <2024-09-13", "RELEASE.2024-03-30T09-41-56Z"));
    assertEquals(false, released(">=2024-03-30 <2024-09-13", "RELEASE.2024-09-13T20-26-02Z"));
    assertEquals(true, released(">=2024-09-13", "latest"));
    assertEquals(false, released("<2024-09-13", "latest"));
    assertEquals(false, released(">=2020-01-01", "16.4"));
  }

  @Test
  void variantsMatchWordPrefixes() {
    TagScope alpine =
        new TagScope(List.of("alpine"), List.of(), Optional.empty(), Optional.empty(), List.of());
    TagScope notAlpine =
        new TagScope(
            List.of(),
            List.of("alpine"),
            Optional.of(VersionRange.parse(">=12")),
            Optional.empty(),
            List.of());
    Optional<ImageTag> tag = Optional.of(ImageTag.of(Optional.of("16-alpine3.20")));
    assertEquals(true, alpine.matches(tag, TODAY));
    assertEquals(false, notAlpine.matches(tag, TODAY));
    assertEquals(
        true, notAlpine.matches(Optional.of(ImageTag.of(Optional.of("16-bookworm"))), TODAY));
    assertEquals(false, alpine.matches(Optional.empty(), TODAY));
    assertEquals(true, TagScope.EVERY_TAG.matches(Optional.empty(), TODAY));
  }

  @Test
  void aRowsNewestWordsNameTheNewestRelease() {
    TagScope apache =
        new TagScope(
            List.of(),
            List.of("fpm"),
            Optional.of(VersionRange.parse(">=1.10")),
            Optional.empty(),
            List.of("apache"));
    assertEquals(true, apache.matches(Optional.of(ImageTag.of(Optional.of("apache"))), TODAY));
    assertEquals(false, apache.matches(Optional.of(ImageTag.of(Optional.of("fpm"))), TODAY));
    assertEquals(
        false,
        new TagScope(
                List.of(),
                List.of(),
                Optional.of(VersionRange.parse(">=1.10")),
                Optional.empty(),
                List.of())
            .matches(Optional.of(ImageTag.of(Optional.of("apache"))), TODAY));
  }

  @Test
  void aBadComparatorIsNamed() {
    assertEquals(
        "'~1.2' is no version comparator such as >=1.2 or <2",
        assertThrows(IllegalArgumentException.class, () -> VersionRange.parse(">=1 ~1.2"))
            .getMessage());
    assertEquals(
        "'>=2024-13-01' is no date comparator such as >=2024-03-30",
        assertThrows(IllegalArgumentException.class, () -> ReleaseRange.parse(">=2024-13-01"))
            .getMessage());
  }
}
