package dev.composefix.report;

/** The closing line of a run, e.g. "12 findings, 9 fixable (3 more with --unsafe-fixes)". */
public final class Summary {

  private Summary() {}

  public static String of(Mode mode, Totals totals) {
    StringBuilder line = new StringBuilder();
    if (mode == Mode.WRITE) {
      line.append("Fixed ").append(plural(totals.fixed(), "finding"));
      line.append(", ").append(totals.remaining()).append(" remaining");
      if (totals.unsafeOnly() > 0) {
        line.append(" (").append(totals.unsafeOnly()).append(" fixable with --unsafe-fixes)");
      }
    } else if (totals.findings() == 0) {
      line.append("No findings in ").append(plural(totals.files() - totals.errors(), "file"));
    } else {
      line.append(plural(totals.findings(), "finding"))
          .append(", ")
          .append(totals.fixable())
          .append(" fixable");
      if (totals.unsafeOnly() > 0) {
        line.append(" (").append(totals.unsafeOnly()).append(" more with --unsafe-fixes)");
      }
    }
    if (totals.errors() > 0) {
      line.append("; ").append(plural(totals.errors(), "file")).append(" could not be processed");
    }
    return line.toString();
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
