package dev.composefix.fix;

import dev.composefix.yaml.YamlData;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds where two data trees first differ, as a path; values are never quoted, they may be secrets.
 */
public final class DataDifference {

  private DataDifference() {}

  public static Optional<String> find(Object expected, Object actual) {
    return find(expected, actual, "");
  }

  private static Optional<String> find(Object expected, Object actual, String path) {
    if (Objects.equals(expected, actual)) {
      return Optional.empty();
    }
    String where = path.isEmpty() ? "the document" : path;
    if (expected instanceof Map<?, ?> left && actual instanceof Map<?, ?> right) {
      for (Map.Entry<?, ?> entry : left.entrySet()) {
        if (!right.containsKey(entry.getKey())) {
          return Optional.of(join(path, entry.getKey()) + " is missing");
        }
        Optional<String> inner =
            find(entry.getValue(), right.get(entry.getKey()), join(path, entry.getKey()));
        if (inner.isPresent()) {
          return inner;
        }
      }
      for (Object key : right.keySet()) {
        if (!left.containsKey(key)) {
          return Optional.of(join(path, key) + " appeared");
        }
      }
    }
    if (expected instanceof List<?> left && actual instanceof List<?> right) {
      if (left.size() != right.size()) {
        return Optional.of(where + " has " + right.size() + " items instead of " + left.size());
      }
      for (int i = 0; i < left.size(); i++) {
        Optional<String> inner = find(left.get(i), right.get(i), path + "[" + i + "]");
        if (inner.isPresent()) {
          return inner;
        }
      }
    }
    return Optional.of(where + " has a different value");
  }

  private static String join(String path, Object key) {
    String name = key instanceof YamlData.Scalar scalar ? scalar.value() : String.valueOf(key);
    return path.isEmpty() ? name : path + "." + name;
  }
}
