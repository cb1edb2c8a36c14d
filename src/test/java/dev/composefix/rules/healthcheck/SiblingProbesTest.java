package dev.composefix.rules.healthcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.RuleFindings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which sibling's check a service borrows, now that siblings are looked up by name and by image
 * rather than by scanning every service: the first fitting one of the same image in file order, the
 * first of the same image that has a check named when none fits, and services of other images
 * between them never considered.
 */
class SiblingProbesTest {

  private static List<String> findings(String yaml) throws Exception {
    return RuleFindings.lines(
        new HealthcheckMissingRule(),
        yaml,
        finding ->
            finding.message() + finding.fix().map(fix -> " | " + fix.change().edits()).orElse(""));
  }

  private static final String MISS =
      " has no healthcheck, so a hung or still-starting container counts as up; add one that"
          + " shows it is still making progress, with a start_period (no automatic fix: its image"
          + " is a variable without a default, so what it runs is not known; service '";

  private static final String DOES_NOT_FIT =
      "' runs the same image, but its healthcheck does not fit: this service runs another"
          + " command, and its healthcheck probes no health file that both commands name with"
          + " the same flag or variable)";

  private static final String BORROWED =
      " has no healthcheck, so a hung or still-starting container counts as up; add one"
          + " (--unsafe-fixes adds the healthcheck of a service of the stack that runs the same"
          + " image: probe, as service 'b' does, from service 'b', which runs the same image with"
          + " this healthcheck; with the same entrypoint, command, environment, volumes and ports;"
          + " ";

  private static final String SERVICES =
      """
      services:
        other:
          image: "$OTHER"
          command: run --mode b
          healthcheck:
            test: ["CMD", "other-probe"]
        a:
          image: "$IMAGE"
          command: run --mode a
          healthcheck:
            test: ["CMD", "probe", "--mode", "a"]
        b:
          image: "$IMAGE"
          command: run --mode b
          healthcheck: *check
        c:
          image: "$IMAGE"
          command: run --mode b
        d:
          image: "$IMAGE"
          command: run --mode d
        e:
          image: "$OTHER"
          command: run --mode e
      """;

  private static final String CHECK =
      """
      x-check: &check
        test: ["CMD", "probe", "--mode", "b"]
      """;

  @Test
  void theFirstFittingSiblingOfTheSameImageIsBorrowedAndTheFirstWithACheckNamedOtherwise()
      throws Exception {
    // c borrows b's check, not a's (another command) nor other's (another image, same command);
    // d names a, the first of its image with a check; e names other, never a service between.
    assertEquals(
        List.of(
            "18:3 service 'c': worker"
                + BORROWED
                + "written as *check, as service 'b' writes it; with the timings of that anchor)"
                + " | [TextEdit[range=TextRange[start=410, end=410], replacement=\n"
                + "    healthcheck: *check]]",
            "21:3 service 'd': worker" + MISS + "a" + DOES_NOT_FIT,
            "24:3 service 'e': worker" + MISS + "other" + DOES_NOT_FIT),
        findings(CHECK + SERVICES));
  }

  @Test
  void anAnchorNameThatAnotherAliasUsesForAnotherNodeIsWrittenOut() throws Exception {
    // After x-again, *check means another node: b's check is written out, not as *check.
    List<String> found =
        findings(
            CHECK
                + SERVICES
                + """
                x-again: &check
                  test: ["CMD", "probe", "--again"]
                x-uses: *check
                """);
    assertEquals(
        "18:3 service 'c': worker"
            + BORROWED
            + "interval 30s, timeout 10s, retries 3, start_period 30s) | [TextEdit[range=TextRange["
            + "start=410, end=410], replacement=\n"
            + "    healthcheck:\n"
            + "      test: [\"CMD\", \"probe\", \"--mode\", \"b\"]\n"
            + "      interval: 30s\n"
            + "      timeout: 10s\n"
            + "      retries: 3\n"
            + "      start_period: 30s]]",
        found.get(0));
  }
}
