package dev.composefix.yaml;

/**
 * Bounds that keep a hostile or broken file from exhausting time or memory. The defaults fit every
 * real Compose file by a wide margin; each can be raised, never beyond its ceiling.
 */
public record ParserLimits(
    int maxCodePoints, int maxDepth, int maxExpandedNodes, int maxCommentLines) {

  public static final int DEFAULT_MAX_CODE_POINTS = 16 * 1024 * 1024;
  public static final int CEILING_MAX_CODE_POINTS = 256 * 1024 * 1024;
  public static final int DEFAULT_MAX_DEPTH = 200;
  public static final int CEILING_MAX_DEPTH = 1_000;
  public static final int DEFAULT_MAX_EXPANDED_NODES = 2_000_000;
  public static final int CEILING_MAX_EXPANDED_NODES = 50_000_000;

  /**
   * Comment or blank lines in a row. snakeyaml-engine slows down with the square of such a run and,
   * between a key and its value, recurses once per line; past about 3,000 lines its stack runs out,
   * so the ceiling stays well below that.
   */
  public static final int DEFAULT_MAX_COMMENT_LINES = 1_000;

  public static final int CEILING_MAX_COMMENT_LINES = 2_000;

  public static final ParserLimits DEFAULTS =
      new ParserLimits(
          DEFAULT_MAX_CODE_POINTS,
          DEFAULT_MAX_DEPTH,
          DEFAULT_MAX_EXPANDED_NODES,
          DEFAULT_MAX_COMMENT_LINES);

  public ParserLimits {
    requireWithin(
        "max code points", maxCodePoints, DEFAULT_MAX_CODE_POINTS, CEILING_MAX_CODE_POINTS);
    requireWithin("max depth", maxDepth, DEFAULT_MAX_DEPTH, CEILING_MAX_DEPTH);
    requireWithin(
        "max expanded nodes",
        maxExpandedNodes,
        DEFAULT_MAX_EXPANDED_NODES,
        CEILING_MAX_EXPANDED_NODES);
    requireWithin(
        "max comment lines", maxCommentLines, DEFAULT_MAX_COMMENT_LINES, CEILING_MAX_COMMENT_LINES);
  }

  /** These limits with the default for comment lines in a row. */
  public ParserLimits(int maxCodePoints, int maxDepth, int maxExpandedNodes) {
    this(maxCodePoints, maxDepth, maxExpandedNodes, DEFAULT_MAX_COMMENT_LINES);
  }

  private static void requireWithin(String what, int value, int floor, int ceiling) {
    if (value < floor || value > ceiling) {
      throw new IllegalArgumentException(
          what + " must be between " + floor + " and " + ceiling + ", got " + value);
    }
  }
}
