package dev.composefix.yaml;

/** The few tags the tool cares about. */
public final class YamlTags {

  public static final String STR = "tag:yaml.org,2002:str";
  public static final String NULL = "tag:yaml.org,2002:null";
  public static final String BOOL = "tag:yaml.org,2002:bool";
  public static final String INT = "tag:yaml.org,2002:int";
  public static final String FLOAT = "tag:yaml.org,2002:float";
  public static final String MERGE = "tag:yaml.org,2002:merge";

  /** Compose's tag that removes a value, as an override file does to its base's. */
  public static final String RESET = "!reset";

  /** Compose's tag that replaces a value instead of merging it; the value itself is ordinary. */
  public static final String OVERRIDE = "!override";

  private YamlTags() {}

  /**
   * Whether a tag is one of Compose's merge tags, which say how to merge and not what a value is.
   */
  static boolean isComposeMergeTag(String tag) {
    return RESET.equals(tag) || OVERRIDE.equals(tag);
  }

  static boolean isMergeKey(YScalar key) {
    return MERGE.equals(key.resolvedTag());
  }
}
