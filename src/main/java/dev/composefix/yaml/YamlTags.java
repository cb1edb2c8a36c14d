package dev.composefix.yaml;

/** The few tags the tool cares about. */
public final class YamlTags {

  public static final String STR = "tag:yaml.org,2002:str";
  public static final String NULL = "tag:yaml.org,2002:null";
  public static final String BOOL = "tag:yaml.org,2002:bool";
  public static final String INT = "tag:yaml.org,2002:int";
  public static final String FLOAT = "tag:yaml.org,2002:float";
  public static final String MERGE = "tag:yaml.org,2002:merge";

  private YamlTags() {}

  static boolean isMergeKey(YScalar key) {
    return MERGE.equals(key.resolvedTag());
  }
}
