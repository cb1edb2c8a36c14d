package dev.composefix.cli;

/** The closing line of a run, e.g. "12 findings, 9 fixable (3 more with --unsafe-fixes)". */
final class Summary {

  private Summary() {}

  static String of(Mode mode, FileReport.Counts counts, int files) {
    StringBuilder line = new StringBuilder();
    if (mode == Mode.WRITE) {
      line.append("Fixed ").append(plural(counts.fixed(), "finding"));
      line.append(", ").append(counts.remaining()).append(" remaining");
      if (counts.unsafeOnly() > 0) {
        line.append(" (").append(counts.unsafeOnly()).append(" fixable with --unsafe-fixes)");
      }
    } else if (counts.findings() == 0) {
      line.append("No findings in ").append(plural(files, "file"));
    } else {
      line.append(plural(counts.findings(), "finding")).append(", ").append(counts.fixable()).append(" fixable");
      if (counts.unsafeOnly() > 0) {
        line.append(" (").append(counts.unsafeOnly()).append(" more with --unsafe-fixes)");
      }
    }
    if (counts.errors() > 0) {
      line.append("; ").append(plural(counts.errors(), "file")).append(" could not be processed");
    }
    return line.toString();
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
