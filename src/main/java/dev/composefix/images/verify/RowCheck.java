package dev.composefix.images.verify;

import dev.composefix.images.Cited;
import dev.composefix.images.DeclaredHealthcheck;
import dev.composefix.images.ImageFacts;
import dev.composefix.images.Presence;
import dev.composefix.images.Shell;
import dev.composefix.images.ToolFact;
import dev.composefix.text.JsonArrays;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** The facts of a knowledge-base row that a look into the image can check, and the check. */
final class RowCheck {

  private RowCheck() {}

  /** The programs to look for: the row's tools, and bash when the row names the shell. */
  static List<String> programs(ImageFacts row) {
    LinkedHashSet<String> programs = new LinkedHashSet<>(row.tools().keySet());
    if (row.shell().isPresent()) {
      programs.add("bash");
    }
    return List.copyOf(programs);
  }

  /** {@code shell, 3 tools, HEALTHCHECK}: what a check of the row covers. */
  static String covered(ImageFacts row) {
    List<String> parts = new ArrayList<>();
    row.shell().ifPresent(shell -> parts.add("shell"));
    if (!row.tools().isEmpty()) {
      parts.add(row.tools().size() + (row.tools().size() == 1 ? " tool" : " tools"));
    }
    row.healthcheck().ifPresent(healthcheck -> parts.add("HEALTHCHECK"));
    return parts.isEmpty() ? "no facts to check" : String.join(", ", parts);
  }

  /** Each fact that does not hold, as {@code row ID says ..., the image ...}. */
  static List<String> mismatches(
      ImageFacts row, ImageConfig config, Optional<ProgramSurvey> survey) {
    String says = "row " + row.id() + " says ";
    List<String> mismatches = new ArrayList<>();
    if (survey.isPresent()) {
      row.shell()
          .flatMap(shell -> shell(shell.value(), survey.get()))
          .ifPresent(found -> mismatches.add(says + found));
      for (ToolFact tool : row.tools().values()) {
        tool(tool, config.architecture(), survey.get().state(tool.program()).presence())
            .ifPresent(found -> mismatches.add(says + found));
      }
    }
    row.healthcheck()
        .flatMap(fact -> healthcheck(fact, config))
        .ifPresent(found -> mismatches.add(says + found));
    return mismatches;
  }

  private static Optional<String> shell(Shell said, ProgramSurvey survey) {
    boolean bash = survey.state("bash") != ProgramState.MISSING;
    if (said == Shell.NONE) {
      return survey.shell()
          ? Optional.of("the image has no shell, the image has /bin/sh")
          : Optional.empty();
    }
    if (!survey.shell()) {
      return Optional.of("the shell is " + said.key() + ", the image has no /bin/sh");
    }
    if (said == Shell.SH && bash) {
      return Optional.of("the shell is sh, the image has bash");
    }
    if (said == Shell.BASH && !bash) {
      return Optional.of("the shell is bash, the image has no bash");
    }
    return Optional.empty();
  }

  private static Optional<String> tool(ToolFact tool, String architecture, Presence seen) {
    boolean onlySome = tool.presence() != Presence.ABSENT && !tool.architectures().isEmpty();
    // A program the row has on some architectures only is expected to be absent on the others.
    Presence expected =
        onlySome && !tool.architectures().contains(architecture)
            ? Presence.ABSENT
            : tool.presence();
    if (expected == seen
        // The schema's sh is any POSIX shell, busybox's among them.
        || tool.program().equals("sh") && expected != Presence.ABSENT && seen != Presence.ABSENT) {
      return Optional.empty();
    }
    String said =
        switch (tool.presence()) {
          case ABSENT -> "absent";
          case PRESENT -> "present";
          case BUSYBOX -> "a busybox applet";
        };
    String has =
        switch (seen) {
          case ABSENT -> "lacks it";
          case BUSYBOX -> "has it as a busybox applet";
          case PRESENT -> expected == Presence.BUSYBOX ? "has its own " + tool.program() : "has it";
        };
    return Optional.of(
        tool.program()
            + " is "
            + said
            + (onlySome ? " only on " + String.join(", ", tool.architectures()) : "")
            + ", the image"
            + (onlySome ? " (" + architecture + ")" : "")
            + " "
            + has);
  }

  private static Optional<String> healthcheck(Cited<DeclaredHealthcheck> fact, ImageConfig config) {
    DeclaredHealthcheck said = fact.value();
    Optional<List<String>> seen = config.healthcheck();
    if (!said.declared()) {
      return seen.map(
          test ->
              "the image declares no HEALTHCHECK, the image declares " + JsonArrays.format(test));
    }
    if (seen.isEmpty()) {
      return Optional.of("the image declares a HEALTHCHECK, the image declares none");
    }
    if (said.test().isEmpty()) {
      return Optional.empty();
    }
    // Rows write the test as Compose does, with $$ for a $ the container's shell expands.
    List<String> written = said.test().get().stream().map(item -> item.replace("$$", "$")).toList();
    return written.equals(seen.get())
        ? Optional.empty()
        : Optional.of(
            "the image's HEALTHCHECK is "
                + JsonArrays.format(written)
                + ", the image's is "
                + JsonArrays.format(seen.get()));
  }
}
