package dev.composefix.project;

import dev.composefix.compose.ComposeFile;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code include:} entries of a Compose file (compose-spec {@code 14-include.md}): the short
 * syntax, a path, and the long syntax, a mapping with {@code path} (a string or a list), {@code
 * project_directory} and {@code env_file} (a string or a list).
 */
public final class Includes {

  /**
   * One entry.
   *
   * @param paths the files it includes, merged in this order
   * @param projectDirectory the folder its relative paths and {@code .env} resolve from; empty for
   *     the folder of its first file
   * @param envFiles the env files it is interpolated with; empty for its project's {@code .env}
   * @param at where it is written, for errors
   */
  public record Include(
      List<String> paths, Optional<String> projectDirectory, List<String> envFiles, YNode at) {}

  private Includes() {}

  /** The entries, in order; an entry that names no path is left out. */
  public static List<Include> of(ComposeFile compose) {
    List<Include> includes = new ArrayList<>();
    Optional<YNode> include = Mappings.get(compose.root(), "include");
    Optional<YSequence> section =
        include.isPresent() ? Mappings.asSequence(include.get()) : Optional.empty();
    if (section.isEmpty()) {
      return includes;
    }
    for (YNode item : section.get().items()) {
      YNode value = Mappings.resolve(item);
      if (value instanceof YScalar scalar && !scalar.isEmptyPlain()) {
        includes.add(new Include(List.of(scalar.value()), Optional.empty(), List.of(), value));
      } else if (value instanceof YMapping mapping) {
        List<String> paths = strings(Mappings.get(mapping, "path"));
        if (!paths.isEmpty()) {
          Optional<YNode> directory = Mappings.get(mapping, "project_directory");
          Optional<YScalar> scalar =
              directory.isPresent() ? Mappings.asScalar(directory.get()) : Optional.empty();
          includes.add(
              new Include(
                  paths,
                  scalar.isPresent() ? Optional.of(scalar.get().value()) : Optional.empty(),
                  strings(Mappings.get(mapping, "env_file")),
                  value));
        }
      }
    }
    return includes;
  }

  private static List<String> strings(Optional<YNode> node) {
    List<String> values = new ArrayList<>();
    if (node.isEmpty()) {
      return values;
    }
    YNode value = Mappings.resolve(node.get());
    if (value instanceof YScalar scalar && !scalar.isEmptyPlain()) {
      values.add(scalar.value());
    } else if (value instanceof YSequence sequence) {
      for (YNode item : sequence.items()) {
        Optional<YScalar> scalar = Mappings.asScalar(item);
        if (scalar.isPresent() && !scalar.get().isEmptyPlain()) {
          values.add(scalar.get().value());
        }
      }
    }
    return values;
  }
}
