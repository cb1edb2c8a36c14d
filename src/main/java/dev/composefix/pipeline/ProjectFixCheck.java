package dev.composefix.pipeline;

import dev.composefix.fix.DataDifference;
import dev.composefix.project.Merged;
import dev.composefix.project.ProjectView;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YamlData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a project's fixes together. Each file's fixes are verified alone by the fix loop; merged,
 * they must still change the project only where they were meant to: the services merged from the
 * fixed files must equal those merged from the originals everywhere but at the keys the fixes
 * changed. A fix that a merge rule turns into more ({@code !override} and {@code !reset} tags, keys
 * that another file's value meets) is caught here.
 */
final class ProjectFixCheck {

  /** One file's document before and after its fixes; the same document when it did not change. */
  record Change(YDocument before, YDocument after) {
    boolean changed() {
      return before != after;
    }
  }

  private ProjectFixCheck() {}

  /**
   * Where the project merged from the fixed files differs from the original beyond the fixes, as
   * {@code service 'db': environment.B is missing}; empty when it does not.
   *
   * @param original the project as read
   * @param fixed the project with each file's fixes, in the same order
   * @param changes each file's documents, in the same order
   */
  static Optional<String> difference(
      ProjectView original, ProjectView fixed, List<Change> changes, Set<String> services) {
    Map<String, Set<List<String>>> masks = new HashMap<>();
    for (Change change : changes) {
      if (change.changed()) {
        changedKeys(YamlData.of(change.before()), YamlData.of(change.after()), masks);
      }
    }
    for (String service : services) {
      Set<List<String>> masked = masks.getOrDefault(service, Set.of());
      if (masked.contains(List.of())) {
        continue;
      }
      Object before = original.merged(service).map(m -> data(m, List.of(), masked)).orElse(null);
      Object after = fixed.merged(service).map(m -> data(m, List.of(), masked)).orElse(null);
      Optional<String> difference = DataDifference.find(before, after);
      if (difference.isPresent()) {
        return Optional.of("service '" + service + "': " + difference.get());
      }
    }
    return Optional.empty();
  }

  /**
   * Adds, per service, the key paths where a file's data changed. A changed list is masked whole:
   * its items merge by keys that its positions do not show.
   */
  private static void changedKeys(
      Object before, Object after, Map<String, Set<List<String>>> masks) {
    Map<?, ?> oldServices = services(before);
    Map<?, ?> newServices = services(after);
    Set<Object> names = new LinkedHashSet<>(oldServices.keySet());
    names.addAll(newServices.keySet());
    for (Object name : names) {
      Set<List<String>> masked = masks.computeIfAbsent(keyText(name), n -> new LinkedHashSet<>());
      collect(oldServices.get(name), newServices.get(name), new ArrayList<>(), masked);
    }
  }

  private static void collect(
      Object before, Object after, List<String> path, Set<List<String>> masked) {
    if (java.util.Objects.equals(before, after)) {
      return;
    }
    if (before instanceof Map<?, ?> left && after instanceof Map<?, ?> right) {
      Set<Object> keys = new LinkedHashSet<>(left.keySet());
      keys.addAll(right.keySet());
      for (Object key : keys) {
        path.add(keyText(key));
        collect(left.get(key), right.get(key), path, masked);
        path.remove(path.size() - 1);
      }
      return;
    }
    masked.add(List.copyOf(path));
  }

  private static Map<?, ?> services(Object root) {
    if (root instanceof Map<?, ?> document
        && document.get(YamlData.Scalar.plain("services")) instanceof Map<?, ?> services) {
      return services;
    }
    return Map.of();
  }

  private static String keyText(Object key) {
    return key instanceof YamlData.Scalar scalar ? scalar.value() : String.valueOf(key);
  }

  /** A merged value as plain data, without the masked keys. */
  private static Object data(Merged merged, List<String> path, Set<List<String>> masked) {
    if (merged instanceof Merged.Mapping mapping) {
      Map<String, Object> entries = new LinkedHashMap<>();
      for (var entry : mapping.entries().entrySet()) {
        List<String> child = new ArrayList<>(path);
        child.add(entry.getKey());
        if (!masked.contains(child)) {
          entries.put(entry.getKey(), data(entry.getValue(), child, masked));
        }
      }
      return entries;
    }
    if (merged instanceof Merged.Sequence sequence) {
      return sequence.items().stream().map(item -> data(item, path, masked)).toList();
    }
    return ((Merged.Scalar) merged).value();
  }
}
